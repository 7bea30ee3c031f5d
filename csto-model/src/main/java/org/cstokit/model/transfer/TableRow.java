package org.cstokit.model.transfer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.cstokit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A row of a printed table: the table number and the 1-based row in printed order.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTableRow.class)
@JsonDeserialize(as = ImmutableTableRow.class)
public abstract class TableRow {
  TableRow() {}

  /**
   * Returns the table number, e.g. III-1.
   *
   * @return the table number, e.g. III-1
   */
  public abstract String table();

  /**
   * Returns the 1-based row.
   *
   * @return the 1-based row
   */
  public abstract int row();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TableRow}; {@code table}, {@code row} are required. */
  public static final class Builder extends ImmutableTableRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(table(), "table");
    Checks.positive(row(), "row");
  }

}
