package org.cstokit.analytics.rules;

import static org.cstokit.model.event.Position.OBJECT;
import static org.cstokit.model.event.Position.SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstokit.analytics.rules.BasingRule.Reading;
import org.cstokit.analytics.rules.CollectiveDefenceRule.Territory;
import org.cstokit.analytics.rules.InterventionRule.Situation;
import org.cstokit.analytics.testing.Tally;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.actor.ProcedureKind;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.cstokit.model.source.OrganId;
import org.cstokit.testing.Scenarios;
import org.cstokit.testing.Worlds;
import org.cstokit.testing.Worlds.World;
import org.junit.jupiter.api.Test;

/**
 * The outcomes each rule documents ({@link RuleName#outcomes()}): every verdict, over cases
 * generated on the bundled data ({@link Scenarios}) and on random worlds ({@link Worlds}), has an
 * outcome of its rule's set; and every outcome of every set is reached — by a bundled example
 * written out below with the outcome it must give, so that the set is neither too large nor too
 * small.
 */
class RuleOutcomesProperties {
  static final Dataset DATA = CstoData.bundled();
  static final StateCode ARM = StateCode.of("ARM");
  static final StateCode KAZ = StateCode.of("KAZ");
  static final StateCode KGZ = StateCode.of("KGZ");
  static final StateCode RUS = StateCode.of("RUS");
  static final StateCode USA = StateCode.of("USA");
  static final LocalDate DAY = LocalDate.of(2018, 6, 1);
  static final List<String> SIX = List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");

  static Map<StateCode, Position> all(Position p, List<String> codes) {
    Map<StateCode, Position> out = new java.util.TreeMap<>();
    codes.forEach(c -> out.put(StateCode.of(c), p));
    return out;
  }

  /** The bundled data with the Secretariat deciding as a single officer (no organ of the data does). */
  static Dataset singleOfficer() {
    Organ secretariat = DATA.get(org.cstokit.model.source.OrganId.of("csto-secretariat"));
    return DATA.toBuilder().replace(Organ.builder().from(secretariat)
        .decisionProcedure(DecisionProcedure.of(ProcedureKind.SINGLE_OFFICER)).build()).build();
  }

