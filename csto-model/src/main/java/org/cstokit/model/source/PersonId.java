package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.actor.Person;

/**
 * The id of a person ({@link Person}), such as {@code person-nikolai-bordyuzha}. Immutable and thread-safe.
 */
public final class PersonId extends TypedId<Person> {
  private PersonId(String value) {
    super(value);
  }

  /**
   * Returns the id of the given text.
   *
   * @param value a lower-case slug
   * @return the id
   * @throws org.cstokit.model.InvalidValueException if the text is not a slug
   */
  @JsonCreator
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public Class<Person> recordType() {
    return Person.class;
  }
}
