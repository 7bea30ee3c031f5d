package org.cstokit.model.membership;

/**
 * How a membership period ended.
 */
public enum MembershipEnding {
  /** The state withdrew. */
  WITHDRAWAL,
  /** The state did not renew or prolong the founding instrument. */
  NON_RENEWAL,
  /** The state suspended its membership. */
  SUSPENSION,
  /** The state was excluded. */
  EXPULSION,
  /** The organization or the state ceased to exist. */
  DISSOLUTION,
  /** The state changed to another status in the same organization. */
  STATUS_CHANGE,
  /** The sources do not say how it ended. */
  UNKNOWN;
}
