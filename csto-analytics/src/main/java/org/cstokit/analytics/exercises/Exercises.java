package org.cstokit.analytics.exercises;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.cstokit.analytics.table.Figures;
import org.cstokit.analytics.table.Total;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.military.ExerciseStatus;
import org.cstokit.model.military.Framework;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Quantity;

/**
 * Aggregates of exercises, each a pure function of a {@link Dataset} returning an immutable table
 * in a fixed order: keys ascending and {@code unknown} last. An exercise's year is the year its
 * period starts. Personnel sums take, per held exercise, the largest stated figure (see
 * {@link Figures}) relabelled {@code personnel}.
 */
public final class Exercises {
  /** The key of exercises that lack the grouping field. */
  public static final String UNKNOWN = "unknown";
  /** The unit of personnel totals. */
  public static final String PERSONNEL = "personnel";
  /** The Vienna Document 2011 threshold for observation: 13,000 troops. */
  public static final int OBSERVATION_THRESHOLD = 13_000;
  /** The Vienna Document 2011 threshold for prior notification: 9,000 troops. */
  public static final int NOTIFICATION_THRESHOLD = 9_000;

  private Exercises() {}

  /**
   * Exercises per year.
   *
   * @param data the data set
   * @return one row per year
   */
  public static ImmutableList<ExerciseGroup> perYear(Dataset data) {
    return group(data, e -> List.of(e.period().start().year()), Comparator.<Integer>naturalOrder(),
        String::valueOf);
  }

  /**
   * Exercises per host; an exercise with several hosts counts under each, one without a host under
   * {@code unknown}.
   *
   * @param data the data set
   * @return one row per host code, then {@code unknown}
   */
  public static ImmutableList<ExerciseGroup> perHost(Dataset data) {
    return group(data, e -> List.copyOf(e.hosts()), Comparator.<StateCode>naturalOrder(), StateCode::value);
  }

  /**
   * Exercises per series; one without a series under {@code unknown}.
   *
   * @param data the data set
   * @return one row per series name, then {@code unknown}
   */
  public static ImmutableList<ExerciseGroup> perSeries(Dataset data) {
    return group(data, e -> e.series().map(List::of).orElse(List.of()), Comparator.<String>naturalOrder(), s -> s);
  }

  /**
   * Exercises per framework.
   *
   * @param data the data set
   * @return one row per framework that occurs, in the enum's order
   */
  public static ImmutableList<ExerciseGroup> perFramework(Dataset data) {
    return group(data, e -> List.of(e.framework()), Comparator.<Framework>naturalOrder(), Framework::name);
  }

