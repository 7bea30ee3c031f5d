package org.cstokit.analytics.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Framework;
import org.cstokit.model.source.ExerciseId;
import org.junit.jupiter.api.Test;

class ExercisesTest {
  private final Dataset data = CstoData.bundled();

  @Test
  void zapad_2017_is_flagged_declared_12700_under_13000_while_estimated_at_60000() {
    List<ViennaCheck> rows = Exercises.viennaCheck(data, ViennaThresholds.VIENNA_DOCUMENT_2011);
    assertEquals(List.of("ex-2017-zapad", "ex-2022-union-resolve"), rows.stream().map(r -> r.exercise().value()).toList(),
        "Zapad 2017 and Union Resolve 2022 have a declared or estimated figure to compare");
    assertTrue(rows.stream().filter(r -> r.flag() == ViennaFlag.UNDERSTATED).map(r -> r.exercise().value()).toList()
        .equals(List.of("ex-2017-zapad")),
        "Union Resolve has no declared figure, so nothing to flag");
    ViennaCheck zapad = rows.get(0);
    assertEquals(ExerciseId.of("ex-2017-zapad"), zapad.exercise());
    assertEquals(Year.of(2017), zapad.year());
    assertEquals(Optional.of(new BigDecimal("12700")), zapad.declared());
    assertEquals(Optional.of(new BigDecimal("60000")), zapad.estimated());
    assertEquals(ViennaFlag.UNDERSTATED, zapad.flag());
    assertEquals(Notice.NOTIFIABLE, zapad.declaredNotice(), "12,700 is above the notification threshold of 9,000");
  }

  @Test
  void with_a_notification_threshold_above_the_declared_figure_zapad_is_not_notifiable_but_still_flagged() {
    // notification above the declared 12,700 (and, as the thresholds require, observation not below it)
    ViennaCheck zapad = Exercises.viennaCheck(data, ViennaThresholds.of(16_000, 15_000)).stream()
        .filter(r -> r.exercise().value().equals("ex-2017-zapad")).findFirst().orElseThrow();
    assertEquals(Notice.UNDER_THRESHOLD, zapad.declaredNotice());
    assertEquals(ViennaFlag.UNDERSTATED, zapad.flag());
    assertEquals(ViennaFlag.CLEAR, Exercises.viennaCheck(data, ViennaThresholds.VIENNA_DOCUMENT_2011.withObservation(70_000))
        .stream().filter(r -> r.exercise().value().equals("ex-2017-zapad")).findFirst().orElseThrow().flag());
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
    assertEquals(6, m.columnSums().get(ExerciseId.of("ex-2014-interaction")));
    assertEquals(35, m.asTable().row(StateCode.of("RUS")).size());
  }

  @Test
  void the_largest_exercise_by_personnel_is_tsentr_2015_then_zapad_2017_by_its_estimate() {
    List<LargestExercise> top = Exercises.largestByPersonnel(data, 2);
    assertEquals("ex-2015-tsentr", top.get(0).exercise().value());
    assertEquals("ex-2017-zapad", top.get(1).exercise().value());
    assertEquals(Optional.of(new BigDecimal("70000")), top.get(1).personnel().upper());
    assertEquals(Year.of(2017), top.get(1).year());
  }

  @Test
  void ten_exercises_are_dated_2017_of_which_one_was_still_planned() {
    ExerciseGroup y2017 = Exercises.perYear(data).get(Year.of(2017));
    assertEquals(10, y2017.exercises());
    assertEquals(1, y2017.planned());
    assertEquals(List.of(Framework.CSTO, Framework.CIS, Framework.BILATERAL, Framework.NATIONAL, Framework.PARTNER),
        List.copyOf(Exercises.perFramework(data).keySet()));
    assertTrue(Exercises.perHost(data).unknown().isPresent(), "some exercises have no recorded host");
    assertEquals(Exercises.perHost(data).unknown().get(), Exercises.perHost(data).all()
        .get(Exercises.perHost(data).size() - 1), "the unknown group comes last");
    assertTrue(Exercises.perHost(data).get(StateCode.of("RUS")).isPresent());
  }
}
