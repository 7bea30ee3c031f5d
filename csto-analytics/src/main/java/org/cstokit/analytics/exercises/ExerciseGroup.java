package org.cstokit.analytics.exercises;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.cstokit.analytics.table.Total;

/**
 * The exercises sharing a key (a year, a host code, a series name, a framework, or
 * {@code unknown}). Columns: {@code key, exercises, held, planned, cancelled}, then
 * {@code personnel_*} as in {@link Total}, summed over the held exercises only, one figure each
 * (the largest stated). Immutable and thread-safe.
 *
 * @param key the key
 * @param exercises the number of exercises
 * @param held how many were held
 * @param planned how many were planned when the source was written
 * @param cancelled how many were cancelled
 * @param personnel the personnel of the held exercises
 */
@JsonPropertyOrder({"key", "exercises", "held", "planned", "cancelled", "personnel"})
public record ExerciseGroup(String key, int exercises, int held, int planned, int cancelled, Total personnel) {
  /**
   * Checks the components.
   *
   * @param key the key
   * @param exercises the exercises
   * @param held the held ones
   * @param planned the planned ones
   * @param cancelled the cancelled ones
   * @param personnel the personnel
   */
  public ExerciseGroup {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(personnel, "personnel");
  }
}
