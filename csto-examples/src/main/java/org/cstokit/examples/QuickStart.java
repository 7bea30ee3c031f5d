package org.cstokit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Snapshot;
import org.cstokit.model.actor.OrganizationId;

/**
 * The quick-start snippet of the README, compiled and run by {@code ReadmeTest}, which also
 * checks that the README shows exactly the lines between the markers.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the snippet.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    // README:quick-start:start
    Dataset data = CstoData.bundled();
    Snapshot day = data.asOf(LocalDate.of(2010, 6, 1));
    day.members(OrganizationId.of("CSTO")).forEach((state, truth) ->
        out.println(data.state(state).nameEn() + " (" + data.state(state).nameRu() + "): " + truth));
    // README:quick-start:end
  }

  /**
   * Prints the snippet's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
