package org.cstokit.model.internal;

import java.util.Collection;
import java.util.regex.Pattern;
import org.cstokit.model.InvalidValueException;
import org.cstokit.model.InvalidValueException.Kind;

/**
 * Validation helpers used by the {@code @Value.Check} methods of the model. Not API: may change
 * without notice. Every message has the form {@code field 'name': <value> <reason>}. A reason
 * composed from values is composed only on failure, by {@code if (bad) throw invalid(…)}: not by a
 * lambda, whose call site would cost every cold start a bootstrap, since every record loaded runs
 * its checks.
 */
public final class Checks {
  private Checks() {}

  /**
   * Builds the exception for one bad field.
   *
   * @param kind the kind of problem
   * @param field the name of the field
   * @param value the bad value
   * @param reason what is wrong with it
   * @return the exception, to be thrown by the caller
   */
  public static InvalidValueException invalid(Kind kind, String field, Object value, String reason) {
    return new InvalidValueException(kind, "field '" + field + "': " + value + " " + reason);
  }

  /**
   * Fails unless {@code condition} holds.
   *
   * @param condition the condition that must hold
   * @param kind the kind of problem when it does not
   * @param field the name of the field
   * @param value the value checked
   * @param reason what is wrong when the condition fails
   */
  public static void check(boolean condition, Kind kind, String field, Object value, String reason) {
    if (!condition) {
      throw invalid(kind, field, value, reason);
    }
  }

  /**
   * Fails if the text is blank.
   *
   * @param text the text
   * @param field the name of the field
   */
  public static void notBlank(String text, String field) {
    check(!text.isBlank(), Kind.EMPTY, field, "\"" + text + "\"", "must not be blank");
  }

  /**
   * Fails if the collection is empty.
   *
   * @param values the collection
   * @param field the name of the field
   */
  public static void notEmpty(Collection<?> values, String field) {
    check(!values.isEmpty(), Kind.EMPTY, field, "[]", "must not be empty");
  }

  /**
   * Fails unless the text matches the pattern entirely.
   *
   * @param text the text
   * @param pattern the pattern
   * @param field the name of the field
   * @param form a description of the required form
   */
  public static void matches(String text, Pattern pattern, String field, String form) {
    check(pattern.matcher(text).matches(), Kind.MALFORMED, field, "\"" + text + "\"", "is not " + form);
  }

  /**
   * Fails unless {@code value} is positive.
   *
   * @param value the number
   * @param field the name of the field
   */
  public static void positive(long value, String field) {
    check(value > 0, Kind.OUT_OF_RANGE, field, value, "must be positive");
  }

  /**
   * Fails unless {@code value} is a plausible year of this subject (1900 to 2100).
   *
   * @param year the year
   * @param field the name of the field
   */
  public static void year(int year, String field) {
    check(year >= 1900 && year <= 2100, Kind.OUT_OF_RANGE, field, year, "is not a year between 1900 and 2100");
  }
}
