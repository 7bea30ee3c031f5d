package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.actor.Organ;

/**
 * The id of an organ of an organization ({@link Organ}), such as {@code csto-collective-security-council}. Immutable and thread-safe.
 */
public final class OrganId extends TypedId<Organ> {
  private OrganId(String value) {
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
  public static OrganId of(String value) {
    return new OrganId(value);
  }

  @Override
  public Class<Organ> recordType() {
    return Organ.class;
  }
}
