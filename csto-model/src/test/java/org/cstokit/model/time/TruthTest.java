package org.cstokit.model.time;

import static org.cstokit.model.time.Truth.NO;
import static org.cstokit.model.time.Truth.UNKNOWN;
import static org.cstokit.model.time.Truth.YES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Truth obeys Kleene's strong three-valued logic, checked on all nine pairs. */
class TruthTest {
  private static final Truth[] ALL = Truth.values();

  /** Kleene's tables, written out: rows and columns in the order YES, NO, UNKNOWN. */
  private static final Truth[][] AND = {{YES, NO, UNKNOWN}, {NO, NO, NO}, {UNKNOWN, NO, UNKNOWN}};
  private static final Truth[][] OR = {{YES, YES, YES}, {YES, NO, UNKNOWN}, {YES, UNKNOWN, UNKNOWN}};
  private static final Map<Truth, Truth> NOT = Map.of(YES, NO, NO, YES, UNKNOWN, UNKNOWN);

  @Test
  void and_or_and_not_follow_the_tables_for_all_nine_pairs() {
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(AND[i][j], ALL[i].and(ALL[j]), ALL[i] + " and " + ALL[j]);
        assertEquals(OR[i][j], ALL[i].or(ALL[j]), ALL[i] + " or " + ALL[j]);
      }
      assertEquals(NOT.get(ALL[i]), ALL[i].not());
    }
  }

  @Test
  void de_morgan_and_double_negation_hold_for_all_pairs() {
    for (Truth a : ALL) {
      assertEquals(a, a.not().not());
      for (Truth b : ALL) {
        assertEquals(a.and(b).not(), a.not().or(b.not()));
        assertEquals(a.and(b), b.and(a));
        assertEquals(a.or(b), b.or(a));
      }
    }
  }

  @Test
  void policies_turn_unknown_into_false_or_true() {
    assertEquals(true, YES.holds(Policy.DEFINITELY));
    assertEquals(false, UNKNOWN.holds(Policy.DEFINITELY));
    assertEquals(true, UNKNOWN.holds(Policy.POSSIBLY));
    assertEquals(false, NO.holds(Policy.POSSIBLY));
    assertEquals(Truth.YES, Truth.of(true));
    assertEquals(Truth.NO, Truth.of(false));
  }
}
