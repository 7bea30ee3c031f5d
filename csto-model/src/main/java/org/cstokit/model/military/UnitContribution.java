package org.cstokit.model.military;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.UnitId;
import org.cstokit.model.source.ForceId;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * A unit a state assigns to a collective force, with its agency.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableUnitContribution.class)
@JsonDeserialize(as = ImmutableUnitContribution.class)
public abstract class UnitContribution implements Fact {
  UnitContribution() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract UnitId id();

  /**
   * Returns the unit's name.
   *
   * @return the unit's name
   */
  public abstract String unit();

  /**
   * Returns the contributing state.
   *
   * @return the contributing state
   */
  public abstract StateCode state();

  /**
   * Returns the force.
   *
   * @return the force
   */
  public abstract ForceId force();

  /**
   * Returns the agency the unit belongs to.
   *
   * @return the agency the unit belongs to
   */
  public abstract Agency agency();

  /**
   * Returns the date it was assigned.
   *
   * @return the date it was assigned, or empty when the source does not give it
   */
  public abstract Optional<PartialDate> since();

  /**
   * Returns the unit's size.
   *
   * @return the unit's size, or empty when the source does not give it
   */
  public abstract Optional<Quantity> size();

  /**
   * Returns where it is based.
   *
   * @return where it is based, or empty when the source does not give it
   */
  public abstract Optional<String> location();

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

  /** Builds a {@link UnitContribution}; {@code unit}, {@code state}, {@code force}, {@code agency} are required. */
  public static final class Builder extends ImmutableUnitContribution.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(unit(), "unit");
  }

}
