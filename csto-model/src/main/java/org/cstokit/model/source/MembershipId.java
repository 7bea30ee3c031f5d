package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.membership.Membership;

/**
 * The id of a membership ({@link Membership}), such as {@code mem-csto-uzb-2}. Immutable and thread-safe.
 */
public final class MembershipId extends TypedId<Membership> {
  private MembershipId(String value) {
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
  public static MembershipId of(String value) {
    return new MembershipId(value);
  }

  @Override
  public Class<Membership> recordType() {
    return Membership.class;
  }
}
