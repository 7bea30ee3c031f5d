package org.cstokit.analytics.exercises;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.cstokit.model.military.ExerciseStatus;
import org.cstokit.model.military.Framework;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.RecordId;

/**
 * An exercise of the list of the largest by personnel. Columns: {@code exercise, name, year,
 * framework, status, figures} (how many personnel figures the record gives), then
 * {@code personnel_*} (the largest figure, qualifier and basis kept: {@code value, qualifier,
 * basis, unit, lower, lower_open, upper, upper_open}, see {@code CsvTables}).
 * Immutable and thread-safe.
 *
 * @param exercise the exercise id
 * @param name its name
 * @param year the year it began
 * @param framework its framework
 * @param status whether it was held
 * @param figures how many personnel figures the record gives
 * @param personnel the largest figure
 */
@JsonPropertyOrder({"exercise", "name", "year", "framework", "status", "figures", "personnel"})
public record LargestExercise(RecordId exercise, String name, int year, Framework framework, ExerciseStatus status,
    int figures, Quantity personnel) {
  /**
   * Checks the components.
   *
   * @param exercise the exercise
   * @param name the name
   * @param year the year
   * @param framework the framework
   * @param status the status
   * @param figures the number of figures
   * @param personnel the largest figure
   */
  public LargestExercise {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(personnel, "personnel");
  }
}
