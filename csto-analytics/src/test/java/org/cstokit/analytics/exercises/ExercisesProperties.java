package org.cstokit.analytics.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cstokit.analytics.table.Groups;
import org.cstokit.analytics.testing.RandomData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.military.ExerciseStatus;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.RecordId;
import org.junit.jupiter.api.Test;

/** Laws of the exercise aggregates over random data sets. */
class ExercisesProperties {
  @Test
  void the_participation_matrix_sums_match_the_exercise_list() {
    qt().withExamples(200).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      ParticipationMatrix m = Exercises.participation(data);
      assertEquals(data.exercises().stream().map(Exercise::id).toList(), m.exercises());
      for (Exercise e : data.exercises()) {
        assertEquals(e.participants().size(), m.columnSums().get(e.id()));
      }
      for (StateCode s : m.states()) {
        assertEquals(data.exercises().stream().filter(e -> e.participants().contains(s)).count(),
            (long) m.rowSums().get(s));
      }
      int cells = data.exercises().stream().mapToInt(e -> e.participants().size()).sum();
      assertEquals(cells, m.total());
      assertEquals(cells, m.rowSums().values().stream().mapToInt(Integer::intValue).sum());
      assertEquals(cells, m.columnSums().values().stream().mapToInt(Integer::intValue).sum());
      assertEquals(cells, m.cells().size());
      for (Exercise e : data.exercises()) {
        for (StateCode s : m.states()) {
          assertEquals(e.participants().contains(s), m.participates(s, e.id()));
        }
      }
    });
  }

  @Test
  void exercises_per_framework_and_per_host_agree_with_a_brute_force_count() {
    qt().withExamples(150).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      Exercises.perFramework(data).forEach((framework, g) ->
          check(data.exercises().stream().filter(e -> e.framework() == framework).toList(), g));
      assertEquals(data.exercises().stream().map(Exercise::framework).distinct().sorted().toList(),
          List.copyOf(Exercises.perFramework(data).keySet()));
      assertEquals(data.exercises().size(),
          Exercises.perFramework(data).values().stream().mapToInt(ExerciseGroup::exercises).sum());
      Groups<StateCode, ExerciseGroup> perHost = Exercises.perHost(data);
      perHost.known().forEach((host, g) ->
          check(data.exercises().stream().filter(e -> e.hosts().contains(host)).toList(), g));
      List<Exercise> hostless = data.exercises().stream().filter(e -> e.hosts().isEmpty()).toList();
      assertEquals(!hostless.isEmpty(), perHost.unknown().isPresent());
      perHost.unknown().ifPresent(g -> check(hostless, g));
      Exercises.perYear(data).forEach((year, g) ->
          check(data.exercises().stream().filter(e -> e.period().start().year() == year.getValue()).toList(), g));
      assertEquals(data.exercises().size(),
          Exercises.perYear(data).values().stream().mapToInt(ExerciseGroup::exercises).sum());
      Groups<String, ExerciseGroup> perSeries = Exercises.perSeries(data);
      perSeries.known().forEach((series, g) ->
          check(data.exercises().stream().filter(e -> e.series().equals(Optional.of(series))).toList(), g));
      List<Exercise> unnamed = data.exercises().stream().filter(e -> e.series().isEmpty()).toList();
      assertEquals(!unnamed.isEmpty(), perSeries.unknown().isPresent());
      perSeries.unknown().ifPresent(g -> check(unnamed, g));
    });
  }

  private static void check(List<Exercise> in, ExerciseGroup g) {
    assertEquals(in.size(), g.exercises(), g.toString());
    assertEquals(in.stream().filter(e -> e.status() == ExerciseStatus.HELD).count(), g.held());
    assertEquals(in.stream().filter(e -> e.status() == ExerciseStatus.PLANNED).count(), g.planned());
    assertEquals(in.stream().filter(e -> e.status() == ExerciseStatus.CANCELLED).count(), g.cancelled());
    List<Exercise> held = in.stream().filter(e -> e.status() == ExerciseStatus.HELD).toList();
    assertEquals(held.stream().filter(e -> e.personnel().isEmpty()).count(), g.personnel().unknown());
    BigDecimal best = held.stream().map(e -> e.personnel().stream().map(Quantity::value).max(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, best.compareTo(g.personnel().best()));
  }

  private static Optional<BigDecimal> max(Exercise e, Basis b) {
    return e.personnel().stream().filter(q -> q.basis() == b).map(Quantity::value).max(BigDecimal::compareTo);
  }

  @Test
  void the_vienna_check_flags_exactly_the_declared_figures_under_the_threshold_with_an_estimate_above() {
    qt().withExamples(200).forAll(RandomData.records(), org.quicktheories.generators.SourceDSL.integers()
        .between(2, 100_000)).checkAssert((r, threshold) -> {
          Dataset data = r.dataset();
          List<ViennaCheck> rows = Exercises.viennaCheck(data, ViennaThresholds.of(threshold, threshold / 2));
          List<? extends RecordId> expected = data.exercises().stream()
              .filter(e -> max(e, Basis.DECLARED).isPresent() || max(e, Basis.ESTIMATED).isPresent())
              .map(Exercise::id).toList();
          assertEquals(expected, rows.stream().map(ViennaCheck::exercise).toList());
          BigDecimal t = BigDecimal.valueOf(threshold);
          for (ViennaCheck row : rows) {
            Exercise e = data.exercises().stream().filter(x -> x.id().equals(row.exercise())).findFirst().orElseThrow();
            boolean flag = max(e, Basis.DECLARED).map(d -> d.compareTo(t) < 0).orElse(false)
                && max(e, Basis.ESTIMATED).map(d -> d.compareTo(t) > 0).orElse(false);
            assertEquals(flag ? ViennaFlag.UNDERSTATED : ViennaFlag.CLEAR, row.flag(), row.toString());
            BigDecimal half = BigDecimal.valueOf(threshold / 2);
            assertEquals(max(e, Basis.DECLARED).map(d -> d.compareTo(half) >= 0 ? Notice.NOTIFIABLE
                : Notice.UNDER_THRESHOLD).orElse(Notice.NO_FIGURE), row.declaredNotice(), row.toString());
            assertEquals(max(e, Basis.ESTIMATED).map(d -> d.compareTo(half) >= 0 ? Notice.NOTIFIABLE
                : Notice.UNDER_THRESHOLD).orElse(Notice.NO_FIGURE), row.estimateNotice(), row.toString());
          }
        });
  }

  @Test
  void the_largest_exercises_come_in_descending_order_of_their_largest_figure() {
    qt().withExamples(150).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      List<LargestExercise> rows = Exercises.largestByPersonnel(data, 100);
      assertEquals(data.exercises().stream().filter(e -> !e.personnel().isEmpty()).count(), rows.size());
      for (int i = 1; i < rows.size(); i++) {
        assertTrue(rows.get(i - 1).personnel().value().compareTo(rows.get(i).personnel().value()) >= 0);
      }
    });
  }
}
