package org.cstokit.model.law;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * A date that applies to one state, such as the day an instrument entered into force for it.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStateDate.class)
@JsonDeserialize(as = ImmutableStateDate.class)
public abstract class StateDate {
  StateDate() {}

  /**
   * Returns the state.
   *
   * @return the state
   */
  public abstract StateCode state();

  /**
   * Returns the date.
   *
   * @return the date
   */
  public abstract PartialDate date();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StateDate}; {@code state}, {@code date} are required. */
  public static final class Builder extends ImmutableStateDate.Builder {
    Builder() {}
  }

  /**
   * A state and a date.
   *
   * @param state the state
   * @param date the date
   * @return the value
   */
  public static StateDate of(StateCode state, PartialDate date) {
    return builder().state(state).date(date).build();
  }

}
