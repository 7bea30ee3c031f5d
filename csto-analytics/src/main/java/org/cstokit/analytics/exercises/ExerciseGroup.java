package org.cstokit.analytics.exercises;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.cstokit.analytics.table.Total;

/**
 * The exercises that share a key (a year, a host, a series, a framework); the key is where the
 * group is looked up ({@link Exercises#perYear} and the others return keyed results), not a
 * component. Columns: {@code exercises, held, planned, cancelled}, then {@code personnel_*} as in
 * {@link Total}, summed over the held exercises only, one figure each (the largest stated).
 * Immutable and thread-safe.
 *
 * @param exercises the number of exercises
 * @param held how many were held
 * @param planned how many were planned when the source was written
 * @param cancelled how many were cancelled
 * @param personnel the personnel of the held exercises
 */
@JsonPropertyOrder({"exercises", "held", "planned", "cancelled", "personnel"})
public record ExerciseGroup(int exercises, int held, int planned, int cancelled, Total personnel) {
  /**
   * Checks the components.
   *
   * @param exercises the exercises
   * @param held the held ones
   * @param planned the planned ones
   * @param cancelled the cancelled ones
   * @param personnel the personnel
   * @throws IllegalArgumentException if a count is negative or the held, planned and cancelled
   *     ones do not add up to the exercises
   */
  public ExerciseGroup {
    Objects.requireNonNull(personnel, "personnel");
    if (held < 0 || planned < 0 || cancelled < 0 || held + planned + cancelled != exercises) {
      throw new IllegalArgumentException("counts: " + held + " held, " + planned + " planned and " + cancelled
          + " cancelled of " + exercises + " exercises");
    }
  }
}
