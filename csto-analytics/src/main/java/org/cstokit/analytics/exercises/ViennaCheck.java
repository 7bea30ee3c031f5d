package org.cstokit.analytics.exercises;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.analytics.table.Figures;
import org.cstokit.model.source.RecordId;

/**
 * The Vienna Document check of one exercise that gives a declared or an estimated personnel
 * figure. Columns: {@code exercise, name, year, declared, estimated} (the largest figure of each
 * basis, empty when none), {@code declared_notifiable} (declared at or above the notification
 * threshold), {@code estimate_notifiable} (estimated at or above it), {@code flagged} (declared
 * below the observation threshold while an estimate exceeds it). Immutable and thread-safe.
 *
 * @param exercise the exercise id
 * @param name its name
 * @param year the year it began
 * @param declared the largest DECLARED personnel figure, if any
 * @param estimated the largest ESTIMATED personnel figure, if any
 * @param declaredNotifiable whether the declared figure reaches the notification threshold
 * @param estimateNotifiable whether the estimate reaches the notification threshold
 * @param flagged whether the declared figure stays under the observation threshold while the
 *     estimate exceeds it
 */
@JsonPropertyOrder({"exercise", "name", "year", "declared", "estimated", "declaredNotifiable", "estimateNotifiable",
    "flagged"})
public record ViennaCheck(RecordId exercise, String name, int year, Optional<BigDecimal> declared,
    Optional<BigDecimal> estimated, boolean declaredNotifiable, boolean estimateNotifiable, boolean flagged) {
  /**
   * Checks and normalises the components.
   *
   * @param exercise the exercise
   * @param name the name
   * @param year the year
   * @param declared the declared figure
   * @param estimated the estimated figure
   * @param declaredNotifiable whether the declared figure is notifiable
   * @param estimateNotifiable whether the estimate is notifiable
   * @param flagged whether flagged
   */
  public ViennaCheck {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(name, "name");
    declared = Objects.requireNonNull(declared, "declared").map(Figures::normal);
    estimated = Objects.requireNonNull(estimated, "estimated").map(Figures::normal);
  }
}
