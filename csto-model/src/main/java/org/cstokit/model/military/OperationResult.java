package org.cstokit.model.military;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.cstokit.model.quantity.Quantity;
import org.immutables.value.Value;

/**
 * A result an operation reported, such as an amount of drugs seized.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOperationResult.class)
@JsonDeserialize(as = ImmutableOperationResult.class)
public abstract class OperationResult {
  OperationResult() {}

  /**
   * Returns what was counted, in our own words.
   *
   * @return the what was counted, in our own words
   */
  public abstract String label();

  /**
   * Returns the figure.
   *
   * @return the figure
   */
  public abstract Quantity quantity();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OperationResult}; {@code label}, {@code quantity} are required. */
  public static final class Builder extends ImmutableOperationResult.Builder {
    Builder() {}
  }

}
