package org.cstokit.data;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when data cannot be loaded. Lists every problem found (file, record id, field,
 * reason), not only the first: loading is all or nothing.
 */
public final class DataLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kind of failure. */
  public enum Kind {
    /** One or more files or records are invalid; see {@link #problems()}. */
    INVALID_DATA,
    /** A data file could not be read at all. */
    UNREADABLE
  }

  private final Kind kind;
  private final transient ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param kind the kind of failure
   * @param problems every problem found, not empty
   */
  public DataLoadException(Kind kind, List<Problem> problems) {
    super(problems.size() + " problem(s) in the data:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.kind = kind;
    this.problems = ImmutableList.sortedCopyOf(problems);
  }

  /**
   * Returns the kind of failure.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns every problem found, sorted.
   *
   * @return the problems
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
