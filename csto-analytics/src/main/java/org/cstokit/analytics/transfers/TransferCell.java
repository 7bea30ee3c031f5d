package org.cstokit.analytics.transfers;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.analytics.table.Total;

/**
 * One cell of a grouping by two keys ({@link TransferQuery#pivot}): the records whose first key
 * is {@code row} and whose second is {@code column}, counted and totalled. Immutable and
 * thread-safe.
 *
 * @param row the value of the first key, or empty where the records lack it
 * @param column the value of the second key, or empty likewise
 * @param records how many records fall in the cell
 * @param ordered the items they ordered
 * @param delivered the items they delivered
 * @param <R> the type of the first key
 * @param <C> the type of the second key
 */
@JsonPropertyOrder({"row", "column", "records", "ordered", "delivered"})
public record TransferCell<R extends Comparable<? super R>, C extends Comparable<? super C>>(Optional<R> row,
    Optional<C> column, int records, Total ordered, Total delivered) {
  /**
   * Checks the components.
   *
   * @param row the row key
   * @param column the column key
   * @param records the count
   * @param ordered the items ordered
   * @param delivered the items delivered
   */
  public TransferCell {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(ordered, "ordered");
    Objects.requireNonNull(delivered, "delivered");
  }

  /**
   * The cell as a one-key group, keyed by its column: a row of the pivot reads as a table by
   * the second key.
   *
   * @return the group
   */
  public TransferGroup<C> asGroup() {
    return new TransferGroup<>(column, records, ordered, delivered);
  }
}
