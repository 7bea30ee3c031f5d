package org.cstokit.model.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.MembershipId;
import org.cstokit.model.time.Period;
import org.immutables.value.Value;

/**
 * A state's status in an organization during a period, with the instrument, decision or event that
 * began and ended it and how it ended.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableMembership.class)
@JsonDeserialize(as = ImmutableMembership.class)
public abstract class Membership implements Fact {
  Membership() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract MembershipId id();

  /**
   * Returns the state.
   *
   * @return the state
   */
  public abstract StateCode state();

  /**
   * Returns the organization.
   *
   * @return the organization
   */
  public abstract OrganizationId organization();

  /**
   * Returns the status held during the period.
   *
   * @return the status held during the period
   */
  public abstract MembershipStatus status();

  /**
   * Returns the period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Returns the instrument, decision or event that began it.
   *
   * @return the instrument, decision or event that began it, or empty when the source does not give it
   */
  public abstract Optional<RecordId> beganBy();

  /**
   * Returns the instrument, decision or event that ended it.
   *
   * @return the instrument, decision or event that ended it, or empty when the source does not give it
   */
  public abstract Optional<RecordId> endedBy();

  /**
   * Returns how it ended.
   *
   * @return how it ended, or empty when the source does not give it
   */
  public abstract Optional<MembershipEnding> ending();

  /**
   * Returns where the fact is stated; never empty.
   *
   * @return where the fact is stated; never empty
   */
  @Override
  public abstract List<Citation> citations();

  /**
   * Returns other values recorded for fields of this fact.
   *
   * @return other values recorded for fields of this fact
   */
  @Override
  public abstract List<Dispute> disputes();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Membership}; {@code state}, {@code organization}, {@code status}, {@code period} are required. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    ending().ifPresent(e -> Checks.check(period().end().isPresent(), org.cstokit.model.InvalidValueException.Kind.INCONSISTENT, "ending", e, "is given for a period without end"));
  }

}
