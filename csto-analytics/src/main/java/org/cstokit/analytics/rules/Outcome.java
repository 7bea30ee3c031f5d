package org.cstokit.analytics.rules;

/** The outcome of a rule check. */
public enum Outcome {
  /** A decision is adopted. */
  ADOPTED,
  /** An action is allowed. */
  ALLOWED,
  /**
   * An action is allowed unless one of the states the verdict lists in {@code canBlock} objects:
   * the third-state basing rule when the consultations' result is not given — a condition on
   * what those states do, not a fact about the world.
   */
  ALLOWED_UNLESS_OBJECTION,
  /** The rule applies and obliges the states the verdict lists (collective defence). */
  OBLIGED,
  /**
   * The rule applies, but what it requires takes effect only through a decision still to be
   * taken: collective defence assistance follows a decision of the Collective Security Council by
   * consensus after the victim's request. The verdict lists the states that would be bound
   * ({@code obliged}) and those that can block the decision ({@code canBlock}).
   */
  DECISION_REQUIRED,
  /** A decision or action is blocked; the verdict names who blocked it. */
  BLOCKED,
  /** The rule does not require anything here (e.g. a member hosting another member's forces). */
  NOT_REQUIRED,
  /** No rule applies (e.g. no legal basis at that date, or the state is not a member). */
  NOT_APPLICABLE,
  /** A needed fact is missing or a date is too coarse; the reasons say which. */
  UNDETERMINED
}
