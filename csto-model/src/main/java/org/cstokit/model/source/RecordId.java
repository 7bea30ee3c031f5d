package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.cstokit.model.Identifier;
import org.cstokit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The identifier of a fact record (a membership, a facility, an exercise…), a lower-case slug such as {@code mem-csto-uzb-2}; unique across all families of a data set; written to
 * JSON as a plain string. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RecordId implements Identifier, Comparable<RecordId> {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  RecordId() {}

  @Override
  @Value.Parameter
  @JsonValue
  public abstract String value();

  /**
   * Returns the identifier of the given text.
   *
   * @param value a lower-case slug
   * @return the identifier
   * @throws org.cstokit.model.InvalidValueException if the text is not a slug
   */
  @JsonCreator
  public static RecordId of(String value) {
    return ImmutableRecordId.of(value);
  }

  @Value.Check
  void check() {
    Checks.matches(value(), SLUG, "id", "a lower-case slug like mem-csto-uzb-2");
  }

  @Override
  public int compareTo(RecordId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
