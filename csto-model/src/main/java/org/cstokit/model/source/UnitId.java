package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.military.UnitContribution;

/**
 * The id of a unit contributed to a collective force ({@link UnitContribution}), such as {@code unit-rus-98-airborne}. Immutable and thread-safe.
 */
public final class UnitId extends TypedId<UnitContribution> {
  private UnitId(String value) {
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
  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @Override
  public Class<UnitContribution> recordType() {
    return UnitContribution.class;
  }
}
