package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.military.Facility;

/**
 * The id of a military facility ({@link Facility}), such as {@code fac-kant-air-base}. Immutable and thread-safe.
 */
public final class FacilityId extends TypedId<Facility> {
  private FacilityId(String value) {
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
  public static FacilityId of(String value) {
    return new FacilityId(value);
  }

  @Override
  public Class<Facility> recordType() {
    return Facility.class;
  }
}