  /** One example per outcome of each rule, with the outcome it must give. */
  static Map<RuleName, Map<Outcome, Verdict>> examples() {
    Map<RuleName, Map<Outcome, Verdict>> out = new EnumMap<>(RuleName.class);
    ConsensusCase.Builder october = ConsensusCase.builder().on(LocalDate.of(2016, 10, 14));
    put(out, Outcome.ADOPTED, ConsensusRule.evaluate(DATA, ConsensusCase.builder().from(october.build())
        .positions(all(SUPPORT, SIX)).build()));
    put(out, Outcome.BLOCKED, ConsensusRule.evaluate(DATA, october.putPosition(ARM, OBJECT).build()));
    put(out, Outcome.UNDETERMINED, ConsensusRule.evaluate(DATA, ConsensusCase.builder().on(DAY).build()));
    put(out, Outcome.NOT_APPLICABLE, ConsensusRule.evaluate(singleOfficer(), ConsensusCase.builder().on(DAY)
        .organ(OrganId.of("csto-secretariat")).build()));

    BasingCase.Builder base = BasingCase.builder().host(KGZ).guest(USA).on(DAY);
    put(out, Outcome.ALLOWED, BasingRule.evaluate(DATA, BasingCase.builder().from(base.build())
        .consents(all(SUPPORT, List.of("ARM", "BLR", "KAZ", "RUS", "TJK")).keySet()).build()));
    put(out, Outcome.ALLOWED_UNLESS_OBJECTION, BasingRule.evaluate(DATA, base.build()));
    put(out, Outcome.BLOCKED, BasingRule.evaluate(DATA, BasingCase.builder().from(base.build()).addObjection(RUS).build()));
    put(out, Outcome.NOT_REQUIRED, BasingRule.evaluate(DATA, BasingCase.builder().from(base.build()).guest(RUS).build()));
    put(out, Outcome.NOT_APPLICABLE, BasingRule.evaluate(DATA, BasingCase.builder().from(base.build())
        .on(LocalDate.of(2009, 1, 1)).build()));
    put(out, Outcome.UNDETERMINED, BasingRule.evaluate(DATA, BasingCase.builder().from(base.build())
        .reading(Reading.EXPLICIT_CONSENT).build()));

    CollectiveDefenceCase armenia = CollectiveDefenceCase.builder().victim(ARM).aggressor(StateCode.of("AZE"))
        .on(LocalDate.of(2022, 9, 13)).request(Request.REQUESTED).build();
    put(out, Outcome.OBLIGED, CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(KAZ)
        .aggressor(StateCode.of("AFG")).on(LocalDate.of(2022, 1, 6)).request(Request.REQUESTED)
        .positions(all(SUPPORT, List.of("ARM", "BLR", "KGZ", "RUS", "TJK"))).build()));
    put(out, Outcome.DECISION_REQUIRED, CollectiveDefenceRule.evaluate(DATA, armenia));
    put(out, Outcome.BLOCKED, CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().from(armenia)
        .putPosition(KAZ, OBJECT).build()));
    put(out, Outcome.NOT_REQUIRED, CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().from(armenia)
        .request(Request.NOT_REQUESTED).build()));
    put(out, Outcome.NOT_APPLICABLE, CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder()
        .victim(StateCode.of("GEO")).aggressor(RUS).on(LocalDate.of(2008, 8, 8)).request(Request.REQUESTED).build()));
    put(out, Outcome.UNDETERMINED, CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().from(armenia)
        .territory(Territory.DISPUTED).build()));

    InterventionCase kazakhstan = InterventionCase.builder().host(KAZ).on(DAY)
        .situation(Situation.UNREST_WITH_EXTERNAL_INVOLVEMENT).request(Request.REQUESTED).positions(all(SUPPORT, SIX)).build();
    put(out, Outcome.ALLOWED, InterventionRule.evaluate(DATA, kazakhstan));
    put(out, Outcome.BLOCKED, InterventionRule.evaluate(DATA, InterventionCase.builder().from(kazakhstan)
        .request(Request.NOT_REQUESTED).build()));
    put(out, Outcome.NOT_APPLICABLE, InterventionRule.evaluate(DATA, InterventionCase.builder().host(KGZ)
        .on(LocalDate.of(2010, 6, 14)).situation(Situation.INTERNAL_UNREST).request(Request.REQUESTED).build()));
    put(out, Outcome.UNDETERMINED, InterventionRule.evaluate(DATA, InterventionCase.builder().from(kazakhstan)
        .situation(Situation.INTERNAL_UNREST).build()));

    OutOfAreaCase syria = OutOfAreaCase.builder().on(LocalDate.of(2017, 7, 1)).positions(all(SUPPORT, SIX)).build();
    put(out, Outcome.ALLOWED, OutOfAreaRule.evaluate(DATA, OutOfAreaCase.builder().from(syria)
        .mandate(OutOfAreaRule.Mandate.MANDATED).addParliamentaryApproval(KGZ).build()));
    put(out, Outcome.BLOCKED, OutOfAreaRule.evaluate(DATA, syria));
    put(out, Outcome.UNDETERMINED, OutOfAreaRule.evaluate(DATA, OutOfAreaCase.builder().on(LocalDate.of(2017, 7, 1))
        .mandate(OutOfAreaRule.Mandate.MANDATED).addParliamentaryApproval(KGZ).build()));

    AdmissionCase serbia = AdmissionCase.builder().candidate(StateCode.of("SRB")).on(DAY).build();
    for (boolean observer : new boolean[] {false, true}) {
      java.util.function.Function<AdmissionCase, Verdict> rule = c -> observer ? ObserverRule.evaluate(DATA, c)
          : AccessionRule.evaluate(DATA, c);
      put(out, Outcome.ADOPTED, rule.apply(AdmissionCase.builder().from(serbia).positions(all(SUPPORT, SIX)).build()));
      put(out, Outcome.BLOCKED, rule.apply(AdmissionCase.builder().from(serbia).putPosition(ARM, OBJECT).build()));
      put(out, Outcome.UNDETERMINED, rule.apply(serbia));
      put(out, Outcome.NOT_APPLICABLE, rule.apply(AdmissionCase.builder().from(serbia).candidate(ARM).build()));
    }

    put(out, Outcome.ALLOWED, WithdrawalRule.evaluate(DATA, WithdrawalCase.builder().state(StateCode.of("UZB"))
        .on(LocalDate.of(2011, 6, 1)).build()));
    put(out, Outcome.NOT_APPLICABLE, WithdrawalRule.evaluate(DATA, WithdrawalCase.builder().state(StateCode.of("UZB"))
        .on(LocalDate.of(2013, 6, 1)).build()));
    put(out, Outcome.UNDETERMINED, WithdrawalRule.evaluate(DATA, WithdrawalCase.builder().state(StateCode.of("SRB"))
        .on(LocalDate.of(2030, 1, 1)).build()));

    put(out, Outcome.ALLOWED, RotationSchedule.evaluate(DATA, RotationCase.builder().on(DAY).build()));
    put(out, Outcome.NOT_APPLICABLE, RotationSchedule.evaluate(DATA, RotationCase.builder().on(LocalDate.of(2010, 1, 1)).build()));
    put(out, Outcome.UNDETERMINED, RotationSchedule.evaluate(DATA, RotationCase.builder().on(LocalDate.of(2029, 3, 1)).build()));
    return out;
  }

  private static void put(Map<RuleName, Map<Outcome, Verdict>> out, Outcome expected, Verdict v) {
    assertEquals(expected, v.outcome(), v::explain);
    out.computeIfAbsent(v.rule(), r -> new EnumMap<>(Outcome.class)).put(expected, v);
  }

  @Test
  void every_outcome_a_rule_documents_is_reached_by_a_bundled_example_and_no_other() {
    Map<RuleName, Map<Outcome, Verdict>> examples = examples();
    for (RuleName rule : RuleName.values()) {
      assertEquals(rule.outcomes(), examples.getOrDefault(rule, Map.of()).keySet(), rule.name());
    }
    assertEquals(EnumSet.of(Outcome.ALLOWED, Outcome.ALLOWED_UNLESS_OBJECTION, Outcome.BLOCKED, Outcome.NOT_REQUIRED,
        Outcome.NOT_APPLICABLE, Outcome.UNDETERMINED), RuleName.BASING.outcomes(), "the basing rule's documented set");
  }

  @Test
  void every_verdict_on_generated_cases_has_an_outcome_of_its_rules_set() {
    Tally tally = new Tally("outcomes on generated cases");
    Map<RuleName, Set<Outcome>> reached = new EnumMap<>(RuleName.class);
    tally.qt().withExamples(300).forAll(Scenarios.basingProposals(DATA, LocalDate.of(2004, 1, 1)), Worlds.votes(),
        integers().between(0, 3)).checkAssert((p, vote, shape) -> {
          List<Verdict> verdicts = new ArrayList<>();
          World w = vote.world();
          StateCode member = p.host();
          verdicts.add(BasingRule.evaluate(DATA, BasingCase.builder().host(p.host()).guest(p.guest()).on(p.date())
              .objections(p.objections()).consents(p.consents()).reading(Reading.values()[shape % 2]).build()));
          verdicts.add(ConsensusRule.evaluate(w.data(), ConsensusCase.builder().on(vote.day()).positions(vote.positions()).build()));
          verdicts.add(CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(member).aggressor(p.guest())
              .on(p.date()).request(shape < 2 ? Request.REQUESTED : Request.NOT_REQUESTED).positions(p.objections().stream()
                  .filter(s -> !s.equals(member)).collect(java.util.stream.Collectors.toMap(s -> s, s -> OBJECT))).build()));
          verdicts.add(InterventionRule.evaluate(DATA, InterventionCase.builder().host(member).on(p.date())
              .situation(Situation.values()[shape % 3]).request(shape == 3 ? Request.NOT_REQUESTED : Request.REQUESTED)
              .build()));
          verdicts.add(WithdrawalRule.evaluate(w.data(), WithdrawalCase.builder().state(vote.members().iterator().next())
              .on(vote.day()).build()));
          verdicts.add(AccessionRule.evaluate(DATA, AdmissionCase.builder().candidate(p.guest()).on(p.date())
              .build()));
          for (Verdict v : verdicts) {
            assertTrue(v.rule().outcomes().contains(v.outcome()), v::explain);
            reached.computeIfAbsent(v.rule(), r -> EnumSet.noneOf(Outcome.class)).add(v.outcome());
            tally.hit(v.rule() + " " + v.outcome());
          }
        });
    tally.atLeast(RuleName.BASING + " " + Outcome.BLOCKED, 20).atLeast(RuleName.CONSENSUS + " " + Outcome.ADOPTED, 20)
        .atLeast(RuleName.CONSENSUS + " " + Outcome.BLOCKED, 20);
    assertTrue(reached.keySet().containsAll(EnumSet.of(RuleName.BASING, RuleName.CONSENSUS, RuleName.COLLECTIVE_DEFENCE,
        RuleName.INTERVENTION, RuleName.WITHDRAWAL, RuleName.ACCESSION)), reached.toString());
  }
}
