package org.cstokit.analytics.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cstokit.model.source.ExerciseId;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.RecordId;
import org.junit.jupiter.api.Test;

/** The exercise aggregates at their edges: thresholds met exactly, a zero limit, matrix identity. */
class ExerciseEdgesTest {
  private static final Exercise TEMPLATE = CstoData.bundled().exercises().get(0);

  private static Exercise exercise(String id, List<String> participants, Quantity... personnel) {
    return Exercise.builder().from(TEMPLATE).id(ExerciseId.of(id)).participants(participants.stream().map(StateCode::of).toList())
        .personnel(List.of(personnel)).build();
  }

  private static Dataset data(Exercise... exercises) {
    Map<Family<?>, List<?>> records = new TreeMap<>();
    records.put(Family.EXERCISES, List.of(exercises));
    return Dataset.of("edges", records);
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
    List<ViennaCheck> rows = Exercises.viennaCheck(d, 13_000, 9_000);
    assertEquals(List.of(true, false, false, false, false), rows.stream().map(ViennaCheck::flagged).toList());
    // notification is due from the threshold on: 9,000 declared is notifiable, 8,999 estimated is not
    assertEquals(List.of(true, true, true, true, false), rows.stream().map(r -> r.declaredNotifiable() || r.estimateNotifiable()).toList());
    ViennaCheck atNotification = rows.get(3);
    assertEquals(Optional.of(new java.math.BigDecimal("9000")), atNotification.declared());
    assertEquals(true, atNotification.declaredNotifiable());
    assertEquals(false, rows.get(4).estimateNotifiable());
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
  }
}
