package org.cstokit.model.membership;

/**
 * The legal status of a state in an organization during a period.
 */
public enum MembershipStatus {
  /** Has signed the founding instrument but is not (yet) a full member. */
  SIGNATORY,
  /** A full member. */
  MEMBER,
  /** An associate member. */
  ASSOCIATE,
  /** An observer. */
  OBSERVER,
  /** A partner (dialogue or cooperation partner). */
  PARTNER,
  /** A candidate for membership. */
  CANDIDATE,
  /** A member whose membership is suspended. */
  SUSPENDED,
  /** A member that has frozen its participation without leaving. */
  PARTICIPATION_FROZEN;
}
