package org.cstokit.model;

/**
 * Thrown when a model value cannot be built: a required attribute is missing, an attribute is
 * {@code null}, malformed or out of range, or attributes contradict each other. The message
 * names the field and the bad value, e.g. {@code field 'end': 2001-05 is before start 2003-10}.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem made the value invalid. */
  public enum Kind {
    /** A required attribute was not set. */
    MISSING,
    /** An attribute or collection element was {@code null}. */
    NULL,
    /** A text attribute does not have the required form (a code, an id, a date). */
    MALFORMED,
    /** A number or date lies outside its allowed range. */
    OUT_OF_RANGE,
    /** Two attributes contradict each other (an end before a start, a bound above a value). */
    INCONSISTENT,
    /** A collection or text that must not be empty is empty. */
    EMPTY
  }

  private final Kind kind;

  /**
   * Creates an exception of the given kind.
   *
   * @param kind what kind of problem it is
   * @param message the message, naming the field and the bad value
   */
  public InvalidValueException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /**
   * Creates an exception for a missing or {@code null} attribute, as raised by the generated
   * builders; the message lists the attribute names.
   *
   * @param message the message of the generated code
   */
  public InvalidValueException(String message) {
    this(message.contains("required attributes are not set") ? Kind.MISSING : Kind.NULL, message);
  }

  /**
   * Returns what kind of problem made the value invalid.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }
}
