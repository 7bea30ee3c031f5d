package org.cstokit.model.institution;

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
import org.cstokit.model.source.RotationRuleId;
import org.cstokit.model.source.OrganId;
import org.cstokit.model.source.OfficeId;
import org.immutables.value.Value;

/**
 * An office of an organization or of a state: the Secretary General, the chairmanship, the Chief
 * of the Joint Staff, a national post.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableOffice.class)
@JsonDeserialize(as = ImmutableOffice.class)
public abstract class Office implements Fact {
  Office() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract OfficeId id();

  /**
   * Returns the organization the office belongs to.
   *
   * @return the organization the office belongs to, or empty when the source does not give it
   */
  public abstract Optional<OrganizationId> organization();

  /**
   * Returns the state, for a national office.
   *
   * @return the state, for a national office, or empty when the source does not give it
   */
  public abstract Optional<StateCode> state();

  /**
   * Returns the organ the office belongs to.
   *
   * @return the organ the office belongs to, or empty when the source does not give it
   */
  public abstract Optional<OrganId> organ();

  /**
   * Returns the name of the office.
   *
   * @return the name of the office
   */
  public abstract String name();

  /**
   * Returns the rotation rule that governs the office.
   *
   * @return the rotation rule that governs the office, or empty when the source does not give it
   */
  public abstract Optional<RotationRuleId> rotationRule();

  /**
   * Returns whether the office has one substantive holder at a time (a Secretary General, a
   * chair), as against a post held by several people at once (the deputies). Acting holders are
   * not counted. The data loader checks that the substantive tenures of a single-holder office
   * never overlap.
   *
   * @return true (the default) for a single-holder office
   */
  @Value.Default
  public boolean isSingleHolder() {
    return true;
  }

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

  /** Builds a {@link Office}; {@code name} is required. */
  public static final class Builder extends ImmutableOffice.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(name(), "name");
    Checks.check(organization().isPresent() || state().isPresent(), org.cstokit.model.InvalidValueException.Kind.MISSING, "organization", "(none)", "or state must be given");
  }

}
