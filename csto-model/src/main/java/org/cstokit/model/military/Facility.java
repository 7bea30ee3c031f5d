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
import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.source.FacilityId;
import org.cstokit.model.time.Period;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.immutables.value.Value;

/**
 * A military facility of one state on another's territory (or a facility sought or refused): host,
 * operator, site, personnel, equipment, legal basis, lease terms, period and status.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableFacility.class)
@JsonDeserialize(as = ImmutableFacility.class)
public abstract class Facility implements Fact {
  Facility() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract FacilityId id();

  /**
   * Returns the kind of facility.
   *
   * @return the kind of facility
   */
  public abstract FacilityKind kind();

  /**
   * Returns the name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the host state.
   *
   * @return the host state
   */
  public abstract StateCode host();

  /**
   * Returns the operating state.
   *
   * @return the operating state
   */
  public abstract StateCode operator();

  /**
   * Returns the site.
   *
   * @return the site, or empty when the source does not give it
   */
  public abstract Optional<String> site();

  /**
   * Returns every personnel figure given, each with its basis.
   *
   * @return every personnel figure given, each with its basis
   */
  public abstract List<Quantity> personnel();

  /**
   * Returns the equipment, as named.
   *
   * @return the equipment, as named
   */
  public abstract List<String> equipment();

  /**
   * Returns the instruments it rests on.
   *
   * @return the instruments it rests on
   */
  public abstract List<InstrumentId> legalBasis();

  /**
   * Returns the lease terms.
   *
   * @return the lease terms, or empty when the source does not give it
   */
  public abstract Optional<Lease> lease();

  /**
   * Returns the period of operation.
   *
   * @return the period of operation, or empty when the source does not give it
   */
  public abstract Optional<Period> period();

  /**
   * Returns the status.
   *
   * @return the status
   */
  public abstract FacilityStatus status();

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

  /** Builds a {@link Facility}; {@code kind}, {@code name}, {@code host}, {@code operator}, {@code status} are required. */
  public static final class Builder extends ImmutableFacility.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(name(), "name");
  }

  /**
   * Returns the period the facility may have been in operation: its period, unless it was only
   * proposed or sought ({@link FacilityStatus#isProposalOnly()}) or the sources give no period.
   *
   * @return the operating period, or empty
   */
  public Optional<Period> operatingPeriod() {
    return status().isProposalOnly() ? Optional.empty() : period();
  }

  /**
   * Whether the host and the operator are different states (a foreign presence).
   *
   * @return true when the operator is not the host
   */
  @JsonIgnore
  public boolean isForeign() {
    return !host().equals(operator());
  }

}
