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
}
