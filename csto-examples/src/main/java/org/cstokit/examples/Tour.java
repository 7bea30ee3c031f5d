package org.cstokit.examples;

import org.cstokit.model.source.MembershipId;
import java.io.PrintStream;
import java.time.LocalDate;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.membership.MembershipEnding;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.quantity.QuantitySum;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Period;

/**
 * A short tour of the model: builds a few values the way the bundled data does and prints what
 * they answer. Run it with {@code java -jar csto-examples/target/csto.jar}.
 */
public final class Tour {
  private Tour() {}

  /**
   * Prints the tour to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the tour.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    SourceId monograph = SourceId.of("ssi-2018-csto");
    // Uzbekistan's CSTO spell as the monograph alone gives it: only the years, and "left" where the later
    // sources date a suspension to 28 June 2012 (the bundled record mem-csto-uzb-1 keeps their days)
    Membership uzbekistan = Membership.builder()
        .id(MembershipId.of("tour-uzbekistan-by-the-monograph"))
        .state(StateCode.of("UZB"))
        .organization(OrganizationId.of("CSTO"))
        .status(MembershipStatus.MEMBER)
        .period(Period.of(PartialDate.of(2006), PartialDate.of(2012)))
        .ending(MembershipEnding.WITHDRAWAL)
        .addCitation(Citation.of(monograph, "SUMMARY"))
        .build();
    out.println("Membership " + uzbekistan.id() + " (the monograph's years only): " + uzbekistan.state() + " in "
        + uzbekistan.organization() + " " + uzbekistan.period() + ", cited " + uzbekistan.citations().get(0));
    for (LocalDate day : new LocalDate[] {LocalDate.of(2005, 6, 1), LocalDate.of(2006, 3, 1),
        LocalDate.of(2009, 1, 1), LocalDate.of(2012, 8, 1), LocalDate.of(2013, 1, 1)}) {
      out.println("  member on " + day + "? " + uzbekistan.period().contains(day));
    }

    Quantity crrf = Quantity.moreThan(25_000, "personnel").withBasis(Basis.DECLARED);
    Quantity zapadDeclared = Quantity.of(12_700, Qualifier.EXACT, Basis.DECLARED, "personnel");
    Quantity zapadEstimated = Quantity.range(60_000, 70_000, "personnel").withBasis(Basis.ESTIMATED);
    out.println("CRRF strength: " + crrf + " -> bounds " + crrf.bounds());
    out.println("Zapad 2017 declared: " + zapadDeclared + "; estimated: " + zapadEstimated);
    QuantitySum sum = QuantitySum.of("personnel", java.util.List.of(crrf, zapadDeclared));
    out.println("A sum keeps its uncertainty: " + sum);
  }
}
