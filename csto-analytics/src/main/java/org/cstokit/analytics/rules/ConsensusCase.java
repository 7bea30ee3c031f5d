package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;
import org.cstokit.data.WellKnown;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.DecisionKind;
import org.cstokit.model.event.Position;
import org.cstokit.model.source.OrganId;
import org.immutables.value.Value;

/**
 * A decision put to an organ, for {@link ConsensusRule#evaluate}: the organ (the Collective
 * Security Council by default), the day, the kind of decision where it matters to the procedure,
 * and the members' positions where known. The procedure and the members come from the data set.
 * Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class ConsensusCase {
  ConsensusCase() {}

  /**
   * Returns the organ that decides.
   *
   * @return the organ; by default {@link WellKnown#COLLECTIVE_SECURITY_COUNCIL}
   */
  @Value.Default
  public OrganId organ() {
    return WellKnown.COLLECTIVE_SECURITY_COUNCIL;
  }

  /**
   * Returns the day of the decision.
   *
   * @return the day
   */
  public abstract LocalDate on();

  /**
   * Returns the kind of decision, which selects the organ's specific procedure for that kind
   * ({@code Organ.procedureFor}).
   *
   * @return the kind; empty for the organ's general procedure
   */
  public abstract Optional<DecisionKind> kind();

  /**
   * Returns each member's position, where known, in code order.
   *
   * @return the positions; empty by default
   */
  @Value.NaturalOrder
  public abstract SortedMap<StateCode, Position> positions();

  /**
   * Returns a builder.
   *
   * @return a new builder; {@code on} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsensusCase}; {@code on} is required. */
  public static final class Builder extends ImmutableConsensusCase.Builder {
    Builder() {}
  }
}
