package org.cstokit.examples;

import java.io.PrintStream;
import org.cstokit.analytics.membership.MemberCounts;
import org.cstokit.data.CstoData;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.time.YearSpan;

/** Example: how many states were members of the CSTO at the end of each year, certainly and possibly. */
public final class MembershipOverTime {
  private MembershipOverTime() {}

  /**
   * Prints the member counts on 31 December of 2002 to 2018, both included.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    for (MemberCounts.Row row : MemberCounts.perYear(CstoData.bundled(), OrganizationId.of("CSTO"),
        YearSpan.closed(2002, 2018)).values()) {
      out.println(row.year() + ": " + row.certain() + " certain, " + row.possible() + " possible");
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
