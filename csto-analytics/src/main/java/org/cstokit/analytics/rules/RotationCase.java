package org.cstokit.analytics.rules;

import java.time.LocalDate;
import org.cstokit.data.WellKnown;
import org.cstokit.model.source.RotationRuleId;
import org.immutables.value.Value;

/**
 * A question to a rotation rule, for {@link RotationSchedule#evaluate}: which state is expected to
 * hold the office on a day. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class RotationCase {
  RotationCase() {}

  /**
   * Returns the rotation rule.
   *
   * @return the rule; {@link WellKnown#SECRETARY_GENERAL_ROTATION} by default
   */
  @Value.Default
  public RotationRuleId rule() {
    return WellKnown.SECRETARY_GENERAL_ROTATION;
  }

  /**
   * Returns the day.
   *
   * @return the day
   */
  public abstract LocalDate on();

  /**
   * Returns a builder.
   *
   * @return a new builder; {@code on} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RotationCase}; {@code on} is required. */
  public static final class Builder extends ImmutableRotationCase.Builder {
    Builder() {}
  }
}
