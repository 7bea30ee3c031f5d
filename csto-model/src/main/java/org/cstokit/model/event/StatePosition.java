package org.cstokit.model.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.cstokit.model.actor.StateCode;
import org.immutables.value.Value;

/**
 * A state's position on a decision.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatePosition.class)
@JsonDeserialize(as = ImmutableStatePosition.class)
public abstract class StatePosition {
  StatePosition() {}

  /**
   * Returns the state.
   *
   * @return the state
   */
  public abstract StateCode state();

  /**
   * Returns its position.
   *
   * @return the its position
   */
  public abstract Position position();

  /**
   * Returns the conditions the member stated for taking part, where the source gives them.
   *
   * @return the conditions, possibly empty
   */
  public abstract java.util.List<PositionCondition> conditions();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatePosition}; {@code state}, {@code position} are required. */
  public static final class Builder extends ImmutableStatePosition.Builder {
    Builder() {}
  }

  /**
   * A state and its position.
   *
   * @param state the state
   * @param position the position
   * @return the value
   */
  public static StatePosition of(StateCode state, Position position) {
    return builder().state(state).position(position).build();
  }

}
