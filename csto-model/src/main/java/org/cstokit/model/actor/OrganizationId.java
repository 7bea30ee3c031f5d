package org.cstokit.model.actor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.cstokit.model.Identifier;
import org.cstokit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The identifier of an {@link Organization}: its upper-case abbreviation, such as {@code CSTO} or {@code SCO}; written to
 * JSON as a plain string. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrganizationId implements Identifier, Comparable<OrganizationId> {
  private static final Pattern SLUG = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

  OrganizationId() {}

  @Override
  @Value.Parameter
  @JsonValue
  public abstract String value();

  /**
   * Returns the identifier of the given text.
   *
   * @param value an upper-case abbreviation
   * @return the identifier
   * @throws org.cstokit.model.InvalidValueException if the text is not an upper-case abbreviation
   */
  @JsonCreator
  public static OrganizationId of(String value) {
    return ImmutableOrganizationId.of(value);
  }

  @Value.Check
  void check() {
    Checks.matches(value(), SLUG, "organization", "an upper-case abbreviation like CSTO");
  }

  @Override
  public int compareTo(OrganizationId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
