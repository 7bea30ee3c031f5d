package org.cstokit.model.event;

/**
 * The outcome of a decision as the source reports it.
 */
public enum DecisionOutcome {
  /** Adopted. */
  ADOPTED,
  /** Blocked. */
  BLOCKED,
  /** Postponed. */
  DEFERRED,
  /** Not taken up. */
  NOT_TAKEN,
  /** Not stated. */
  UNKNOWN;
}
