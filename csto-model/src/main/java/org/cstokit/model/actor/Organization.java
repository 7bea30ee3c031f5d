package org.cstokit.model.actor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * An international organization, alliance or union of states.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableOrganization.class)
@JsonDeserialize(as = ImmutableOrganization.class)
public abstract class Organization implements Fact {
  Organization() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract OrganizationId id();

  /**
   * Returns the English name.
   *
   * @return the English name
   */
  public abstract String name();

  /**
   * Returns the Russian name.
   *
   * @return the Russian name, or empty when the source does not give it
   */
  public abstract Optional<String> nameRu();

  /**
   * Returns the usual abbreviation.
   *
   * @return the usual abbreviation
   */
  public abstract String abbreviation();

  /**
   * Returns the kind of organization.
   *
   * @return the kind of organization
   */
  public abstract OrganizationKind kind();

  /**
   * Returns the date it was founded.
   *
   * @return the date it was founded, or empty when the source does not give it
   */
  public abstract Optional<PartialDate> founded();

  /**
   * Returns the seat.
   *
   * @return the seat, or empty when the source does not give it
   */
  public abstract Optional<String> headquarters();

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

  /** Builds a {@link Organization}; {@code name}, {@code abbreviation}, {@code kind} are required. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(name(), "name");
    Checks.notBlank(abbreviation(), "abbreviation");
  }

}
