package org.cstokit.analytics.exercises;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.ExerciseId;

/**
 * One cell of the participation matrix that holds: a state took part in an exercise. The long
 * ("tidy") form of the matrix. Columns: {@code state, exercise}. Immutable and thread-safe.
 *
 * @param state the participating state
 * @param exercise the exercise
 */
@JsonPropertyOrder({"state", "exercise"})
public record Participation(StateCode state, ExerciseId exercise) {
  /**
   * Checks the components.
   *
   * @param state the state
   * @param exercise the exercise
   */
  public Participation {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(exercise, "exercise");
  }
}
