package org.cstokit.data;

import java.util.Objects;

/**
 * One problem found while loading data: the file, the record id (or {@code -} when the record
 * has none or the file could not be parsed), the field, and the reason. Immutable.
 */
public final class Problem implements Comparable<Problem> {
  private final String file;
  private final String recordId;
  private final String field;
  private final String reason;

  /**
   * Creates a problem.
   *
   * @param file the data file
   * @param recordId the record id, or {@code -}
   * @param field the field (a JSON path within the record), or {@code -}
   * @param reason what is wrong
   */
  public Problem(String file, String recordId, String field, String reason) {
    this.file = Objects.requireNonNull(file, "file");
    this.recordId = Objects.requireNonNull(recordId, "recordId");
    this.field = Objects.requireNonNull(field, "field");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the data file.
   *
   * @return the file name
   */
  public String file() {
    return file;
  }

  /**
   * Returns the record id, or {@code -}.
   *
   * @return the record id
   */
  public String recordId() {
    return recordId;
  }

  /**
   * Returns the field, or {@code -}.
   *
   * @return the field
   */
  public String field() {
    return field;
  }

  /**
   * Returns what is wrong.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  @Override
  public int compareTo(Problem o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Problem && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** Returns {@code file: record id: field: reason}. */
  @Override
  public String toString() {
    return file + ": " + recordId + ": " + field + ": " + reason;
  }
}
