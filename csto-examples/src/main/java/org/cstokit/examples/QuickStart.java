package org.cstokit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.data.Snapshot;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;

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
   * Runs the horizon snippet: what the data knows after its sources stop.
   *
   * @param out where to print
   */
  public static void horizon(PrintStream out) {
    // README:horizon:start
    Dataset data = CstoData.bundled();
    OrganizationId csto = OrganizationId.of("CSTO");
    Snapshot in2024 = data.asOf(LocalDate.of(2024, 3, 1));
    Snapshot in2030 = data.asOf(LocalDate.of(2030, 1, 1));
    out.println("membership data complete to " + data.horizon(Family.MEMBERSHIPS) + "; 2030 past it: "
        + in2030.isPastHorizon(Family.MEMBERSHIPS));
    out.println("Russia a member in 2024: " + in2024.isMember(csto, StateCode.of("RUS")));
    out.println("Russia a member in 2030: " + in2030.isMember(csto, StateCode.of("RUS")));
    out.println("Serbia a member in 2030: " + in2030.isMember(csto, StateCode.of("SRB")));
    // README:horizon:end
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
