package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.Truth;

/**
 * Rule 5, withdrawal: a member may leave by its own notice; no other member can block it.
 * Outcomes: {@link RuleName#WITHDRAWAL}.
 */
public final class WithdrawalRule {
  private WithdrawalRule() {}

  /**
   * Evaluates a member's withdrawal.
   *
   * @param data the data set
   * @param c the case
   * @return ALLOWED, NOT_APPLICABLE (not a member) or UNDETERMINED
   * @throws IllegalArgumentException if the state is not in the data set or the day precedes the
   *     CSTO
   */
  public static Verdict evaluate(Dataset data, WithdrawalCase c) {
    StateCode state = c.state();
    LocalDate date = c.on();
    Alliance.requireState(data, state, "state");
    Alliance.requireOnOrAfter(date, data, Alliance.CHARTER, "the CSTO");
    Verdict.Builder v = Verdict.of(RuleName.WITHDRAWAL).by(Authority.of(Alliance.CHARTER, "19", "membership and withdrawal"));
    Truth member = data.asOf(date).isMember(Alliance.CSTO, state);
    Optional<Reason> past = member == Truth.UNKNOWN ? Alliance.pastHorizon(data, date) : Optional.empty();
    if (past.isPresent()) {
      return v.because(ReasonCode.PAST_HORIZON, "whether " + state + " is a member cannot be told: " + past.get().text())
          .outcome(Outcome.UNDETERMINED);
    }
    if (member == Truth.NO) {
      return v.because(ReasonCode.NOT_A_MEMBER, state + " is not a member on " + date).outcome(Outcome.NOT_APPLICABLE);
    }
    if (member == Truth.UNKNOWN) {
      return v.because(ReasonCode.MEMBERSHIP_UNCERTAIN, "whether " + state + " is a member on " + date + " cannot be told")
          .outcome(Outcome.UNDETERMINED);
    }
    return v.because(ReasonCode.LEGAL_BASIS, "a member may leave by its own notice; no other member can block it")
        .outcome(Outcome.ALLOWED);
  }
}
