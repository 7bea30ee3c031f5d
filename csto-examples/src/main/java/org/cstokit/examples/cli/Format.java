package org.cstokit.examples.cli;

/** How the tool prints a table. */
public enum Format {
  /** Aligned text columns, for people. */
  TEXT,
  /** A JSON array of objects, one per row. */
  JSON,
  /** Comma-separated values with a header row. */
  CSV
}
