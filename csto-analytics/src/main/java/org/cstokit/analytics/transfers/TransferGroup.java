package org.cstokit.analytics.transfers;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.cstokit.analytics.table.Total;

/**
 * One row of a transfer total: the records sharing a key (a state code, a weapon category, a
 * year, a decade such as {@code 1990s}, or {@code unknown}) and the items they ordered and
 * delivered. Columns: {@code key, records}, then {@code ordered_*} and {@code delivered_*} as in
 * {@link Total}. Immutable and thread-safe.
 *
 * @param key the key
 * @param records the number of records
 * @param ordered the items ordered (unit {@code items})
 * @param delivered the items delivered (unit {@code items})
 */
@JsonPropertyOrder({"key", "records", "ordered", "delivered"})
public record TransferGroup(String key, int records, Total ordered, Total delivered) {
  /**
   * Checks the components.
   *
   * @param key the key
   * @param records the number of records
   * @param ordered items ordered
   * @param delivered items delivered
   */
  public TransferGroup {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(ordered, "ordered");
    Objects.requireNonNull(delivered, "delivered");
  }
}
