package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.cstokit.model.Identifier;
import org.cstokit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The identifier of a {@link Source}, a lower-case slug such as {@code ssi-2018-csto}; written to
 * JSON as a plain string. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SourceId implements Identifier, Comparable<SourceId> {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  SourceId() {}

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
  public static SourceId of(String value) {
    return ImmutableSourceId.of(value);
  }

  @Value.Check
  void check() {
    if (!RecordId.isSlug(value())) {
      Checks.matches(value(), SLUG, "source", "a lower-case slug like ssi-2018-csto");
    }
  }

  @Override
  public int compareTo(SourceId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
