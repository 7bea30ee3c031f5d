package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.SortedMap;
import org.cstokit.data.WellKnown;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.cstokit.model.source.OrganId;
import org.immutables.value.Value;

/**
 * A state's application, for {@link AccessionRule#evaluate} (as a member) and
 * {@link ObserverRule#evaluate} (as an observer): the candidate, the day, the organ that decides
 * (the Collective Security Council by default; observers of the Parliamentary Assembly are granted
 * by the Assembly) and the members' positions (their delegations') where known. Immutable and
 * thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class AdmissionCase {
  AdmissionCase() {}

  /**
   * Returns the state applying.
   *
   * @return the candidate
   */
  public abstract StateCode candidate();

  /**
   * Returns the day of the decision.
   *
   * @return the day
   */
  public abstract LocalDate on();

  /**
   * Returns the organ that decides.
   *
   * @return the organ; {@link WellKnown#COLLECTIVE_SECURITY_COUNCIL} by default
   */
  @Value.Default
  public OrganId organ() {
    return WellKnown.COLLECTIVE_SECURITY_COUNCIL;
  }

  /**
   * Returns the members' positions, where known, in code order.
   *
   * @return the positions; empty by default
   */
  @Value.NaturalOrder
  public abstract SortedMap<StateCode, Position> positions();

  /**
   * Returns a builder.
   *
   * @return a new builder; {@code candidate} and {@code on} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AdmissionCase}; {@code candidate} and {@code on} are required. */
  public static final class Builder extends ImmutableAdmissionCase.Builder {
    Builder() {}
  }
}
