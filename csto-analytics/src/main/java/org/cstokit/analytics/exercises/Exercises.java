package org.cstokit.analytics.exercises;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.cstokit.analytics.table.Figures;
import org.cstokit.analytics.table.Groups;
import org.cstokit.analytics.table.Total;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.military.ExerciseStatus;
import org.cstokit.model.military.Framework;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.ExerciseId;

/**
 * Aggregates of exercises, each a pure function of a {@link Dataset} returning an immutable,
 * keyed result: a sorted map where every exercise has the key, a {@link Groups} with a group of
 * the exercises that lack it where some do. An exercise's year is the year its period starts.
 * Personnel sums take, per held exercise, the largest stated figure (see {@link Figures})
 * relabelled {@code personnel}.
 */
public final class Exercises {
  /** The unit of personnel totals. */
  public static final String PERSONNEL = "personnel";

  private Exercises() {}

  /**
   * Exercises per year (every exercise has one: the year its period starts).
   *
   * @param data the data set
   * @return the group of each year with an exercise, by year
   */
  public static ImmutableSortedMap<Year, ExerciseGroup> perYear(Dataset data) {
    return group(data, e -> List.of(Year.of(e.period().start().year()))).known();
  }

  /**
   * Exercises per host; an exercise with several hosts counts under each, one without a recorded
   * host in the unknown group.
   *
   * @param data the data set
   * @return the group of each host, by code, and of the exercises without a host
   */
  public static Groups<StateCode, ExerciseGroup> perHost(Dataset data) {
    return group(data, e -> List.copyOf(e.hosts()));
  }

  /**
   * Exercises per series (the name of a recurring exercise, such as {@code Rubezh}); one that
   * belongs to no series in the unknown group.
   *
   * @param data the data set
   * @return the group of each series, by name, and of the exercises without a series
   */
  public static Groups<String, ExerciseGroup> perSeries(Dataset data) {
    return group(data, e -> e.series().map(List::of).orElse(List.of()));
  }

  /**
   * Exercises per framework (every exercise has one).
   *
   * @param data the data set
   * @return the group of each framework that occurs, in the enum's order
   */
  public static ImmutableSortedMap<Framework, ExerciseGroup> perFramework(Dataset data) {
    return group(data, e -> List.of(e.framework())).known();
  }

  private static <K extends Comparable<? super K>> Groups<K, ExerciseGroup> group(Dataset data,
      Function<Exercise, List<K>> keys) {
    TreeMap<K, List<Exercise>> groups = new TreeMap<>();
    List<Exercise> unknown = new ArrayList<>();
    for (Exercise e : data.exercises()) {
      List<K> ks = keys.apply(e);
      if (ks.isEmpty()) {
        unknown.add(e);
      }
      ks.forEach(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
    }
    Map<K, ExerciseGroup> known = new TreeMap<>();
    groups.forEach((k, es) -> known.put(k, group(es)));
    return Groups.of(known, unknown.isEmpty() ? Optional.empty() : Optional.of(group(unknown)));
  }

  private static ExerciseGroup group(List<Exercise> es) {
    return new ExerciseGroup(es.size(), count(es, ExerciseStatus.HELD), count(es, ExerciseStatus.PLANNED),
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
    TreeSet<ExerciseId> exercises = new TreeSet<>();
    ImmutableList.Builder<Participation> cells = ImmutableList.builder();
    for (Exercise e : data.exercises()) {
      states.addAll(e.participants());
      exercises.add(e.id());
      e.participants().forEach(s -> cells.add(new Participation(s, e.id())));
    }
    return new ParticipationMatrix(ImmutableList.copyOf(states), ImmutableList.copyOf(exercises), cells.build());
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
        .map(e -> new LargestExercise(e.id(), e.name(), Year.of(e.period().start().year()), e.framework(),
            e.status(), e.personnel().size(), Figures.largest(e.personnel()).get()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The Vienna Document check: for every exercise that gives a DECLARED or an ESTIMATED personnel
   * figure, the largest of each basis, each against the notification threshold (notifiable from
   * the threshold on), and {@link ViennaFlag#UNDERSTATED} when the declared figure stays strictly
   * under the observation threshold while the estimate exceeds it strictly. Figures of other
   * bases (reported, planned) are not used. The Vienna Document 2011's thresholds are
   * {@link ViennaThresholds#VIENNA_DOCUMENT_2011}.
   *
   * @param data the data set
   * @param thresholds the observation and notification thresholds
   * @return one row per such exercise, by id
   */
  public static ImmutableList<ViennaCheck> viennaCheck(Dataset data, ViennaThresholds thresholds) {
    BigDecimal obs = BigDecimal.valueOf(thresholds.observation());
    BigDecimal note = BigDecimal.valueOf(thresholds.notification());
    ImmutableList.Builder<ViennaCheck> rows = ImmutableList.builder();
    for (Exercise e : data.exercises()) {
      Optional<BigDecimal> declared = largestOf(e, Basis.DECLARED);
      Optional<BigDecimal> estimated = largestOf(e, Basis.ESTIMATED);
      if (declared.isEmpty() && estimated.isEmpty()) {
        continue;
      }
      boolean understated = declared.isPresent() && estimated.isPresent() && declared.get().compareTo(obs) < 0
          && estimated.get().compareTo(obs) > 0;
      rows.add(new ViennaCheck(e.id(), e.name(), Year.of(e.period().start().year()), declared, estimated,
          notice(declared, note), notice(estimated, note), understated ? ViennaFlag.UNDERSTATED : ViennaFlag.CLEAR));
    }
    return rows.build();
  }

  private static Notice notice(Optional<BigDecimal> figure, BigDecimal threshold) {
    return figure.map(f -> f.compareTo(threshold) >= 0 ? Notice.NOTIFIABLE : Notice.UNDER_THRESHOLD)
        .orElse(Notice.NO_FIGURE);
  }

  private static Optional<BigDecimal> largestOf(Exercise e, Basis basis) {
    return e.personnel().stream().filter(q -> q.basis() == basis).map(Quantity::value).max(Comparator.naturalOrder());
  }
}
