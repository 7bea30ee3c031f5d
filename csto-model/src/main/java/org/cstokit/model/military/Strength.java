package org.cstokit.model.military;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.Citation;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * The strength of a force (or of one component) at a date, with its own citations.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStrength.class)
@JsonDeserialize(as = ImmutableStrength.class)
public abstract class Strength {
  Strength() {}

  /**
   * Returns the date the strength applies to.
   *
   * @return the date the strength applies to, or empty when the source does not give it
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the strength.
   *
   * @return the strength
   */
  public abstract Quantity strength();

  /**
   * Returns the component it refers to, when not the whole force.
   *
   * @return the component it refers to, when not the whole force, or empty when the source does not give it
   */
  public abstract Optional<String> component();

  /**
   * Returns where the figure is stated.
   *
   * @return where the figure is stated
   */
  public abstract List<Citation> citations();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Strength}; {@code strength} is required. */
  public static final class Builder extends ImmutableStrength.Builder {
    Builder() {}
  }

}
