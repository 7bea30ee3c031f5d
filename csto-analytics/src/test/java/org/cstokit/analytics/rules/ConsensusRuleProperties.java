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
 * consensus-like procedure and the majority, against the procedures' definitions written out
 * independently and against closed-form counts of the adopted profiles; with QuickTheories for
 * larger organs and for missing positions.
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

  static final DecisionProcedure MAJORITY = DecisionProcedure.of(ProcedureKind.MAJORITY);

  /**
   * The blockers a complete profile has under a procedure, written from the procedure's
   * definition in {@link ConsensusRule}'s Javadoc, independently of its code: objectors always;
   * those not taking part unless a limited format is allowed; the absent under unanimity of the
   * present.
   */
  static java.util.Set<StateCode> blockers(DecisionProcedure procedure, Map<StateCode, Position> positions) {
    java.util.Set<StateCode> out = new java.util.TreeSet<>();
    positions.forEach((s, p) -> {
      boolean blocks = p == Position.OBJECT
          || (p == Position.NOT_PARTICIPATING && !procedure.isLimitedFormatAllowed())
          || (p == Position.ABSENT && procedure.kind() == ProcedureKind.UNANIMITY_OF_PRESENT);
      if (blocks) {
        out.add(s);
      }
    });
    return out;
  }

  /** n choose k. */
  static long choose(int n, int k) {
    long c = 1;
    for (int i = 0; i < k; i++) {
      c = c * (n - i) / (i + 1);
    }
    return c;
  }

  static long pow(long b, int e) {
    long r = 1;
    for (int i = 0; i < e; i++) {
      r *= b;
    }
    return r;
  }

  @Test
  void every_profile_of_five_positions_for_up_to_seven_members_obeys_the_laws_and_the_definition() {
    List<Position> all = List.of(Position.values());
    for (int n = 1; n <= 7; n++) {
      List<StateCode> members = members(n);
      Map<DecisionProcedure, Long> adopted = new java.util.HashMap<>();
      for (List<Position> combination : Lists.cartesianProduct(Collections.nCopies(n, all))) {
        Map<StateCode, Position> positions = profile(members, combination);
        for (DecisionProcedure procedure : PROCEDURES) {
          laws(procedure, members, positions);
          Verdict v = ConsensusRule.decide(procedure, members, positions);
          java.util.Set<StateCode> expected = blockers(procedure, positions);
          assertEquals(expected.isEmpty() ? Outcome.ADOPTED : Outcome.BLOCKED, v.outcome(), () -> positions + v.explain());
          assertEquals(expected, v.blockedBy(), () -> positions + v.explain());
          assertEquals(new java.util.TreeSet<>(members), v.canBlock());
          adopted.merge(procedure, v.outcome() == Outcome.ADOPTED ? 1L : 0L, Long::sum);
        }
        Verdict m = ConsensusRule.decide(MAJORITY, members, positions);
        long support = combination.stream().filter(p -> p == Position.SUPPORT).count();
        assertEquals(2 * support > n ? Outcome.ADOPTED : Outcome.BLOCKED, m.outcome(), () -> positions + m.explain());
        adopted.merge(MAJORITY, m.outcome() == Outcome.ADOPTED ? 1L : 0L, Long::sum);
      }
      // counted a second way, by formula: the profiles without a blocking position
      assertEquals(pow(3, n), adopted.get(PROCEDURES.get(0)), "consensus: support, abstain or absent, n = " + n);
      assertEquals(pow(4, n), adopted.get(PROCEDURES.get(1)), "consensus, limited format: any but object, n = " + n);
      assertEquals(pow(2, n), adopted.get(PROCEDURES.get(2)), "unanimity of the present: support or abstain, n = " + n);
      assertEquals(pow(3, n), adopted.get(PROCEDURES.get(3)), "unanimity, limited format, n = " + n);
      long majorities = 0;
      for (int k = n / 2 + 1; k <= n; k++) {
        majorities += choose(n, k) * pow(4, n - k);
      }
      assertEquals(majorities, adopted.get(MAJORITY), "majority: more than half support, n = " + n);
    }
  }

  @Test
  void a_majority_needs_more_than_half_and_a_tie_is_no_majority() {
    List<StateCode> four = members(4);
    Map<StateCode, Position> tie = profile(four, List.of(Position.SUPPORT, Position.SUPPORT, Position.OBJECT, Position.ABSTAIN));
    Verdict v = ConsensusRule.decide(MAJORITY, four, tie);
    assertEquals(Outcome.BLOCKED, v.outcome(), "two of four is a tie, not a majority: " + v.explain());
    assertEquals(java.util.Set.of(four.get(2)), v.blockedBy());
    Map<StateCode, Position> three = profile(four, List.of(Position.SUPPORT, Position.SUPPORT, Position.SUPPORT, Position.OBJECT));
    assertEquals(Outcome.ADOPTED, ConsensusRule.decide(MAJORITY, four, three).outcome());
    // with positions missing: the outcome stays open only while the missing could still make a majority
    Map<StateCode, Position> oneMissing = profile(four.subList(0, 3), List.of(Position.SUPPORT, Position.SUPPORT, Position.OBJECT));
    assertEquals(Outcome.UNDETERMINED, ConsensusRule.decide(MAJORITY, four, oneMissing).outcome(), "2 + 1 missing of 4 could be 3");
    Map<StateCode, Position> cannotReach = profile(four.subList(0, 3), List.of(Position.SUPPORT, Position.OBJECT, Position.OBJECT));
    assertEquals(Outcome.BLOCKED, ConsensusRule.decide(MAJORITY, four, cannotReach).outcome(), "1 + 1 missing of 4 is at most a tie");
    List<StateCode> five = members(5);
    Map<StateCode, Position> twoOfFive = profile(five.subList(0, 4), List.of(Position.SUPPORT, Position.SUPPORT, Position.OBJECT,
        Position.OBJECT));
    assertEquals(Outcome.UNDETERMINED, ConsensusRule.decide(MAJORITY, five, twoOfFive).outcome(), "2 + 1 missing of 5 could be 3");
  }

  @Test
  void larger_organs_obey_the_laws() {
    qt().withExamples(300)
        .forAll(integers().between(8, 30), lists().of(Generate.enumValues(Position.class)).ofSize(30),
            integers().between(0, PROCEDURES.size() - 1))
        .checkAssert((n, positions, p) -> laws(PROCEDURES.get(p), members(n), profile(members(n), positions.subList(0, n))));
  }

  @Test
  void missing_positions_leave_the_outcome_open_unless_the_known_ones_already_decide_it() {
    org.cstokit.analytics.testing.Tally tally = new org.cstokit.analytics.testing.Tally("missing positions");
    tally.qt().withExamples(500)
        .forAll(integers().between(2, 12), lists().of(Generate.enumValues(Position.class)).ofSize(12),
            integers().between(0, PROCEDURES.size()), integers().between(1, 3))
        .checkAssert((n, positions, p, gone) -> {
          int missing = Math.min(gone, n - 1);
          List<StateCode> members = members(n);
          Map<StateCode, Position> partial = profile(members.subList(0, n - missing), positions.subList(0, n - missing));
          DecisionProcedure procedure = p == PROCEDURES.size() ? MAJORITY : PROCEDURES.get(p);
          Verdict v = ConsensusRule.decide(procedure, members, partial);
          Outcome expected;
          if (procedure.kind() == ProcedureKind.MAJORITY) {
            long support = partial.values().stream().filter(x -> x == Position.SUPPORT).count();
            expected = 2 * support > n ? Outcome.ADOPTED
                : 2 * (support + missing) > n ? Outcome.UNDETERMINED : Outcome.BLOCKED;
          } else {
            expected = blockers(procedure, partial).isEmpty() ? Outcome.UNDETERMINED : Outcome.BLOCKED;
          }
          assertEquals(expected, v.outcome(), v::explain);
          tally.hit(procedure.kind() + " " + expected);
          if (v.outcome() == Outcome.UNDETERMINED) {
            for (StateCode s : members.subList(n - missing, n)) {
              assertTrue(v.reasons().stream().map(Reason::text).toList().stream().anyMatch(r -> r.contains(s.value())), "names the missing member " + s);
            }
          }
        });
    tally.atLeast("CONSENSUS UNDETERMINED", 10).atLeast("CONSENSUS BLOCKED", 50)
        .atLeast("MAJORITY UNDETERMINED", 5).atLeast("MAJORITY BLOCKED", 20);
  }
}
