package org.cstokit.model.actor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.cstokit.model.Identifier;
import org.cstokit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A state by its ISO 3166-1 alpha-3 code, such as {@code ARM} or {@code RUS}; written to
 * JSON as a plain string. Instances are interned — there are at most 26³ codes — so a million
 * loaded transfers share one {@code RUS}. Immutable and thread-safe.
 */
@Value.Immutable(intern = true)
public abstract class StateCode implements Identifier, Comparable<StateCode> {
  private static final Pattern SLUG = Pattern.compile("[A-Z]{3}");

  StateCode() {}

  @Override
  @Value.Parameter
  @JsonValue
  public abstract String value();

  /**
   * Returns the identifier of the given text.
   *
   * @param value three capital letters
   * @return the identifier
   * @throws org.cstokit.model.InvalidValueException if the text is not three capital letters
   */
  @JsonCreator
  public static StateCode of(String value) {
    return ImmutableStateCode.of(value);
  }

  @Value.Check
  void check() {
    String v = value();
    boolean three = v.length() == 3;
    for (int i = 0; three && i < 3; i++) {
      three = v.charAt(i) >= 'A' && v.charAt(i) <= 'Z';
    }
    if (!three) {
      Checks.matches(v, SLUG, "state", "an ISO 3166-1 alpha-3 code of three capital letters like ARM");
    }
  }

  @Override
  public int compareTo(StateCode other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
