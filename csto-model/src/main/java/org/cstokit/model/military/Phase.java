package org.cstokit.model.military;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.Period;
import org.immutables.value.Value;

/**
 * A phase of an exercise.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePhase.class)
@JsonDeserialize(as = ImmutablePhase.class)
public abstract class Phase {
  Phase() {}

  /**
   * Returns the name of the phase.
   *
   * @return the name of the phase
   */
  public abstract String name();

  /**
   * Returns when it took place.
   *
   * @return when it took place, or empty when the source does not give it
   */
  public abstract Optional<Period> period();

  /**
   * Returns the host state.
   *
   * @return the host state, or empty when the source does not give it
   */
  public abstract Optional<StateCode> host();

  /**
   * Returns the site.
   *
   * @return the site, or empty when the source does not give it
   */
  public abstract Optional<String> site();

  /**
   * Returns a summary in our own words.
   *
   * @return a summary in our own words, or empty when the source does not give it
   */
  public abstract Optional<String> summary();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Phase}; {@code name} is required. */
  public static final class Builder extends ImmutablePhase.Builder {
    Builder() {}
  }

}
