package org.cstokit.model.military;

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
import org.cstokit.model.source.OperationId;
import org.cstokit.model.time.Period;
import org.immutables.value.Value;

/**
 * A recurring or one-off operation of an organization (Kanal, Nelegal, Proxy).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableOperation.class)
@JsonDeserialize(as = ImmutableOperation.class)
public abstract class Operation implements Fact {
  Operation() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract OperationId id();

  /**
   * Returns the name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns what it is against.
   *
   * @return the what it is against
   */
  public abstract OperationKind kind();

  /**
   * Returns the organization that runs it.
   *
   * @return the organization that runs it
   */
  public abstract OrganizationId organization();

  /**
   * Returns when it ran.
   *
   * @return when it ran, or empty when the source does not give it
   */
  public abstract Optional<Period> period();

  /**
   * Returns whether it is held regularly.
   *
   * @return true if so; false by default
   */
  @Value.Default
  public boolean isRecurring() {
    return false;
  }

  /**
   * Returns the participating states.
   *
   * @return the participating states, in natural order
   */
  @Value.NaturalOrder
  public abstract SortedSet<StateCode> participants();

  /**
   * Returns the results reported.
   *
   * @return the results reported
   */
  public abstract List<OperationResult> results();

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

  /** Builds a {@link Operation}; {@code name}, {@code kind}, {@code organization} are required. */
  public static final class Builder extends ImmutableOperation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(name(), "name");
  }

}
