package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.SortedMap;
import org.cstokit.analytics.rules.InterventionRule.Situation;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.immutables.value.Value;

/**
 * The use of collective forces inside a member, for {@link InterventionRule#evaluate}: the host,
 * the day, what the forces would respond to, whether the host government asked for them, and the
 * Council members' positions where known. Immutable and thread-safe; build with
 * {@link #builder()}.
 */
@Value.Immutable
public abstract class InterventionCase {
  InterventionCase() {}

  /**
   * Returns the member where forces would act.
   *
   * @return the host
   */
  public abstract StateCode host();

  /**
   * Returns the day.
   *
   * @return the day
   */
  public abstract LocalDate on();

  /**
   * Returns what the forces would respond to.
   *
   * @return the situation
   */
  public abstract Situation situation();

  /**
   * Returns whether the host government asked for or consented to the forces; its request counts
   * as its support in the Council.
   *
   * @return the host's request
   */
  public abstract Request request();

  /**
   * Returns the Council members' positions, where known, in code order.
   *
   * @return the positions; empty by default
   */
  @Value.NaturalOrder
  public abstract SortedMap<StateCode, Position> positions();

  /**
   * Returns a builder.
   *
   * @return a new builder; {@code host}, {@code on}, {@code situation} and {@code request} are
   *     required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InterventionCase}; {@code host}, {@code on}, {@code situation}, {@code request} are required. */
  public static final class Builder extends ImmutableInterventionCase.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (request() == Request.REQUESTED && positions().get(host()) == Position.OBJECT) {
      throw new IllegalArgumentException("positions: " + host() + " objects in the Council, but its request says it"
          + " asked for the forces; a host cannot both request and object");
    }
  }
}
