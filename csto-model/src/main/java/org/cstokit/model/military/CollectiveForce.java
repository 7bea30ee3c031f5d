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
import org.cstokit.model.source.ForceId;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * A collective force (the CRRF, the KSBR TsAR, a regional grouping, the peacekeeping forces, a
 * joint air defence system) with its strengths over time.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableCollectiveForce.class)
@JsonDeserialize(as = ImmutableCollectiveForce.class)
public abstract class CollectiveForce implements Fact {
  CollectiveForce() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract ForceId id();

  /**
   * Returns the English name.
   *
   * @return the English name
   */
  public abstract String name();

  /**
   * Returns the Russian name (transliterated or Cyrillic).
   *
   * @return the Russian name (transliterated or Cyrillic), or empty when the source does not give it
   */
  public abstract Optional<String> nameRu();

  /**
   * Returns the abbreviation.
   *
   * @return the abbreviation, or empty when the source does not give it
   */
  public abstract Optional<String> abbreviation();

  /**
   * Returns the organization it belongs to.
   *
   * @return the organization it belongs to, or empty when the source does not give it
   */
  public abstract Optional<OrganizationId> organization();

  /**
   * Returns the kind of force.
   *
   * @return the kind of force
   */
  public abstract ForceKind kind();

  /**
   * Returns the force it is part of.
   *
   * @return the force it is part of, or empty when the source does not give it
   */
  public abstract Optional<ForceId> parent();

  /**
   * Returns the date it was created.
   *
   * @return the date it was created, or empty when the source does not give it
   */
  public abstract Optional<PartialDate> established();

  /**
   * Returns whether the force was only proposed, not created.
   *
   * @return true if so; false by default
   */
  @Value.Default
  public boolean isProposed() {
    return false;
  }

  /**
   * Returns the states that take part.
   *
   * @return the states that take part, in natural order
   */
  @Value.NaturalOrder
  public abstract SortedSet<StateCode> members();

  /**
   * Returns the strengths the sources give.
   *
   * @return the strengths the sources give
   */
  public abstract List<Strength> strengths();

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

  /** Builds a {@link CollectiveForce}; {@code name}, {@code kind} are required. */
  public static final class Builder extends ImmutableCollectiveForce.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(name(), "name");
  }

}
