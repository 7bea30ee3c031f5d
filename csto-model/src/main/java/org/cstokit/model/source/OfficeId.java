package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.institution.Office;

/**
 * The id of an office ({@link Office}), such as {@code office-csto-secretary-general}. Immutable and thread-safe.
 */
public final class OfficeId extends TypedId<Office> {
  private OfficeId(String value) {
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
  public static OfficeId of(String value) {
    return new OfficeId(value);
  }

  @Override
  public Class<Office> recordType() {
    return Office.class;
  }
}
