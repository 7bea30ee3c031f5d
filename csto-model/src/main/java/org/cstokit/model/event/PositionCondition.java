package org.cstokit.model.event;

/**
 * A condition a member stated for taking part in a decision's action — Kazakhstan and Kyrgyzstan
 * on sending forces to Syria in 2017 — recorded with its position so that the rules read it
 * from the data, for the decisions and dates the sources give, never as a constant.
 */
public enum PositionCondition {
  /** A mandate of the UN Security Council. */
  UN_SECURITY_COUNCIL_MANDATE,
  /** Approval of the member's own parliament. */
  PARLIAMENTARY_APPROVAL
}
