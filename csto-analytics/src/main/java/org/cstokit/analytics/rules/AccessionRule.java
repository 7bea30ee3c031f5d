package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.cstokit.data.Dataset;
import org.cstokit.data.Snapshot;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.DecisionKind;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.source.OrganId;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.TruthMap;

/**
 * Rule 5, accession: membership is open to any state that shares the Organization's purposes and
 * principles and is admitted by consensus of the Collective Security Council (the case's organ).
 * The grant of observer status is {@link ObserverRule}, a withdrawal {@link WithdrawalRule}: three
 * rules rather than one with a kind, because their inputs and their outcomes differ (a withdrawal
 * is never blocked). Outcomes: {@link RuleName#ACCESSION}.
 */
public final class AccessionRule {
  private static final OrganId PARLIAMENTARY_ASSEMBLY = OrganId.of("csto-parliamentary-assembly");
  private static final OrganizationId PACSTO = OrganizationId.of("PACSTO");

  private AccessionRule() {}

  /**
   * Evaluates the admission of a state as a member.
   *
   * @param data the data set
   * @param c the case
   * @return ADOPTED, BLOCKED, NOT_APPLICABLE (already a member) or UNDETERMINED
   * @throws IllegalArgumentException if the candidate or the organ is not in the data set, or the
   *     day precedes the CSTO
   */
  public static Verdict evaluate(Dataset data, AdmissionCase c) {
    return admit(data, c, MembershipStatus.MEMBER);
  }

  /** Admission as a member or as an observer, decided by the case's organ. */
  static Verdict admit(Dataset data, AdmissionCase c, MembershipStatus status) {
    StateCode candidate = c.candidate();
    LocalDate date = c.on();
    Alliance.requireState(data, candidate, "candidate");
    Alliance.requireOnOrAfter(date, data, Alliance.CHARTER, "the CSTO");
    Organ organ = Alliance.organ(data, c.organ());
    boolean member = status == MembershipStatus.MEMBER;
    Verdict.Builder v = Verdict.of(member ? RuleName.ACCESSION : RuleName.OBSERVER)
        .by(Authority.of(Alliance.CHARTER, member ? "19" : "20",
            member ? "open to any state sharing the purposes and principles" : "observer status may be granted"));
    Optional<Reason> past = Alliance.pastHorizon(data, date);
    if (past.isPresent()) {
      return v.because(past.get()).outcome(Outcome.UNDETERMINED);
    }
    Snapshot day = data.asOf(date);
    TruthMap<StateCode> members = day.members(Alliance.CSTO);
    if (members.truth(candidate, Truth.NO) == Truth.YES) {
      return v.because(ReasonCode.OUTSIDE_RULE, candidate + " is already a member on " + date).outcome(Outcome.NOT_APPLICABLE);
    }
    // observers of the Parliamentary Assembly are recorded in its own organization, PACSTO
    OrganizationId observedIn = c.organ().equals(PARLIAMENTARY_ASSEMBLY) ? PACSTO : Alliance.CSTO;
    if (!member && data.findOrganization(observedIn).isPresent()
        && day.status(observedIn, candidate, MembershipStatus.OBSERVER) == Truth.YES) {
      return v.because(ReasonCode.OUTSIDE_RULE, candidate + " is already an observer of " + observedIn + " on " + date)
          .outcome(Outcome.NOT_APPLICABLE);
    }
    Alliance.notePractice(data, day, v);
    DecisionProcedure procedure = Alliance.procedure(organ, member ? DecisionKind.ACCESSION : DecisionKind.OBSERVER_STATUS,
        date);
    Verdict decision = Alliance.decideAmongMembers(procedure, members, c.positions());
    v.canBlock(decision.canBlock()).blockedBy(decision.blockedBy())
        .because(ReasonCode.PROCEDURE, "decided by " + c.organ() + " (procedure " + procedure.kind() + ")");
    decision.reasons().forEach(v::because);
    return v.outcome(decision.outcome());
  }
}
