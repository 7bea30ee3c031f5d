package org.cstokit.analytics.rules;

import org.cstokit.data.Dataset;
import org.cstokit.model.membership.MembershipStatus;

/**
 * Rule 5, observers: observer status is granted by consensus of the organ that grants it (the
 * Collective Security Council, or the Parliamentary Assembly for its own observers — its bloc of
 * Pakistan in 2016 is the example). Outcomes: {@link RuleName#OBSERVER}.
 */
public final class ObserverRule {
  private ObserverRule() {}

  /**
   * Evaluates the grant of observer status by the case's organ.
   *
   * @param data the data set
   * @param c the case
   * @return ADOPTED, BLOCKED, NOT_APPLICABLE (already a member or an observer) or UNDETERMINED
   *     (among others when the sources do not state the organ's procedure)
   * @throws IllegalArgumentException if the candidate or the organ is not in the data set, or the
   *     day precedes the CSTO
   */
  public static Verdict evaluate(Dataset data, AdmissionCase c) {
    return AccessionRule.admit(data, c, MembershipStatus.OBSERVER);
  }
}
