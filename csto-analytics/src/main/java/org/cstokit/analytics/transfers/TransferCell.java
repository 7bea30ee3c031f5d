package org.cstokit.analytics.transfers;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.cstokit.analytics.table.Total;

/**
 * One cell of a grouping by two keys ({@link Transfers#pivot}): the records whose first key is
 * {@code row} and whose second is {@code column}, counted and totalled. Immutable.
 *
 * @param row the label of the first key ({@link Transfers#UNKNOWN} where records lack it)
 * @param column the label of the second key (likewise)
 * @param records how many records fall in the cell
 * @param ordered the items they ordered
 * @param delivered the items they delivered
 */
@JsonPropertyOrder({"row", "column", "records", "ordered", "delivered"})
public record TransferCell(String row, String column, int records, Total ordered, Total delivered) {
  /**
   * Checks the components.
   *
   * @param row the row label
   * @param column the column label
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
  public TransferGroup asGroup() {
    return new TransferGroup(column, records, ordered, delivered);
  }
}
