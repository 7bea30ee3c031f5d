package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.SortedMap;
import org.cstokit.analytics.rules.CollectiveDefenceRule.Territory;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.immutables.value.Value;

/**
 * An attack on a state, for {@link CollectiveDefenceRule#evaluate}: the victim, the aggressor,
 * the day, where it took place ({@link Territory#RECOGNISED} by default), whether the victim asked
 * for assistance, and the positions of the Collective Security Council's members on the request,
 * where known. Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class CollectiveDefenceCase {
  CollectiveDefenceCase() {}

  /**
   * Returns the attacked state.
   *
   * @return the victim
   */
  public abstract StateCode victim();

  /**
   * Returns the attacking state.
   *
   * @return the aggressor; never the victim
   */
  public abstract StateCode aggressor();

  /**
   * Returns the day of the attack.
   *
   * @return the day
   */
  public abstract LocalDate on();

  /**
   * Returns where the attack took place.
   *
   * @return the territory; {@link Territory#RECOGNISED} by default
   */
  @Value.Default
  public Territory territory() {
    return Territory.RECOGNISED;
  }

  /**
   * Returns whether the victim asked the others for assistance. Required: since the 2010
   * amendment the answer turns on it.
   *
   * @return the victim's request
   */
  public abstract Request request();

  /**
   * Returns the Council members' positions on the request, where known, in code order. The
   * victim's request counts as its support.
   *
   * @return the positions; empty by default
   */
  @Value.NaturalOrder
  public abstract SortedMap<StateCode, Position> positions();

  /**
   * Returns a builder.
   *
   * @return a new builder; {@code victim}, {@code aggressor}, {@code on} and {@code request} are
   *     required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CollectiveDefenceCase}; {@code victim}, {@code aggressor}, {@code on}, {@code request} are required. */
  public static final class Builder extends ImmutableCollectiveDefenceCase.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (victim().equals(aggressor())) {
      throw new IllegalArgumentException("aggressor: " + aggressor() + " is the victim");
    }
    if (request() == Request.REQUESTED && positions().get(victim()) == Position.OBJECT) {
      throw new IllegalArgumentException("positions: " + victim() + " objects, but it requested the assistance;"
          + " a victim cannot both request and object");
    }
  }
}
