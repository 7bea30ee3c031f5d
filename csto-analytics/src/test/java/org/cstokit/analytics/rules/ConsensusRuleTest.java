package org.cstokit.analytics.rules;

import static org.cstokit.model.event.Position.ABSENT;
import static org.cstokit.model.event.Position.ABSTAIN;
import static org.cstokit.model.event.Position.NOT_PARTICIPATING;
import static org.cstokit.model.event.Position.OBJECT;
import static org.cstokit.model.event.Position.SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.ProcedureKind;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.junit.jupiter.api.Test;

class ConsensusRuleTest {
  static final StateCode ARM = StateCode.of("ARM");
  static final StateCode BLR = StateCode.of("BLR");
  static final StateCode KAZ = StateCode.of("KAZ");
  static final List<StateCode> THREE = List.of(ARM, BLR, KAZ);
  static final DecisionProcedure CONSENSUS = DecisionProcedure.of(ProcedureKind.CONSENSUS);
  static final DecisionProcedure LIMITED = DecisionProcedure.builder().kind(ProcedureKind.CONSENSUS).limitedFormatAllowed(true).build();

  static Verdict decide(DecisionProcedure p, Map<StateCode, Position> positions) {
    return ConsensusRule.decide(p, THREE, positions);
  }

  @Test
  void an_objection_blocks_and_the_verdict_names_the_objector() {
    Verdict v = decide(CONSENSUS, Map.of(ARM, OBJECT, BLR, SUPPORT, KAZ, SUPPORT));
    assertEquals(Outcome.BLOCKED, v.outcome());
    assertEquals(Set.of(ARM), v.blockedBy());
    assertEquals(Set.of(ARM, BLR, KAZ), v.canBlock());
  }

  @Test
  void absence_and_abstention_do_not_block_a_consensus_but_absence_stops_unanimity_of_the_present() {
    assertEquals(Outcome.ADOPTED, decide(CONSENSUS, Map.of(ARM, ABSENT, BLR, ABSTAIN, KAZ, SUPPORT)).outcome());
    Verdict v = decide(DecisionProcedure.of(ProcedureKind.UNANIMITY_OF_PRESENT), Map.of(ARM, ABSENT, BLR, SUPPORT, KAZ, SUPPORT));
    assertEquals(Outcome.BLOCKED, v.outcome());
    assertEquals(Set.of(ARM), v.blockedBy());
  }

  @Test
  void staying_out_blocks_only_where_no_limited_format_is_allowed() {
    assertEquals(Outcome.BLOCKED, decide(CONSENSUS, Map.of(ARM, NOT_PARTICIPATING, BLR, SUPPORT, KAZ, SUPPORT)).outcome());
    Verdict v = decide(LIMITED, Map.of(ARM, NOT_PARTICIPATING, BLR, SUPPORT, KAZ, SUPPORT));
    assertEquals(Outcome.ADOPTED, v.outcome());
    assertEquals(true, v.explain().contains("limited format"), v.explain());
  }

  @Test
  void a_majority_procedure_counts_support() {
    DecisionProcedure majority = DecisionProcedure.of(ProcedureKind.MAJORITY);
    assertEquals(Outcome.ADOPTED, decide(majority, Map.of(ARM, OBJECT, BLR, SUPPORT, KAZ, SUPPORT)).outcome());
    assertEquals(Outcome.BLOCKED, decide(majority, Map.of(ARM, OBJECT, BLR, OBJECT, KAZ, SUPPORT)).outcome());
    assertEquals(Outcome.UNDETERMINED, decide(majority, Map.of(ARM, SUPPORT)).outcome());
    assertEquals(Outcome.BLOCKED, decide(majority, Map.of(ARM, OBJECT, BLR, ABSTAIN)).outcome());
  }

  @Test
  void a_single_officer_or_an_unstated_procedure_gives_no_collective_outcome() {
    assertEquals(Outcome.NOT_APPLICABLE, decide(DecisionProcedure.of(ProcedureKind.SINGLE_OFFICER), Map.of()).outcome());
    assertEquals(Outcome.UNDETERMINED, decide(DecisionProcedure.of(ProcedureKind.NOT_STATED), Map.of()).outcome());
  }

  @Test
  void all_in_favour_is_adopted_and_a_missing_position_is_undetermined() {
    assertEquals(Outcome.ADOPTED, decide(CONSENSUS, Map.of(ARM, SUPPORT, BLR, SUPPORT, KAZ, SUPPORT)).outcome());
    Verdict v = decide(CONSENSUS, Map.of(ARM, SUPPORT, BLR, SUPPORT));
    assertEquals(Outcome.UNDETERMINED, v.outcome());
    assertEquals(List.of("procedure: CONSENSUS", "the positions of [KAZ] are not recorded; any of them could still object"),
        v.reasons().stream().map(Reason::text).toList());
    assertTrue(v.authorities().isEmpty(), "the rule cites no instrument of its own: the procedure is data on the organ");
  }

