package org.cstokit.model.event;

/**
 * A member's position on a decision.
 */
public enum Position {
  /** Supported the decision. */
  SUPPORT,
  /** Objected: under consensus, this blocks. */
  OBJECT,
  /** Abstained. */
  ABSTAIN,
  /** Was absent. */
  ABSENT,
  /** Declared it does not take part, without blocking (a limited format). */
  NOT_PARTICIPATING;
}
