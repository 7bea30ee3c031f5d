package org.cstokit.model.military;

/**
 * What an operation is against.
 */
public enum OperationKind {
  /** Drug trafficking. */
  COUNTER_NARCOTICS,
  /** Illegal migration. */
  ILLEGAL_MIGRATION,
  /** Crime and threats in information space. */
  CYBER,
  /** Terrorism. */
  COUNTER_TERRORISM,
  /** A peacekeeping mission. */
  PEACEKEEPING,
  /** Anything else. */
  OTHER;
}
