package org.cstokit.examples;

import static org.cstokit.model.event.Position.OBJECT;
import static org.cstokit.model.event.Position.SUPPORT;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Year;
import org.cstokit.analytics.rules.AdmissionCase;
import org.cstokit.analytics.rules.Audit;
import org.cstokit.analytics.rules.BasingCase;
import org.cstokit.analytics.rules.BasingRule;
import org.cstokit.analytics.rules.CollectiveDefenceCase;
import org.cstokit.analytics.rules.CollectiveDefenceRule;
import org.cstokit.analytics.rules.CollectiveDefenceRule.Territory;
import org.cstokit.analytics.rules.ConsensusCase;
import org.cstokit.analytics.rules.ConsensusRule;
import org.cstokit.analytics.rules.InterventionCase;
import org.cstokit.analytics.rules.InterventionRule;
import org.cstokit.analytics.rules.InterventionRule.Situation;
import org.cstokit.analytics.rules.ObserverRule;
import org.cstokit.analytics.rules.Request;
import org.cstokit.analytics.rules.RotationSchedule;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.WellKnown;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.RotationRuleId;
import org.cstokit.model.time.YearSpan;

/**
 * The README's "Charter rules" snippets, one per rule, each printing its verdict; compiled and
 * run by {@code ReadmeTest}, which checks that the README shows exactly these lines.
 */
public final class CharterRules {
  private CharterRules() {}

  static final Dataset data = CstoData.bundled();

  /**
   * Rule 1: a consensus decision of the Collective Security Council.
   *
   * @param out where to print
   */
  public static void consensus(PrintStream out) {
    // README:consensus:start
    var verdict = ConsensusRule.evaluate(data, ConsensusCase.builder().on(LocalDate.of(2016, 10, 14))
        .putPosition(StateCode.of("BLR"), OBJECT).putPosition(StateCode.of("ARM"), SUPPORT).build());
    out.print(verdict.explain());
    // README:consensus:end
  }

  /**
   * Rule 2: could Kyrgyzstan host a U.S. base in 2018, and who could veto it?
   *
   * @param out where to print
   */
  public static void basing(PrintStream out) {
    // README:basing:start
    var verdict = BasingRule.evaluate(data, BasingCase.builder().host(StateCode.of("KGZ")).guest(StateCode.of("USA"))
        .on(LocalDate.of(2018, 6, 1)).addObjections(StateCode.of("RUS")).build());
    out.print(verdict.explain());
    // README:basing:end
  }

  /**
   * Rule 3: is an attack on Armenia in Nagorno-Karabakh an attack on the alliance?
   *
   * @param out where to print
   */
  public static void defence(PrintStream out) {
    // README:defence:start
    var attack = CollectiveDefenceCase.builder().victim(StateCode.of("ARM")).aggressor(StateCode.of("AZE"))
        .on(LocalDate.of(2016, 4, 2)).request(Request.REQUESTED).build();
    var karabakh = CollectiveDefenceRule.evaluate(data,
        CollectiveDefenceCase.builder().from(attack).territory(Territory.DISPUTED).build());
    var recognised = CollectiveDefenceRule.evaluate(data, attack);
    out.print(karabakh.explain() + recognised.explain());
    // README:defence:end
  }

  /**
   * Rule 4: could the CSTO have intervened in Kyrgyzstan in June 2010?
   *
   * @param out where to print
   */
  public static void intervention(PrintStream out) {
    // README:intervention:start
    var verdict = InterventionRule.evaluate(data, InterventionCase.builder().host(StateCode.of("KGZ"))
        .on(LocalDate.of(2010, 6, 14)).situation(Situation.INTERNAL_UNREST).request(Request.REQUESTED).build());
    out.print(verdict.explain());
    // README:intervention:end
  }

  /**
   * Rule 5: Pakistan's bid for observer status in 2016.
   *
   * @param out where to print
   */
  public static void membership(PrintStream out) {
    // README:membership:start
    var verdict = ObserverRule.evaluate(data, AdmissionCase.builder().candidate(StateCode.of("PAK"))
        .on(LocalDate.of(2016, 11, 1)).putPosition(StateCode.of("ARM"), OBJECT).build());
    out.print(verdict.explain());
    // README:membership:end
  }

  /**
   * Rule 6: whose turn is it to provide the Secretary General, and where did practice deviate?
   *
   * @param out where to print
   */
  public static void rotation(PrintStream out) {
    // README:rotation:start
    RotationRuleId rule = WellKnown.SECRETARY_GENERAL_ROTATION;
    RotationSchedule.schedule(data, rule, YearSpan.closed(2017, 2035)).forEach(slot ->
        out.println(slot.start() + " to " + slot.lastDay() + ": " + slot.expected()));
    RotationSchedule.deviations(data, rule, Year.of(2025)).forEach(d ->
        out.println(d.tenure() + ": " + d.kind() + " " + d.minDays() + ".." + d.maxDays() + " days " + d.accounts()));
    // README:rotation:end
  }

  /**
   * Rule 7: the audit of recorded decisions and requests.
   *
   * @param out where to print
   */
  public static void audit(PrintStream out) {
    // README:audit:start
    Audit.evaluate(data).forEach(row -> out.println(row.record() + " | " + row.computed() + " | reported "
        + row.reported().map(String::valueOf).orElse("nothing") + " | " + row.agreement()));
    // README:audit:end
  }

  /**
   * Prints every snippet's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    consensus(System.out);
    basing(System.out);
    defence(System.out);
    intervention(System.out);
    membership(System.out);
    rotation(System.out);
    audit(System.out);
  }
}
