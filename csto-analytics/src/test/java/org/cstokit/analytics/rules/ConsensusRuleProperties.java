package org.cstokit.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.ProcedureKind;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Laws of consensus: any single objection blocks; adding an objection never unblocks; the
 * outcome does not depend on the order of positions; ADOPTED implies no objection. Checked
 * exhaustively over every profile of the five positions for one to seven members, under every
 * consensus-like procedure, and with QuickTheories for larger organs.
 */
class ConsensusRuleProperties {
  static final List<DecisionProcedure> PROCEDURES = List.of(
      DecisionProcedure.of(ProcedureKind.CONSENSUS),
      DecisionProcedure.builder().kind(ProcedureKind.CONSENSUS).limitedFormatAllowed(true).build(),
      DecisionProcedure.of(ProcedureKind.UNANIMITY_OF_PRESENT),
      DecisionProcedure.builder().kind(ProcedureKind.UNANIMITY_OF_PRESENT).limitedFormatAllowed(true).build());

  static List<StateCode> members(int n) {
    List<StateCode> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(StateCode.of("S" + (char) ('A' + i / 26) + (char) ('A' + i % 26)));
    }
    return out;
  }

  static Map<StateCode, Position> profile(List<StateCode> members, List<Position> positions) {
    Map<StateCode, Position> out = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      out.put(members.get(i), positions.get(i));
    }
    return out;
  }

  static Map<StateCode, Position> reversed(Map<StateCode, Position> p) {
    List<Map.Entry<StateCode, Position>> entries = new ArrayList<>(p.entrySet());
    Collections.reverse(entries);
    Map<StateCode, Position> out = new LinkedHashMap<>();
    entries.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  static void laws(DecisionProcedure procedure, List<StateCode> members, Map<StateCode, Position> positions) {
    Verdict v = ConsensusRule.decide(procedure, members, positions);
    boolean objection = positions.containsValue(Position.OBJECT);
    if (objection) {
      assertEquals(Outcome.BLOCKED, v.outcome(), () -> positions + " " + v.explain());
    }
    if (v.outcome() == Outcome.ADOPTED) {
      assertTrue(!objection, "ADOPTED implies no objection");
    }
    assertEquals(v, ConsensusRule.decide(procedure, Lists.reverse(members), reversed(positions)), "order of positions");
    assertTrue(v.canBlock().containsAll(v.blockedBy()), "only those able to block can block");
    for (StateCode s : members) {
      if (positions.get(s) != Position.OBJECT) {
        Map<StateCode, Position> more = new LinkedHashMap<>(positions);
        more.put(s, Position.OBJECT);
        Verdict w = ConsensusRule.decide(procedure, members, more);
        assertEquals(Outcome.BLOCKED, w.outcome(), "adding an objection blocks");
        assertTrue(w.blockedBy().contains(s), "the new objector is named");
      }
    }
  }

  @Test
  void every_profile_of_five_positions_for_up_to_seven_members_obeys_the_laws() {
    List<Position> all = List.of(Position.values());
    int profiles = 0;
    for (int n = 1; n <= 7; n++) {
      List<StateCode> members = members(n);
      for (List<Position> combination : Lists.cartesianProduct(Collections.nCopies(n, all))) {
        Map<StateCode, Position> positions = profile(members, combination);
        for (DecisionProcedure procedure : PROCEDURES) {
          laws(procedure, members, positions);
        }
        profiles++;
      }
    }
    assertEquals(5 + 25 + 125 + 625 + 3125 + 15625 + 78125, profiles);
  }

  @Test
  void larger_organs_obey_the_laws() {
    qt().withExamples(300)
        .forAll(integers().between(8, 30), lists().of(Generate.enumValues(Position.class)).ofSize(30),
            integers().between(0, PROCEDURES.size() - 1))
        .checkAssert((n, positions, p) -> laws(PROCEDURES.get(p), members(n), profile(members(n), positions.subList(0, n))));
  }

  @Test
  void missing_positions_leave_the_outcome_open_unless_an_objection_already_blocks() {
    qt().withExamples(500)
        .forAll(integers().between(2, 12), lists().of(Generate.enumValues(Position.class)).ofSize(12),
            integers().between(0, PROCEDURES.size() - 1))
        .checkAssert((n, positions, p) -> {
          List<StateCode> members = members(n);
          Map<StateCode, Position> partial = profile(members.subList(0, n - 1), positions.subList(0, n - 1));
          Verdict v = ConsensusRule.decide(PROCEDURES.get(p), members, partial);
          assertTrue(v.outcome() == Outcome.BLOCKED || v.outcome() == Outcome.UNDETERMINED, v.explain());
          if (v.outcome() == Outcome.UNDETERMINED) {
            assertTrue(v.reasons().stream().anyMatch(r -> r.contains(members.get(n - 1).value())), "names the missing member");
          }
        });
  }
}
