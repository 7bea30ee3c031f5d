package org.cstokit.data;

/** Thrown by the {@code get} lookups of a {@link Dataset} for an id it does not hold. */
public final class UnknownEntityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of id was looked up. */
  public enum Kind {
    /** A state code. */
    STATE,
    /** An organization id. */
    ORGANIZATION,
    /** A source id. */
    SOURCE,
    /** A record id. */
    RECORD
  }

  private final Kind kind;
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind what kind of id it is
   * @param id the id
   * @param description how to name the kind in the message ("state code")
   */
  public UnknownEntityException(Kind kind, String id, String description) {
    super("Unknown " + description + ": " + id);
    this.kind = kind;
    this.id = id;
  }

  /**
   * Returns what kind of id was looked up.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the id that was not found.
   *
   * @return the id
   */
  public String id() {
    return id;
  }
}
