package org.cstokit.model.event;

/**
 * What kind of event it is.
 */
public enum EventKind {
  /** A crisis or unrest. */
  CRISIS,
  /** An armed attack or fighting. */
  ATTACK,
  /** A request for assistance. */
  REQUEST_FOR_ASSISTANCE,
  /** A response to a request or crisis. */
  RESPONSE,
  /** A deployment of forces. */
  DEPLOYMENT,
  /** A withdrawal from an organization or of forces. */
  WITHDRAWAL,
  /** An appointment to or removal from an office. */
  APPOINTMENT,
  /** A summit or session. */
  SUMMIT,
  /** A statement or declaration. */
  STATEMENT,
  /** A law passed. */
  LAW,
  /** A veto or block. */
  VETO,
  /** A boycott or absence in protest. */
  BOYCOTT,
  /** An election or change of government. */
  ELECTION,
  /** A protest or complaint. */
  PROTEST,
  /** An agreement reached. */
  AGREEMENT,
  /** A proposal. */
  PROPOSAL,
  /** Anything else. */
  OTHER;
}
