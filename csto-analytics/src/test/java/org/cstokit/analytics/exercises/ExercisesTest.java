package org.cstokit.analytics.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.RecordId;
import org.junit.jupiter.api.Test;

class ExercisesTest {
  private final Dataset data = CstoData.bundled();

  @Test
  void zapad_2017_is_flagged_declared_12700_under_13000_while_estimated_at_60000() {
    List<ViennaCheck> rows = Exercises.viennaCheck(data);
    assertEquals(List.of("ex-2017-zapad", "ex-2022-union-resolve"), rows.stream().map(r -> r.exercise().value()).toList(),
        "Zapad 2017 and Union Resolve 2022 have a declared or estimated figure to compare");
    assertTrue(rows.stream().filter(ViennaCheck::flagged).map(r -> r.exercise().value()).toList().equals(List.of("ex-2017-zapad")),
        "Union Resolve has no declared figure, so nothing to flag");
    ViennaCheck zapad = rows.get(0);
    assertEquals(RecordId.of("ex-2017-zapad"), zapad.exercise());
    assertEquals(Optional.of(new BigDecimal("12700")), zapad.declared());
    assertEquals(Optional.of(new BigDecimal("60000")), zapad.estimated());
    assertTrue(zapad.flagged());
    assertTrue(zapad.declaredNotifiable(), "12,700 is above the notification threshold of 9,000");
  }

  @Test
  void with_a_notification_threshold_above_the_declared_figure_zapad_is_not_notifiable_but_still_flagged() {
    ViennaCheck zapad = Exercises.viennaCheck(data, 13_000, 15_000).stream()
        .filter(r -> r.exercise().value().equals("ex-2017-zapad")).findFirst().orElseThrow();
    assertEquals(false, zapad.declaredNotifiable());
    assertTrue(zapad.flagged());
    assertEquals(false, Exercises.viennaCheck(data, 70_000, 9_000).stream()
        .filter(r -> r.exercise().value().equals("ex-2017-zapad")).findFirst().orElseThrow().flagged());
  }

  @Test
  void russia_took_part_in_35_exercises_and_the_matrix_sums_agree() {
    ParticipationMatrix m = Exercises.participation(data);
    long russian = data.exercises().stream().filter(e -> e.participants().contains(StateCode.of("RUS"))).count();
    assertEquals(russian, (long) m.rowSums().get(StateCode.of("RUS")), "the matrix counts each exercise with Russia once");
    assertEquals(35, m.rowSums().get(StateCode.of("RUS")));
    assertEquals(data.exercises().size(), m.exercises().size());
    assertEquals(m.total(), m.rowSums().values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(m.total(), m.columnSums().values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(6, m.columnSums().get(RecordId.of("ex-2014-interaction")));
  }

  @Test
  void the_largest_exercise_by_personnel_is_tsentr_2015_then_zapad_2017_by_its_estimate() {
    List<LargestExercise> top = Exercises.largestByPersonnel(data, 2);
    assertEquals("ex-2015-tsentr", top.get(0).exercise().value());
    assertEquals("ex-2017-zapad", top.get(1).exercise().value());
    assertEquals(Optional.of(new BigDecimal("70000")), top.get(1).personnel().upper());
  }

  @Test
  void ten_exercises_are_dated_2017_of_which_one_was_still_planned() {
    ExerciseGroup y2017 = Exercises.perYear(data).stream().filter(g -> g.key().equals("2017")).findFirst().orElseThrow();
    assertEquals(10, y2017.exercises());
    assertEquals(1, y2017.planned());
    assertEquals(List.of("CSTO", "CIS", "BILATERAL", "NATIONAL", "PARTNER"),
        Exercises.perFramework(data).stream().map(ExerciseGroup::key).toList());
    assertEquals("unknown", Exercises.perHost(data).get(Exercises.perHost(data).size() - 1).key());
  }
}
