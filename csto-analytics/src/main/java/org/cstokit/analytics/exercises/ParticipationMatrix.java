package org.cstokit.analytics.exercises;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableTable;
import java.util.Objects;
import java.util.TreeMap;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.ExerciseId;

/**
 * Which state took part in which exercise: rows are states (by code), columns exercises (by id),
 * a cell holds when the exercise lists the state among its participants (observers and hosts
 * that do not take part are not participants). {@link #asTable()} is the matrix as a Guava
 * {@link ImmutableTable} of the cells that hold. A row sum is the number of exercises a state took
 * part in; a column sum the number of participants of an exercise; both add up to the number of
 * cells that hold. Immutable and thread-safe.
 */
public final class ParticipationMatrix {
  private final ImmutableList<StateCode> states;
  private final ImmutableList<ExerciseId> exercises;
  private final ImmutableTable<StateCode, ExerciseId, Participation> table;

  /**
   * Builds a matrix.
   *
   * @param states the rows, in order
   * @param exercises the columns, in order
   * @param cells the cells that hold, each naming a row and a column
   * @throws IllegalArgumentException if a cell names an unknown row or column
   */
  public ParticipationMatrix(ImmutableList<StateCode> states, ImmutableList<ExerciseId> exercises,
      ImmutableList<Participation> cells) {
    this.states = Objects.requireNonNull(states, "states");
    this.exercises = Objects.requireNonNull(exercises, "exercises");
    for (Participation p : cells) {
      if (!states.contains(p.state()) || !exercises.contains(p.exercise())) {
        throw new IllegalArgumentException("cells: " + p + " names a row or column the matrix lacks");
      }
    }
    ImmutableSet<Participation> holding = ImmutableSet.copyOf(cells);
    ImmutableTable.Builder<StateCode, ExerciseId, Participation> t = ImmutableTable.builder();
    for (StateCode s : states) {
      for (ExerciseId e : exercises) {
        Participation p = new Participation(s, e);
        if (holding.contains(p)) {
          t.put(s, e, p);
        }
      }
    }
    this.table = t.build();
  }

  /**
   * Returns the rows.
   *
   * @return the states, by code
   */
  public ImmutableList<StateCode> states() {
    return states;
  }

  /**
   * Returns the columns.
   *
   * @return the exercises, by id
   */
  public ImmutableList<ExerciseId> exercises() {
    return exercises;
  }

  /**
   * Whether a state took part in an exercise.
   *
   * @param state the state
   * @param exercise the exercise
   * @return true if the cell holds
   */
  public boolean participates(StateCode state, ExerciseId exercise) {
    return table.contains(state, exercise);
  }

  /**
   * Returns the matrix as a Guava table of the cells that hold: {@code row(state)} is the
   * exercises a state took part in, {@code column(exercise)} its participants, rows and columns
   * in the matrix's order. A state or an exercise without any cell has no row or column there
   * (see {@link #states()} and {@link #exercises()}).
   *
   * @return the cells that hold, keyed by state and exercise
   */
  public ImmutableTable<StateCode, ExerciseId, Participation> asTable() {
    return table;
  }

  /**
   * Returns the cells that hold, row by row (state by state, then exercise by exercise): the
   * long form of the matrix, for export.
   *
   * @return the cells
   */
  public ImmutableList<Participation> cells() {
    return ImmutableList.copyOf(table.values());
  }

  /**
   * Returns each row's sum, every row included.
   *
   * @return per state, the number of exercises it took part in
   */
  public ImmutableSortedMap<StateCode, Integer> rowSums() {
    TreeMap<StateCode, Integer> sums = new TreeMap<>();
    states.forEach(s -> sums.put(s, table.row(s).size()));
    return ImmutableSortedMap.copyOfSorted(sums);
  }

  /**
   * Returns each column's sum, every column included.
   *
   * @return per exercise, the number of participating states
   */
  public ImmutableSortedMap<ExerciseId, Integer> columnSums() {
    TreeMap<ExerciseId, Integer> sums = new TreeMap<>();
    exercises.forEach(e -> sums.put(e, table.column(e).size()));
    return ImmutableSortedMap.copyOfSorted(sums);
  }

  /**
   * Returns the number of cells that hold.
   *
   * @return the total of the matrix
   */
  public int total() {
    return table.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParticipationMatrix m && states.equals(m.states) && exercises.equals(m.exercises)
        && table.equals(m.table);
  }

  @Override
  public int hashCode() {
    return Objects.hash(states, exercises, table);
  }

  @Override
  public String toString() {
    return "ParticipationMatrix[" + states.size() + " states x " + exercises.size() + " exercises, " + table.size()
        + " cells]";
  }
}
