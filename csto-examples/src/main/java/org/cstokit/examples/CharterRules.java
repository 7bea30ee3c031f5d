package org.cstokit.examples;

import static org.cstokit.model.event.Position.OBJECT;
import static org.cstokit.model.event.Position.SUPPORT;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.cstokit.analytics.rules.Audit;
import org.cstokit.analytics.rules.BasingRule;
import org.cstokit.analytics.rules.CollectiveDefenceRule;
import org.cstokit.analytics.rules.ConsensusRule;
import org.cstokit.analytics.rules.InterventionRule;
import org.cstokit.analytics.rules.MembershipRules;
import org.cstokit.analytics.rules.RotationSchedule;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.WellKnown;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.RecordId;

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
    Organ council = data.get(WellKnown.COLLECTIVE_SECURITY_COUNCIL);
    var verdict = ConsensusRule.decide(council.decisionProcedure().get(),
        data.asOf(LocalDate.of(2016, 10, 14)).members(OrganizationId.of("CSTO")).certain(),
        Map.of(StateCode.of("BLR"), OBJECT, StateCode.of("ARM"), SUPPORT));
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
    var verdict = BasingRule.check(data, StateCode.of("KGZ"), StateCode.of("USA"), LocalDate.of(2018, 6, 1),
        Set.of(StateCode.of("RUS")), Set.of(), BasingRule.Reading.NO_OBJECTION);
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
    var karabakh = CollectiveDefenceRule.assess(data, StateCode.of("ARM"), StateCode.of("AZE"),
        LocalDate.of(2016, 4, 2), CollectiveDefenceRule.Territory.DISPUTED, true);
    var recognised = CollectiveDefenceRule.assess(data, StateCode.of("ARM"), StateCode.of("AZE"),
        LocalDate.of(2016, 4, 2), CollectiveDefenceRule.Territory.RECOGNISED, true);
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
    var verdict = InterventionRule.inside(data, StateCode.of("KGZ"), LocalDate.of(2010, 6, 14),
        InterventionRule.Situation.INTERNAL_UNREST, true, Map.of());
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
    var verdict = MembershipRules.observer(data, StateCode.of("PAK"), LocalDate.of(2016, 11, 1),
        Map.of(StateCode.of("ARM"), OBJECT), WellKnown.COLLECTIVE_SECURITY_COUNCIL);
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
    RecordId rule = WellKnown.SECRETARY_GENERAL_ROTATION;
    RotationSchedule.schedule(data, rule, 2017, 2035).forEach(slot ->
        out.println(slot.start() + " to " + slot.lastDay() + ": " + slot.expected()));
    RotationSchedule.compare(data, rule, 2025).forEach(d ->
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
    Audit.run(data).forEach(row ->
        out.println(row.record() + " | " + row.computed() + " | reported " + row.reported() + " | " + row.agreement()));
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
