package org.cstokit.model.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.OrganId;
import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.source.DecisionId;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * A decision of an organ: date, subject, the procedure that applies, each member's position where
 * known, and the outcome the source reports.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision implements Fact {
  Decision() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract DecisionId id();

  /**
   * Returns the organ that decided.
   *
   * @return the organ that decided
   */
  public abstract OrganId organ();

  /**
   * Returns the date.
   *
   * @return the date
   */
  public abstract PartialDate date();

  /**
   * Returns the subject, in our own words.
   *
   * @return the subject, in our own words
   */
  public abstract String subject();

  /**
   * Returns the procedure, when it differs from the organ's.
   *
   * @return the procedure, when it differs from the organ's, or empty when the source does not give it
   */
  public abstract Optional<DecisionProcedure> procedure();

  /**
   * Returns what the decision is about, as far as the organ's procedure depends on it.
   *
   * @return the kind, or empty when not recorded (then the organ's general procedure applies)
   */
  public abstract Optional<DecisionKind> kind();

  /**
   * Returns each member's position, where known.
   *
   * @return each member's position, where known
   */
  public abstract List<StatePosition> positions();

  /**
   * Returns the outcome the source reports.
   *
   * @return the outcome the source reports
   */
  public abstract DecisionOutcome outcome();

  /**
   * Returns the instrument it produced.
   *
   * @return the instrument it produced, or empty when the source does not give it
   */
  public abstract Optional<InstrumentId> instrument();

  /**
   * Returns a summary in our own words.
   *
   * @return a summary in our own words, or empty when the source does not give it
   */
  public abstract Optional<String> summary();

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

  /** Builds a {@link Decision}; {@code organ}, {@code date}, {@code subject}, {@code outcome} are required. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(subject(), "subject");
    Checks.check(positions().stream().map(StatePosition::state).distinct().count() == positions().size(), org.cstokit.model.InvalidValueException.Kind.INCONSISTENT, "positions", positions(), "names a state twice");
  }

}
