package org.cstokit.analytics.rules;

/**
 * Whether the state a rule protects or acts in asked for the action: the victim's request for
 * assistance under Article 4 ({@link CollectiveDefenceCase}), the host government's request for,
 * or consent to, collective forces on its territory ({@link InterventionCase}).
 */
public enum Request {
  /** The state asked for (or consented to) the action; its request counts as its support. */
  REQUESTED,
  /** The state made no request and gave no consent. */
  NOT_REQUESTED
}
