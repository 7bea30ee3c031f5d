package org.cstokit.analytics.exercises;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.analytics.table.Figures;
import org.cstokit.model.source.ExerciseId;

/**
 * The Vienna Document check of one exercise that gives a declared or an estimated personnel
 * figure, against the {@link ViennaThresholds} it was run with. Columns: {@code exercise, name,
 * year, declared, estimated} (the largest figure of each basis, empty when none),
 * {@code declared_notice} and {@code estimate_notice} (each figure against the notification
 * threshold), {@code flag} ({@link ViennaFlag#UNDERSTATED} when the declared figure is under the
 * observation threshold while an estimate exceeds it). Immutable and thread-safe.
 *
 * @param exercise the exercise
 * @param name its name
 * @param year the year it began
 * @param declared the largest DECLARED personnel figure, if any
 * @param estimated the largest ESTIMATED personnel figure, if any
 * @param declaredNotice the declared figure against the notification threshold;
 *     {@link Notice#NO_FIGURE} exactly when {@code declared} is empty
 * @param estimateNotice the estimate against the notification threshold;
 *     {@link Notice#NO_FIGURE} exactly when {@code estimated} is empty
 * @param flag whether the declared figure looks understated
 */
@JsonPropertyOrder({"exercise", "name", "year", "declared", "estimated", "declaredNotice", "estimateNotice", "flag"})
public record ViennaCheck(ExerciseId exercise, String name, Year year, Optional<BigDecimal> declared,
    Optional<BigDecimal> estimated, Notice declaredNotice, Notice estimateNotice, ViennaFlag flag) {
  /**
   * Checks and normalises the components.
   *
   * @param exercise the exercise
   * @param name the name
   * @param year the year
   * @param declared the declared figure
   * @param estimated the estimated figure
   * @param declaredNotice the declared figure's notice
   * @param estimateNotice the estimate's notice
   * @param flag the flag
   * @throws IllegalArgumentException if a notice says {@code NO_FIGURE} for a figure that is
   *     given, or the opposite
   */
  public ViennaCheck {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(year, "year");
    declared = Objects.requireNonNull(declared, "declared").map(Figures::normal);
    estimated = Objects.requireNonNull(estimated, "estimated").map(Figures::normal);
    check("declaredNotice", declaredNotice, declared);
    check("estimateNotice", estimateNotice, estimated);
    Objects.requireNonNull(flag, "flag");
  }

  private static void check(String field, Notice notice, Optional<BigDecimal> figure) {
    Objects.requireNonNull(notice, field);
    if ((notice == Notice.NO_FIGURE) == figure.isPresent()) {
      throw new IllegalArgumentException(field + ": " + notice + " although the figure is "
          + figure.map(BigDecimal::toPlainString).orElse("absent"));
    }
  }
}
