package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.military.CollectiveForce;

/**
 * The id of a collective force ({@link CollectiveForce}), such as {@code force-crrf}. Immutable and thread-safe.
 */
public final class ForceId extends TypedId<CollectiveForce> {
  private ForceId(String value) {
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
  public static ForceId of(String value) {
    return new ForceId(value);
  }

  @Override
  public Class<CollectiveForce> recordType() {
    return CollectiveForce.class;
  }
}
