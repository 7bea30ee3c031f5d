package org.cstokit.model.military;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * The terms of a lease or basing agreement of a facility.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLease.class)
@JsonDeserialize(as = ImmutableLease.class)
public abstract class Lease {
  Lease() {}

  /**
   * Returns the date it was signed.
   *
   * @return the date it was signed, or empty when the source does not give it
   */
  public abstract Optional<PartialDate> signed();

  /**
   * Returns the date it was last extended.
   *
   * @return the date it was last extended, or empty when the source does not give it
   */
  public abstract Optional<PartialDate> extended();

  /**
   * Returns the date it expires.
   *
   * @return the date it expires, or empty when the source does not give it
   */
  public abstract Optional<PartialDate> expires();

  /**
   * Returns its duration in years.
   *
   * @return its duration in years, or empty when the source does not give it
   */
  public abstract Optional<Integer> durationYears();

  /**
   * Returns the renewal terms, in our own words.
   *
   * @return the renewal terms, in our own words, or empty when the source does not give it
   */
  public abstract Optional<String> renewal();

  /**
   * Returns the rent.
   *
   * @return the rent, or empty when the source does not give it
   */
  public abstract Optional<Quantity> rent();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Lease}; no attribute are required. */
  public static final class Builder extends ImmutableLease.Builder {
    Builder() {}
  }

}
