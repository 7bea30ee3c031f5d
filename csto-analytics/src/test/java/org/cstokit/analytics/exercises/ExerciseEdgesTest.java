package org.cstokit.analytics.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cstokit.model.source.ExerciseId;
import com.google.common.testing.EqualsTester;
import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import org.cstokit.analytics.table.Total;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;
import org.junit.jupiter.api.Test;

/** The exercise aggregates at their edges: thresholds met exactly, a zero limit, matrix identity. */
class ExerciseEdgesTest {
  private static final Exercise TEMPLATE = CstoData.bundled().exercises().get(0);

  private static Exercise exercise(String id, List<String> participants, Quantity... personnel) {
    return Exercise.builder().from(TEMPLATE).id(ExerciseId.of(id)).participants(participants.stream().map(StateCode::of).toList())
        .personnel(List.of(personnel)).build();
  }

  private static Dataset data(Exercise... exercises) {
    return Dataset.builder("edges").add(Family.EXERCISES, exercises).build();
  }

  private static Quantity declared(long n) {
    return Quantity.of(n, Qualifier.EXACT, Basis.DECLARED, "personnel");
  }

  private static Quantity estimated(long n) {
    return Quantity.of(n, Qualifier.ABOUT, Basis.ESTIMATED, "personnel");
  }

  @Test
  void the_vienna_check_flags_a_declared_figure_strictly_under_the_threshold_with_an_estimate_strictly_above() {
    Dataset d = data(
        exercise("ex-a", List.of("RUS"), declared(12_999), estimated(13_001)),
        exercise("ex-b", List.of("RUS"), declared(13_000), estimated(13_001)),
        exercise("ex-c", List.of("RUS"), declared(12_999), estimated(13_000)),
        exercise("ex-d", List.of("RUS"), declared(9_000)),
        exercise("ex-e", List.of("RUS"), estimated(8_999)));
    List<ViennaCheck> rows = Exercises.viennaCheck(d, ViennaThresholds.of(13_000, 9_000));
    assertEquals(List.of(ViennaFlag.UNDERSTATED, ViennaFlag.CLEAR, ViennaFlag.CLEAR, ViennaFlag.CLEAR, ViennaFlag.CLEAR),
        rows.stream().map(ViennaCheck::flag).toList());
    // notification is due from the threshold on: 9,000 declared is notifiable, 8,999 estimated is not
    assertEquals(List.of(true, true, true, true, false), rows.stream()
        .map(r -> r.declaredNotice() == Notice.NOTIFIABLE || r.estimateNotice() == Notice.NOTIFIABLE).toList());
    ViennaCheck atNotification = rows.get(3);
    assertEquals(Optional.of(new java.math.BigDecimal("9000")), atNotification.declared());
    assertEquals(Notice.NOTIFIABLE, atNotification.declaredNotice());
    assertEquals(Notice.NO_FIGURE, atNotification.estimateNotice());
    assertEquals(Notice.UNDER_THRESHOLD, rows.get(4).estimateNotice());
    assertEquals(Notice.NO_FIGURE, rows.get(4).declaredNotice());
    assertEquals(rows, Exercises.viennaCheck(d, ViennaThresholds.VIENNA_DOCUMENT_2011), "the 2011 thresholds");
  }

  @Test
  void a_limit_of_zero_gives_no_rows_and_a_negative_one_is_rejected() {
    Dataset d = data(exercise("ex-a", List.of("RUS"), declared(100)));
    assertEquals(List.of(), Exercises.largestByPersonnel(d, 0));
    assertEquals(1, Exercises.largestByPersonnel(d, 1).size());
    assertEquals("limit: -1 is negative", assertThrows(IllegalArgumentException.class,
        () -> Exercises.largestByPersonnel(d, -1)).getMessage());
  }

