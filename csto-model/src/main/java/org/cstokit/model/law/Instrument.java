package org.cstokit.model.law;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * A legal or political instrument: a treaty, charter, protocol, agreement, lease, decision or
 * strategy, with its parties, signing, entry into force, duration and renewal terms, and the
 * instruments it amends.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableInstrument.class)
@JsonDeserialize(as = ImmutableInstrument.class)
public abstract class Instrument implements Fact {
  Instrument() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract InstrumentId id();

  /**
   * Returns the kind of instrument.
   *
   * @return the kind of instrument
   */
  public abstract InstrumentKind kind();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the organization it belongs to.
   *
   * @return the organization it belongs to, or empty when the source does not give it
   */
  public abstract Optional<OrganizationId> organization();

  /**
   * Returns the parties.
   *
   * @return the parties, in natural order
   */
  @Value.NaturalOrder
  public abstract SortedSet<StateCode> parties();

  /**
   * Returns the date of signing.
   *
   * @return the date of signing, or empty when the source does not give it
   */
  public abstract Optional<PartialDate> signed();

  /**
   * Returns the place of signing.
   *
   * @return the place of signing, or empty when the source does not give it
   */
  public abstract Optional<String> place();

  /**
   * Returns the date of entry into force in general.
   *
   * @return the date of entry into force in general, or empty when the source does not give it
   */
  public abstract Optional<PartialDate> inForce();

  /**
   * Returns the dates of entry into force per state, where known.
   *
   * @return the dates of entry into force per state, where known
   */
  public abstract List<StateDate> inForceByState();

  /**
   * Returns the initial duration in years.
   *
   * @return the initial duration in years, or empty when the source does not give it
   */
  public abstract Optional<Integer> durationYears();

  /**
   * Returns the renewal terms, in our own words.
   *
   * @return the renewal terms, in our own words, or empty when the source does not give it
   */
  public abstract Optional<String> renewal();

  /**
   * Returns the date it expires.
   *
   * @return the date it expires, or empty when the source does not give it
   */
  public abstract Optional<PartialDate> expires();

  /**
   * Returns the instruments it amends or prolongs.
   *
   * @return the instruments it amends or prolongs
   */
  public abstract List<InstrumentId> amends();

  /**
   * Returns other terms, in our own words.
   *
   * @return other terms, in our own words
   */
  public abstract List<String> terms();

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

  /** Builds a {@link Instrument}; {@code kind}, {@code title} are required. */
  public static final class Builder extends ImmutableInstrument.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(title(), "title");
    durationYears().ifPresent(d -> Checks.positive(d, "durationYears"));
    if (signed().isPresent() && inForce().isPresent()) {
      if (inForce().get().isCertainlyBefore(signed().get())) {
        throw Checks.invalid(org.cstokit.model.InvalidValueException.Kind.INCONSISTENT, "inForce", inForce().get(),
            "is before signed " + signed().get());
      }
    }
  }

  /**
   * Returns the period the instrument is in force in general: from its entry into force to its
   * expiry, if any. Empty when no entry into force is recorded, or when the recorded expiry cannot
   * fall after the entry into force.
   *
   * @return the period in force, or empty
   */
  public Optional<org.cstokit.model.time.Period> inForcePeriod() {
    if (inForce().isEmpty()) {
      return Optional.empty();
    }
    PartialDate start = inForce().get();
    if (expires().isEmpty()) {
      return Optional.of(org.cstokit.model.time.Period.from(start));
    }
    PartialDate end = expires().get();
    return start.earliest().isBefore(end.latest())
        ? Optional.of(org.cstokit.model.time.Period.of(start, end)) : Optional.empty();
  }

  /**
   * Returns the date the instrument entered into force for a state: its own date where known,
   * else the general date.
   *
   * @param state the state
   * @return the date, or empty when unknown
   */
  public Optional<PartialDate> inForceFor(StateCode state) {
    return inForceByState().stream().filter(d -> d.state().equals(state)).map(StateDate::date).findFirst()
        .or(this::inForce);
  }

}
