package org.cstokit.analytics.transfers;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.analytics.table.Total;

/**
 * One group of a transfer total: the records sharing a key (a state, a weapon category, a year, a
 * decade) and the items they ordered and delivered. The group of the records that lack the key
 * has no key. Columns (see {@code CsvTables}): {@code key} (empty for unknown), {@code records},
 * then {@code ordered_*} and {@code delivered_*}. Immutable and thread-safe.
 *
 * @param key the key, or empty for the records that lack it
 * @param records the number of records
 * @param ordered the items ordered (unit {@code items})
 * @param delivered the items delivered (unit {@code items})
 * @param <K> the type of the key
 */
@JsonPropertyOrder({"key", "records", "ordered", "delivered"})
public record TransferGroup<K extends Comparable<? super K>>(Optional<K> key, int records, Total ordered,
    Total delivered) {
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
