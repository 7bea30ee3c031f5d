package org.cstokit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Year;
import org.cstokit.analytics.rules.BasingCase;
import org.cstokit.analytics.rules.BasingRule;
import org.cstokit.analytics.rules.RotationCase;
import org.cstokit.analytics.rules.RotationSchedule;
import org.cstokit.analytics.rules.Verdict;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.WellKnown;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.YearSpan;

/**
 * Short programs of analysis code against the charter rules, as a user writes them (issue 15's
 * "before and after"): a U.S. base in Kyrgyzstan year by year, the Secretary General's rotation
 * from 2002 to 2030, and the expected holder beside the deviations of practice. Compiled with the
 * project and run by {@code RuleProgramsTest}.
 */
public final class RulePrograms {
  private RulePrograms() {}

  static final Dataset data = CstoData.bundled();

  /**
   * Could Kyrgyzstan host a U.S. base, on 1 June of each year from 2005 to 2025, and who could
   * block it?
   *
   * @param out where to print
   */
  public static void basingInKyrgyzstan(PrintStream out) {
    BasingCase.Builder kyrgyzstan = BasingCase.builder().host(StateCode.of("KGZ")).guest(StateCode.of("USA"));
    YearSpan.closed(2005, 2025).years().forEach(year -> {
      Verdict v = BasingRule.evaluate(data, kyrgyzstan.on(LocalDate.of(year, 6, 1)).build());
      out.println(year + " " + v.outcome() + " " + v.canBlock());
    });
  }

  /**
   * The Secretary General's rotation: the slots overlapping the years 2002 to 2030, both
   * included.
   *
   * @param out where to print
   */
  public static void secretaryGeneralSchedule(PrintStream out) {
    RotationSchedule.schedule(data, WellKnown.SECRETARY_GENERAL_ROTATION, YearSpan.closed(2002, 2030))
        .forEach(s -> out.println(s.start() + " to " + s.lastDay() + ": " + s.expected()));
  }

  /**
   * The expected Secretary General on 1 June 2018, and the deviations of practice through 2025.
   *
   * @param out where to print
   */
  public static void expectedAndPractice(PrintStream out) {
    out.print(RotationSchedule.evaluate(data, RotationCase.builder().on(LocalDate.of(2018, 6, 1)).build()).explain());
    RotationSchedule.deviations(data, WellKnown.SECRETARY_GENERAL_ROTATION, Year.of(2025))
        .forEach(d -> out.println(d.tenure() + " " + d.kind() + " " + d.minDays() + ".." + d.maxDays()));
  }

  /**
   * Prints every program's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    basingInKyrgyzstan(System.out);
    secretaryGeneralSchedule(System.out);
    expectedAndPractice(System.out);
  }
}
