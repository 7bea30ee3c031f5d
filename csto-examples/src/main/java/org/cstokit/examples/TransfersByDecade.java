package org.cstokit.examples;

import java.io.PrintStream;
import org.cstokit.analytics.transfers.Transfers;
import org.cstokit.data.CstoData;

/** Example: items Russia ordered for and delivered to the other members, by decade of order. */
public final class TransfersByDecade {
  private TransfersByDecade() {}

  /**
   * Prints the transfers by decade, {@code 1990s: 23 table rows, delivered …}.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Transfers.of(CstoData.bundled()).byOrderDecade().known().forEach((decade, g) ->
        out.println(decade.first() + "s: " + g.records() + " table rows, delivered " + g.delivered()));
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
