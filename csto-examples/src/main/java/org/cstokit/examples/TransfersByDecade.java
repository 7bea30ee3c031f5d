package org.cstokit.examples;

import java.io.PrintStream;
import org.cstokit.analytics.transfers.TransferGroup;
import org.cstokit.analytics.transfers.Transfers;
import org.cstokit.data.CstoData;

/** Example: items Russia ordered for and delivered to the other members, by decade of order. */
public final class TransfersByDecade {
  private TransfersByDecade() {}

  /**
   * Prints the transfers by decade.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    for (TransferGroup g : Transfers.byOrderDecade(CstoData.bundled())) {
      out.println(g.key() + ": " + g.records() + " table rows, delivered " + g.delivered());
    }
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
