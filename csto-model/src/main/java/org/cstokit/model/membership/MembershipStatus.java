package org.cstokit.model.membership;

/**
 * The status of a state in an organization during a period. Every status but one is a legal
 * (de jure) status, and a state holds at most one of them at a time in one organization;
 * {@link #PARTICIPATION_FROZEN} is a de facto fact that lies beside the legal status (Armenia
 * declared its participation frozen in February 2024 while remaining a member in law), so its
 * records may overlap a {@link #MEMBER} record.
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
  /**
   * A member that has declared its participation frozen without leaving: a de facto status that
   * accompanies, and does not replace, its legal membership.
   */
  PARTICIPATION_FROZEN;

  /**
   * Whether this status describes practice (de facto) rather than law (de jure).
   *
   * @return true for {@link #PARTICIPATION_FROZEN}
   */
  public boolean isDeFacto() {
    return this == PARTICIPATION_FROZEN;
  }
}
