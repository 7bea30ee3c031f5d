package org.cstokit.analytics.rules;

import java.time.LocalDate;
import org.cstokit.model.actor.StateCode;
import org.immutables.value.Value;

/**
 * A member's notice of withdrawal, for {@link WithdrawalRule#evaluate}: the state and the day of
 * its notice. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class WithdrawalCase {
  WithdrawalCase() {}

  /**
   * Returns the state leaving.
   *
   * @return the state
   */
  public abstract StateCode state();

  /**
   * Returns the day of its notice.
   *
   * @return the day
   */
  public abstract LocalDate on();

  /**
   * Returns a builder.
   *
   * @return a new builder; {@code state} and {@code on} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WithdrawalCase}; {@code state} and {@code on} are required. */
  public static final class Builder extends ImmutableWithdrawalCase.Builder {
    Builder() {}
  }
}