  private static <K> ImmutableList<ExerciseGroup> group(Dataset data, Function<Exercise, List<K>> keys,
      Comparator<K> order, Function<K, String> label) {
    TreeMap<K, List<Exercise>> groups = new TreeMap<>(order);
    List<Exercise> unknown = new ArrayList<>();
    for (Exercise e : data.exercises()) {
      List<K> ks = keys.apply(e);
      if (ks.isEmpty()) {
        unknown.add(e);
      }
      ks.forEach(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
    }
    ImmutableList.Builder<ExerciseGroup> rows = ImmutableList.builder();
    groups.forEach((k, es) -> rows.add(row(label.apply(k), es)));
    if (!unknown.isEmpty()) {
      rows.add(row(UNKNOWN, unknown));
    }
    return rows.build();
  }

  private static ExerciseGroup row(String key, List<Exercise> es) {
    return new ExerciseGroup(key, es.size(), count(es, ExerciseStatus.HELD), count(es, ExerciseStatus.PLANNED),
        count(es, ExerciseStatus.CANCELLED), personnel(es));
  }

  private static int count(List<Exercise> es, ExerciseStatus status) {
    return (int) es.stream().filter(e -> e.status() == status).count();
  }

  /**
   * The personnel of the held exercises among some: one figure each (the largest stated), as
   * {@code personnel}; a held exercise without a figure is an unknown input.
   *
   * @param exercises the exercises
   * @return the total
   */
  public static Total personnel(List<Exercise> exercises) {
    return Total.sum(PERSONNEL, exercises.stream().filter(e -> e.status() == ExerciseStatus.HELD)
        .map(e -> Figures.largest(e.personnel()))::iterator);
  }

  /**
   * The participation matrix of every exercise: rows are the states that take part in any, by
   * code; columns every exercise, by id.
   *
   * @param data the data set
   * @return the matrix
   */
  public static ParticipationMatrix participation(Dataset data) {
    TreeSet<StateCode> states = new TreeSet<>();
    ImmutableList.Builder<Participation> cells = ImmutableList.builder();
    for (Exercise e : data.exercises()) {
      states.addAll(e.participants());
      e.participants().forEach(s -> cells.add(new Participation(s, e.id())));
    }
    return new ParticipationMatrix(ImmutableList.copyOf(states),
        data.exercises().stream().map(Exercise::id).collect(ImmutableList.toImmutableList()), cells.build());
  }

  /**
   * The largest exercises by personnel: those with a personnel figure, by their largest figure's
   * value descending, ties by id.
   *
   * @param data the data set
   * @param limit the most rows to return, not negative
   * @return at most {@code limit} rows
   * @throws IllegalArgumentException if the limit is negative
   */
  public static ImmutableList<LargestExercise> largestByPersonnel(Dataset data, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit: " + limit + " is negative");
    }
    return data.exercises().stream().filter(e -> !e.personnel().isEmpty())
        .sorted(Comparator.comparing((Exercise e) -> Figures.largest(e.personnel()).get().value()).reversed()
            .thenComparing(Exercise::id))
        .limit(limit)
        .map(e -> new LargestExercise(e.id(), e.name(), e.period().start().year(), e.framework(), e.status(),
            e.personnel().size(), Figures.largest(e.personnel()).get()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The Vienna Document check with the 2011 thresholds (observation 13,000, notification 9,000).
   *
   * @param data the data set
   * @return one row per exercise with a declared or an estimated figure, by id
   */
  public static ImmutableList<ViennaCheck> viennaCheck(Dataset data) {
    return viennaCheck(data, OBSERVATION_THRESHOLD, NOTIFICATION_THRESHOLD);
  }

  /**
   * The Vienna Document check: for every exercise that gives a DECLARED or an ESTIMATED personnel
   * figure, the largest of each basis, whether each reaches the notification threshold, and a
   * flag when the declared figure stays below the observation threshold while the estimate
   * exceeds it. Figures of other bases (reported, planned) are not used.
   *
   * @param data the data set
   * @param observation the observation threshold
   * @param notification the notification threshold
   * @return one row per such exercise, by id
   */
  public static ImmutableList<ViennaCheck> viennaCheck(Dataset data, int observation, int notification) {
    BigDecimal obs = BigDecimal.valueOf(observation);
    BigDecimal note = BigDecimal.valueOf(notification);
    ImmutableList.Builder<ViennaCheck> rows = ImmutableList.builder();
    for (Exercise e : data.exercises()) {
      Optional<BigDecimal> declared = largestOf(e, Basis.DECLARED);
      Optional<BigDecimal> estimated = largestOf(e, Basis.ESTIMATED);
      if (declared.isEmpty() && estimated.isEmpty()) {
        continue;
      }
      boolean flagged = declared.isPresent() && estimated.isPresent() && declared.get().compareTo(obs) < 0
          && estimated.get().compareTo(obs) > 0;
      rows.add(new ViennaCheck(e.id(), e.name(), e.period().start().year(), declared, estimated,
          declared.map(d -> d.compareTo(note) >= 0).orElse(false),
          estimated.map(d -> d.compareTo(note) >= 0).orElse(false), flagged));
    }
    return rows.build();
  }

  private static Optional<BigDecimal> largestOf(Exercise e, Basis basis) {
    return e.personnel().stream().filter(q -> q.basis() == basis).map(Quantity::value).max(Comparator.naturalOrder());
  }
}