  @Test
  void a_position_of_a_non_member_is_an_illegal_argument() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> decide(CONSENSUS, Map.of(StateCode.of("UZB"), OBJECT)));
    assertEquals("positions: UZB is not a member of the organ [ARM, BLR, KAZ]", e.getMessage());
  }

  static final org.cstokit.data.Dataset DATA = org.cstokit.data.CstoData.bundled();
  static final java.time.LocalDate OCTOBER_2016 = java.time.LocalDate.of(2016, 10, 14);

  static Set<String> codes(Verdict v) {
    return v.reasons().stream().map(r -> r.code().name()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  @Test
  void evaluate_reads_the_procedure_and_the_certain_members_of_the_day_from_the_data() {
    Verdict v = ConsensusRule.evaluate(DATA, ConsensusCase.builder().on(OCTOBER_2016).putPosition(BLR, OBJECT)
        .putPosition(ARM, SUPPORT).build());
    assertEquals(Outcome.BLOCKED, v.outcome());
    assertEquals(Set.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"), v.canBlock().stream().map(StateCode::value)
        .collect(java.util.stream.Collectors.toSet()));
    assertEquals(List.of(new Reason(ReasonCode.PROCEDURE, "procedure: CONSENSUS"),
        new Reason(ReasonCode.OBJECTED, "objected: [BLR]; under consensus any objection blocks")), v.reasons());
    // the kind selects the organ's specific procedure: an appointment needs every head present
    Verdict appointment = ConsensusRule.evaluate(DATA, ConsensusCase.builder().on(OCTOBER_2016)
        .kind(org.cstokit.model.event.DecisionKind.APPOINTMENT).putPosition(KAZ, ABSENT).build());
    assertEquals(Outcome.BLOCKED, appointment.outcome(), appointment.explain());
    assertEquals(Set.of(KAZ), appointment.blockedBy());
    assertTrue(appointment.reasons().get(0).text().startsWith("procedure: UNANIMITY_OF_PRESENT (ssi-2018-csto"),
        appointment.explain());
    Verdict general = ConsensusRule.evaluate(DATA, ConsensusCase.builder().on(OCTOBER_2016).putPosition(KAZ, ABSENT).build());
    assertEquals(Outcome.UNDETERMINED, general.outcome(), "in general absence does not block; the others' positions are"
        + " missing: " + general.explain());
  }

  @Test
  void uncertain_members_are_not_counted_and_the_verdict_says_so_naming_their_positions() {
    // Uzbekistan dated by the monograph's years: a member or not on 1 March 2012, nobody can tell
    java.time.LocalDate unsure = java.time.LocalDate.of(2012, 3, 1);
    ConsensusCase.Builder c = ConsensusCase.builder().on(unsure);
    for (String s : List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK")) {
      c.putPosition(StateCode.of(s), SUPPORT);
    }
    Verdict v = ConsensusRule.evaluate(MonographAccount.UZBEKISTAN_BY_YEAR, c.putPosition(StateCode.of("UZB"), OBJECT).build());
    assertEquals(Outcome.ADOPTED, v.outcome(), v.explain());
    assertTrue(!v.canBlock().contains(StateCode.of("UZB")) && v.blockedBy().isEmpty(), v.explain());
    assertTrue(v.reasons().contains(new Reason(ReasonCode.MEMBERSHIP_UNCERTAIN, "membership of [UZB] on 2012-03-01 is"
        + " uncertain; they are not counted as able to block, and the positions given for [UZB] are not counted")), v.explain());
    Verdict silent = ConsensusRule.evaluate(MonographAccount.UZBEKISTAN_BY_YEAR, ConsensusCase.builder().on(unsure).build());
    assertTrue(silent.reasons().contains(new Reason(ReasonCode.MEMBERSHIP_UNCERTAIN, "membership of [UZB] on 2012-03-01 is"
        + " uncertain; they are not counted as able to block")), silent.explain());
    Verdict certain = ConsensusRule.evaluate(DATA, ConsensusCase.builder().on(unsure).build());
    assertTrue(!codes(certain).contains("MEMBERSHIP_UNCERTAIN"), "the public sources date Uzbekistan to the day: "
        + certain.explain());
  }

  @Test
  void positions_of_non_members_do_not_count_and_bad_organs_and_far_days_are_answered() {
    Verdict v = ConsensusRule.evaluate(DATA, ConsensusCase.builder().on(OCTOBER_2016).putPosition(StateCode.of("USA"), OBJECT)
        .build());
    assertEquals(Outcome.UNDETERMINED, v.outcome());
    assertTrue(v.blockedBy().isEmpty());
    assertEquals(new Reason(ReasonCode.NOT_COUNTED, "[USA] are not members on 2016-10-14; their positions do not count"),
        v.reasons().get(v.reasons().size() - 1));
    assertEquals("organ: csto-nowhere is not an organ of the data set", assertThrows(IllegalArgumentException.class,
        () -> ConsensusRule.evaluate(DATA, ConsensusCase.builder().organ(org.cstokit.model.source.OrganId.of("csto-nowhere"))
            .on(OCTOBER_2016).build())).getMessage());
    Verdict far = ConsensusRule.evaluate(DATA, ConsensusCase.builder().on(java.time.LocalDate.of(2031, 1, 1)).build());
    assertEquals(Outcome.UNDETERMINED, far.outcome());
    assertEquals(Set.of("PAST_HORIZON"), codes(far));
    Verdict unstated = ConsensusRule.evaluate(DATA, ConsensusCase.builder().on(OCTOBER_2016)
        .organ(org.cstokit.model.source.OrganId.of("csto-permanent-council")).build());
    assertEquals(Outcome.UNDETERMINED, unstated.outcome());
    assertEquals(Set.of("PROCEDURE", "FACT_MISSING"), codes(unstated));
  }
}
