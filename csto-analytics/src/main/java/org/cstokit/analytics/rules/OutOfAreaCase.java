package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.SortedSet;
import org.cstokit.analytics.rules.OutOfAreaRule.Mandate;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.immutables.value.Value;

/**
 * A deployment of collective forces outside the members' territory, for
 * {@link OutOfAreaRule#evaluate}: the day, the Council members' positions where known, whether the
 * UN Security Council mandated the mission ({@link Mandate#NOT_MANDATED} by default) and the
 * members whose parliaments approved (none by default). Immutable and thread-safe; build with
 * {@link #builder()}.
 */
@Value.Immutable
public abstract class OutOfAreaCase {
  OutOfAreaCase() {}

  /**
   * Returns the day.
   *
   * @return the day
   */
  public abstract LocalDate on();

  /**
   * Returns the Council members' positions, where known, in code order.
   *
   * @return the positions; empty by default
   */
  @Value.NaturalOrder
  public abstract SortedMap<StateCode, Position> positions();

  /**
   * Returns whether the UN Security Council mandated the mission.
   *
   * @return the mandate; {@link Mandate#NOT_MANDATED} by default
   */
  @Value.Default
  public Mandate mandate() {
    return Mandate.NOT_MANDATED;
  }

  /**
   * Returns the members whose parliaments approved the deployment, in code order.
   *
   * @return the approving members; empty by default
   */
  @Value.NaturalOrder
  public abstract SortedSet<StateCode> parliamentaryApprovals();

  /**
   * Returns a builder.
   *
   * @return a new builder; {@code on} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutOfAreaCase}; {@code on} is required. */
  public static final class Builder extends ImmutableOutOfAreaCase.Builder {
    Builder() {}
  }
}
