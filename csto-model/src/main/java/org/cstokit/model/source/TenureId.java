package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.institution.Tenure;

/**
 * The id of a tenure of an office ({@link Tenure}), such as {@code tenure-bordyuzha}. Immutable and thread-safe.
 */
public final class TenureId extends TypedId<Tenure> {
  private TenureId(String value) {
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
  public static TenureId of(String value) {
    return new TenureId(value);
  }

  @Override
  public Class<Tenure> recordType() {
    return Tenure.class;
  }
}
