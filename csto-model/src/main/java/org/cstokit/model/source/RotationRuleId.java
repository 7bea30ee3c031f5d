package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.institution.RotationRule;

/**
 * The id of a rotation rule of an office ({@link RotationRule}), such as {@code rot-csto-secretary-general}. Immutable and thread-safe.
 */
public final class RotationRuleId extends TypedId<RotationRule> {
  private RotationRuleId(String value) {
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
  public static RotationRuleId of(String value) {
    return new RotationRuleId(value);
  }

  @Override
  public Class<RotationRule> recordType() {
    return RotationRule.class;
  }
}