  @Test
  void participation_matrices_are_equal_when_their_states_exercises_and_cells_are() {
    Dataset ab = data(exercise("ex-a", List.of("RUS", "KAZ")), exercise("ex-b", List.of("RUS")));
    new EqualsTester()
        .addEqualityGroup(Exercises.participation(ab), Exercises.participation(
            data(exercise("ex-b", List.of("RUS")), exercise("ex-a", List.of("KAZ", "RUS")))))
        .addEqualityGroup(Exercises.participation(data(exercise("ex-a", List.of("RUS", "KAZ")))))
        .addEqualityGroup(Exercises.participation(data(exercise("ex-a", List.of("RUS", "BLR")), exercise("ex-b", List.of("RUS")))))
        .addEqualityGroup(Exercises.participation(data(exercise("ex-a", List.of("RUS", "KAZ")), exercise("ex-c", List.of("RUS")))))
        .addEqualityGroup(Exercises.participation(data(exercise("ex-a", List.of("RUS")), exercise("ex-b", List.of("RUS", "KAZ")))))
        .testEquals();
    ParticipationMatrix m = Exercises.participation(ab);
    assertEquals("ParticipationMatrix[2 states x 2 exercises, 3 cells]", m.toString());
    assertEquals(Map.of(StateCode.of("KAZ"), 1, StateCode.of("RUS"), 2), m.rowSums());
    assertEquals(Map.of(ExerciseId.of("ex-a"), 2, ExerciseId.of("ex-b"), 1), m.columnSums());
    assertEquals(Set.of(ExerciseId.of("ex-a"), ExerciseId.of("ex-b")), m.asTable().row(StateCode.of("RUS")).keySet());
    assertEquals(Set.of(StateCode.of("KAZ"), StateCode.of("RUS")), m.asTable().column(ExerciseId.of("ex-a")).keySet());
    assertEquals(List.of(new Participation(StateCode.of("KAZ"), ExerciseId.of("ex-a")),
        new Participation(StateCode.of("RUS"), ExerciseId.of("ex-a")),
        new Participation(StateCode.of("RUS"), ExerciseId.of("ex-b"))), m.cells(), "row by row");
    assertEquals(true, m.participates(StateCode.of("KAZ"), ExerciseId.of("ex-a")));
    assertEquals(false, m.participates(StateCode.of("KAZ"), ExerciseId.of("ex-b")));
  }

  @Test
  void a_matrix_cell_outside_its_rows_or_columns_is_rejected() {
    ImmutableList<StateCode> rus = ImmutableList.of(StateCode.of("RUS"));
    ImmutableList<ExerciseId> exA = ImmutableList.of(ExerciseId.of("ex-a"));
    assertThrows(IllegalArgumentException.class, () -> new ParticipationMatrix(rus, exA,
        ImmutableList.of(new Participation(StateCode.of("KAZ"), ExerciseId.of("ex-a")))));
    assertThrows(IllegalArgumentException.class, () -> new ParticipationMatrix(rus, exA,
        ImmutableList.of(new Participation(StateCode.of("RUS"), ExerciseId.of("ex-b")))));
    assertEquals(0, new ParticipationMatrix(rus, exA, ImmutableList.of()).total());
  }

  @Test
  void thresholds_are_positive_with_notification_not_above_observation_and_each_can_be_changed_by_name() {
    assertEquals(new ViennaThresholds(13_000, 9_000), ViennaThresholds.VIENNA_DOCUMENT_2011);
    assertEquals(ViennaThresholds.of(16_000, 9_000), ViennaThresholds.VIENNA_DOCUMENT_2011.withObservation(16_000));
    assertEquals(ViennaThresholds.of(13_000, 5_000), ViennaThresholds.VIENNA_DOCUMENT_2011.withNotification(5_000));
    assertEquals(9_000, ViennaThresholds.of(9_000, 9_000).observation(), "the two may be equal");
    assertEquals("observation: 9000 is under notification 13000", assertThrows(IllegalArgumentException.class,
        () -> ViennaThresholds.of(9_000, 13_000)).getMessage(), "the swapped order is refused");
    assertEquals("notification: 0 is not positive", assertThrows(IllegalArgumentException.class,
        () -> ViennaThresholds.of(13_000, 0)).getMessage());
    assertEquals(1, ViennaThresholds.of(1, 1).notification());
  }

  @Test
  void a_check_whose_notice_does_not_match_its_figure_is_rejected() {
    ExerciseId id = ExerciseId.of("ex-a");
    Optional<java.math.BigDecimal> some = Optional.of(java.math.BigDecimal.TEN);
    assertEquals("declaredNotice: NO_FIGURE although the figure is 10", assertThrows(IllegalArgumentException.class,
        () -> new ViennaCheck(id, "a", Year.of(2017), some, some, Notice.NO_FIGURE, Notice.UNDER_THRESHOLD,
            ViennaFlag.CLEAR)).getMessage());
    assertEquals("estimateNotice: NOTIFIABLE although the figure is absent", assertThrows(
        IllegalArgumentException.class, () -> new ViennaCheck(id, "a", Year.of(2017), some, Optional.empty(),
            Notice.UNDER_THRESHOLD, Notice.NOTIFIABLE, ViennaFlag.CLEAR)).getMessage());
  }

  @Test
  void a_group_whose_statuses_do_not_add_up_to_its_exercises_is_rejected() {
    Total none = Exercises.personnel(List.of());
    assertEquals(3, new ExerciseGroup(3, 1, 1, 1, none).exercises());
    assertEquals("counts: 1 held, 1 planned and 0 cancelled of 3 exercises", assertThrows(
        IllegalArgumentException.class, () -> new ExerciseGroup(3, 1, 1, 0, none)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ExerciseGroup(1, 2, -1, 0, none));
    assertThrows(IllegalArgumentException.class, () -> new ExerciseGroup(1, -1, 2, 0, none));
    assertThrows(IllegalArgumentException.class, () -> new ExerciseGroup(1, 0, 2, -1, none));
  }
}
