package org.cstokit.analytics.transfers;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.analytics.table.Total;

/**
 * One row of the table by delivery year. Columns (see {@code CsvTables}): {@code year} (empty for
 * the records without a delivery year), {@code records} (records delivering in that year),
 * {@code multi_year} (of those, records whose deliveries span several years), then
 * {@code delivered_*}. Immutable and thread-safe.
 *
 * @param year the delivery year, or empty for the records without one
 * @param records the records delivering in that year
 * @param multiYear how many of them span several years
 * @param delivered the items delivered in that year (unit {@code items})
 */
@JsonPropertyOrder({"year", "records", "multiYear", "delivered"})
public record DeliveryYear(Optional<Year> year, int records, int multiYear, Total delivered) {
  /**
   * Checks the components.
   *
   * @param year the year
   * @param records the records
   * @param multiYear the multi-year records
   * @param delivered the items delivered
   */
  public DeliveryYear {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(delivered, "delivered");
  }
}
