package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.cstokit.model.Identifier;
import org.cstokit.model.internal.Checks;

/**
 * The identifier of a fact record (a membership, a facility, an exercise…), a lower-case slug
 * such as {@code mem-csto-uzb-2}; unique across all families of a data set; written to JSON as a
 * plain string.
 *
 * <p>Every family has its own subtype, a {@link TypedId} ({@link OrganId}, {@link InstrumentId},
 * {@link RotationRuleId}…), which the records use for their own ids and their references, and
 * which a {@code Dataset} turns into a record of the right type. A plain {@code RecordId} names a
 * record of any family (an event's related records, a citation's record). Because ids are unique
 * across families, two ids are equal when their text is, whatever their type. Immutable and
 * thread-safe.
 */
public class RecordId implements Identifier, Comparable<RecordId> {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String value;

  RecordId(String value) {
    java.util.Objects.requireNonNull(value, "id");
    if (!isSlug(value)) {
      Checks.matches(value, SLUG, "id", "a lower-case slug like mem-csto-uzb-2");
    }
    this.value = value;
  }

  /** The slug test of {@link #SLUG} without a regex: ids are checked once per record loaded. */
  static boolean isSlug(String s) {
    boolean afterHyphen = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  /**
   * Returns the identifier of the given text, of no particular family.
   *
   * @param value a lower-case slug
   * @return the identifier
   * @throws org.cstokit.model.InvalidValueException if the text is not a slug
   */
  @JsonCreator
  public static RecordId of(String value) {
    return new RecordId(value);
  }

  @Override
  @JsonValue
  public final String value() {
    return value;
  }

  /**
   * Tells whether another object is an id with the same text, of any family type.
   *
   * @param o the other object
   * @return whether both are ids with the same text
   */
  @Override
  public final boolean equals(Object o) {
    return o instanceof RecordId && ((RecordId) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final int compareTo(RecordId other) {
    return value.compareTo(other.value);
  }

  @Override
  public final String toString() {
    return value;
  }
}
