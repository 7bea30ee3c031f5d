package org.cstokit.model.event;

/**
 * What a decision is about, as far as the procedure depends on it: the CSTO's Council needed every
 * head present to appoint a Secretary General, allowed no limited format for a deployment, and
 * adopted the 2024 budget in a limited format without Armenia.
 */
public enum DecisionKind {
  /** Appointing an official (the Secretary General). */
  APPOINTMENT,
  /** Adopting the budget or members' contributions. */
  BUDGET,
  /** Sending collective forces, or collective assistance under Article 4. */
  DEPLOYMENT,
  /** Admitting a member. */
  ACCESSION,
  /** Granting observer or partner status. */
  OBSERVER_STATUS,
  /** Adopting a declaration or statement. */
  STATEMENT,
  /** Any other decision. */
  OTHER
}
