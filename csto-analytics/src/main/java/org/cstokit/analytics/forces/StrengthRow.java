package org.cstokit.analytics.forces;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.time.PartialDate;

/**
 * One strength figure of a force at a date, qualifier kept ("more than 25,000" stays a lower
 * bound). Columns: {@code force, date} (empty when the source gives none), {@code component}
 * (empty for the whole force), then {@code strength_*} ({@code value, qualifier, basis,
 * unit, lower, lower_open, upper, upper_open}, see {@code CsvTables}). Immutable and
 * thread-safe.
 *
 * @param force the force id
 * @param date the date the figure applies to, if given
 * @param component the component it refers to, if not the whole force
 * @param strength the figure
 */
@JsonPropertyOrder({"force", "date", "component", "strength"})
public record StrengthRow(RecordId force, Optional<PartialDate> date, Optional<String> component, Quantity strength) {
  /**
   * Checks the components.
   *
   * @param force the force
   * @param date the date
   * @param component the component
   * @param strength the figure
   */
  public StrengthRow {
    Objects.requireNonNull(force, "force");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(strength, "strength");
  }
}
