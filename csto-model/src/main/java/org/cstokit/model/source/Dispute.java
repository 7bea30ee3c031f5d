package org.cstokit.model.source;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.cstokit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * Another value for one field of a fact — a second figure in the same source, another source's
 * figure, a variant spelling, or the misprinted text a correction replaced — kept rather than
 * dropped. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDispute.class)
@JsonDeserialize(as = ImmutableDispute.class)
public abstract class Dispute {
  Dispute() {}

  /**
   * Returns the JSON name of the disputed field ({@code designation}, {@code personnel}…).
   *
   * @return the field
   */
  public abstract String field();

  /**
   * Returns the other value, as text.
   *
   * @return the other value
   */
  public abstract String value();

  /**
   * Returns an explanation in our own words (why the record keeps its value).
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns how the other value ranks against the record's own (which is the preferred one):
   * {@link Rank#ALTERNATIVE} by default.
   *
   * @return the rank
   */
  @Value.Default
  public Rank rank() {
    return Rank.ALTERNATIVE;
  }

  /**
   * Returns where the other value is stated.
   *
   * @return the citation
   */
  public abstract Citation citation();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dispute}; {@code field}, {@code value} and {@code citation} are required. */
  public static final class Builder extends ImmutableDispute.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(field(), "field");
    Checks.notBlank(value(), "value");
  }
}
