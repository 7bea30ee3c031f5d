package org.cstokit.model.actor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.PersonId;
import org.immutables.value.Value;

/**
 * A person named by a source, with the other spellings of the name it uses.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person implements Fact {
  Person() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract PersonId id();

  /**
   * Returns the spelling used by this library.
   *
   * @return the spelling used by this library
   */
  public abstract String name();

  /**
   * Returns other spellings found in the sources.
   *
   * @return other spellings found in the sources
   */
  public abstract List<String> variants();

  /**
   * Returns the state of nationality.
   *
   * @return the state of nationality, or empty when the source does not give it
   */
  public abstract Optional<StateCode> nationality();

  /**
   * Returns offices and roles, in our own words.
   *
   * @return offices and roles, in our own words
   */
  public abstract List<String> roles();

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

  /** Builds a {@link Person}; {@code name} is required. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(name(), "name");
  }

}
