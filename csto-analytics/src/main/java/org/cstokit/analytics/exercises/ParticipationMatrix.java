package org.cstokit.analytics.exercises;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.RecordId;

/**
 * Which state took part in which exercise: rows are states (by code), columns exercises (by id),
 * a cell holds when the exercise lists the state among its participants (observers and hosts
 * that do not take part are not participants). A row sum is the number of exercises a state took
 * part in; a column sum the number of participants of an exercise; both add up to the number of
 * cells that hold. Immutable and thread-safe.
 */
public final class ParticipationMatrix {
  private final ImmutableList<StateCode> states;
  private final ImmutableList<RecordId> exercises;
  private final ImmutableSet<Participation> cells;

  /**
   * Builds a matrix.
   *
   * @param states the rows, in order
   * @param exercises the columns, in order
   * @param cells the cells that hold, each naming a row and a column
   * @throws IllegalArgumentException if a cell names an unknown row or column
   */
  public ParticipationMatrix(ImmutableList<StateCode> states, ImmutableList<RecordId> exercises,
      ImmutableList<Participation> cells) {
    this.states = Objects.requireNonNull(states, "states");
    this.exercises = Objects.requireNonNull(exercises, "exercises");
    this.cells = ImmutableSet.copyOf(cells);
    for (Participation p : cells) {
      if (!states.contains(p.state()) || !exercises.contains(p.exercise())) {
        throw new IllegalArgumentException("cells: " + p + " names a row or column the matrix lacks");
      }
    }
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
   * @return the exercise ids
   */
  public ImmutableList<RecordId> exercises() {
    return exercises;
  }

  /**
   * Whether a state took part in an exercise.
   *
   * @param state the state
   * @param exercise the exercise
   * @return true if the cell holds
   */
  public boolean participates(StateCode state, RecordId exercise) {
    return cells.contains(new Participation(state, exercise));
  }

  /**
   * Returns the cells that hold, row by row (state by state, then exercise by exercise): the
   * long form of the matrix, for export.
   *
   * @return the cells
   */
  public ImmutableList<Participation> cells() {
    ImmutableList.Builder<Participation> out = ImmutableList.builder();
    for (StateCode s : states) {
      for (RecordId e : exercises) {
        if (participates(s, e)) {
          out.add(new Participation(s, e));
        }
      }
    }
    return out.build();
  }

  /**
   * Returns each row's sum.
   *
   * @return per state, the number of exercises it took part in
   */
  public ImmutableMap<StateCode, Integer> rowSums() {
    Map<StateCode, Integer> sums = new LinkedHashMap<>();
    states.forEach(s -> sums.put(s, 0));
    cells.forEach(c -> sums.merge(c.state(), 1, Integer::sum));
    return ImmutableMap.copyOf(sums);
  }

  /**
   * Returns each column's sum.
   *
   * @return per exercise, the number of participating states
   */
  public ImmutableMap<RecordId, Integer> columnSums() {
    Map<RecordId, Integer> sums = new LinkedHashMap<>();
    exercises.forEach(e -> sums.put(e, 0));
    cells.forEach(c -> sums.merge(c.exercise(), 1, Integer::sum));
    return ImmutableMap.copyOf(sums);
  }

  /**
   * Returns the number of cells that hold.
   *
   * @return the total of the matrix
   */
  public int total() {
    return cells.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParticipationMatrix && states.equals(((ParticipationMatrix) o).states)
        && exercises.equals(((ParticipationMatrix) o).exercises) && cells.equals(((ParticipationMatrix) o).cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(states, exercises, cells);
  }

  @Override
  public String toString() {
    return "ParticipationMatrix[" + states.size() + " states x " + exercises.size() + " exercises, " + cells.size()
        + " cells]";
  }
}
