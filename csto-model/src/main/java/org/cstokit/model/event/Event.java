package org.cstokit.model.event;

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
import org.cstokit.model.source.EventId;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * A dated event: a crisis, a request for assistance and the answer, a deployment, an appointment,
 * a withdrawal, a summit, a statement, a law, a veto or boycott.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableEvent.class)
@JsonDeserialize(as = ImmutableEvent.class)
public abstract class Event implements Fact {
  Event() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract EventId id();

  /**
   * Returns the kind of event.
   *
   * @return the kind of event
   */
  public abstract EventKind kind();

  /**
   * Returns the date (or first date).
   *
   * @return the date (or first date)
   */
  public abstract PartialDate date();

  /**
   * Returns the last date, for an event over several days.
   *
   * @return the last date, for an event over several days, or empty when the source does not give it
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns a title in our own words.
   *
   * @return the a title in our own words
   */
  public abstract String title();

  /**
   * Returns a summary in our own words.
   *
   * @return a summary in our own words, or empty when the source does not give it
   */
  public abstract Optional<String> summary();

  /**
   * Returns the states involved.
   *
   * @return the states involved, in natural order
   */
  @Value.NaturalOrder
  public abstract SortedSet<StateCode> states();

  /**
   * Returns the organizations involved.
   *
   * @return the organizations involved, in natural order
   */
  @Value.NaturalOrder
  public abstract SortedSet<OrganizationId> organizations();

  /**
   * Returns related records (instruments, decisions, facilities…).
   *
   * @return related records (instruments, decisions, facilities…)
   */
  public abstract List<RecordId> related();

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

  /** Builds a {@link Event}; {@code kind}, {@code date}, {@code title} are required. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(title(), "title");
    if (end().isPresent() && end().get().isCertainlyBefore(date())) {
      throw Checks.invalid(org.cstokit.model.InvalidValueException.Kind.INCONSISTENT, "end", end().get(), "is before date " + date());
    }
  }

}
