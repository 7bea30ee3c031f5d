package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.event.Decision;

/**
 * The id of a decision of an organ ({@link Decision}), such as {@code dec-2016-10-secretary-general-succession}. Immutable and thread-safe.
 */
public final class DecisionId extends TypedId<Decision> {
  private DecisionId(String value) {
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
  public static DecisionId of(String value) {
    return new DecisionId(value);
  }

  @Override
  public Class<Decision> recordType() {
    return Decision.class;
  }
}
