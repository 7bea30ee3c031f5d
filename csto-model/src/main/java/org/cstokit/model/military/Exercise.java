package org.cstokit.model.military;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.ExerciseId;
import org.cstokit.model.time.Period;
import org.immutables.value.Value;

/**
 * A military exercise: series, framework, dates, hosts and sites, participants, counts of
 * personnel, hardware, aircraft and ships (declared and estimated figures kept apart), phases and
 * status.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableExercise.class)
@JsonDeserialize(as = ImmutableExercise.class)
public abstract class Exercise implements Fact {
  Exercise() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract ExerciseId id();

  /**
   * Returns the name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the recurring series name, without the year.
   *
   * @return the recurring series name, without the year, or empty when the source does not give it
   */
  public abstract Optional<String> series();

  /**
   * Returns the framework.
   *
   * @return the framework
   */
  public abstract Framework framework();

  /**
   * Returns the organization that held it.
   *
   * @return the organization that held it, or empty when the source does not give it
   */
  public abstract Optional<OrganizationId> organization();

  /**
   * Returns when it took place.
   *
   * @return the when it took place
   */
  public abstract Period period();

  /**
   * Returns the host states.
   *
   * @return the host states, in natural order
   */
  @Value.NaturalOrder
  public abstract SortedSet<StateCode> hosts();

  /**
   * Returns the sites.
   *
   * @return the sites
   */
  public abstract List<String> sites();

  /**
   * Returns the participating states.
   *
   * @return the participating states, in natural order
   */
  @Value.NaturalOrder
  public abstract SortedSet<StateCode> participants();

  /**
   * Returns the observing states.
   *
   * @return the observing states, in natural order
   */
  @Value.NaturalOrder
  public abstract SortedSet<StateCode> observers();

  /**
   * Returns every personnel figure given, each with its basis.
   *
   * @return every personnel figure given, each with its basis
   */
  public abstract List<Quantity> personnel();

  /**
   * Returns every figure of ground hardware given.
   *
   * @return every figure of ground hardware given
   */
  public abstract List<Quantity> hardware();

  /**
   * Returns every figure of aircraft given.
   *
   * @return every figure of aircraft given
   */
  public abstract List<Quantity> aircraft();

  /**
   * Returns every figure of ships given.
   *
   * @return every figure of ships given
   */
  public abstract List<Quantity> ships();

  /**
   * Returns the phases.
   *
   * @return the phases
   */
  public abstract List<Phase> phases();

  /**
   * Returns whether it was held.
   *
   * @return the whether it was held
   */
  public abstract ExerciseStatus status();

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

  /** Builds a {@link Exercise}; {@code name}, {@code framework}, {@code period}, {@code status} are required. */
  public static final class Builder extends ImmutableExercise.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(name(), "name");
  }

}
