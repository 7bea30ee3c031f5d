package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.Map;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.time.Truth;

/**
 * Rule 5: membership. Accession is open to any state that shares the Organization's purposes
 * and principles and is admitted by consensus of the Collective Security Council; a member may
 * withdraw on its own; observer and partner status is granted by consensus of the organ that
 * grants it (the Parliamentary Assembly's bloc of Pakistan in 2016 is the example).
 */
public final class MembershipRules {
  /** The rule's name in verdicts. */
  public static final String NAME = "membership";

  private MembershipRules() {}

  /**
   * Checks the admission of a state as a member.
   *
   * @param data the data set
   * @param candidate the state applying
   * @param date the date
   * @param positions members' positions, where known
   * @return ADOPTED, BLOCKED, NOT_APPLICABLE (already a member) or UNDETERMINED
   * @throws IllegalArgumentException if the state is unknown or the date precedes the CSTO
   */
  public static Verdict accession(Dataset data, StateCode candidate, LocalDate date, Map<StateCode, Position> positions) {
    return admit(data, candidate, date, positions, MembershipStatus.MEMBER, InterventionRule.COUNCIL);
  }

  /**
   * Checks the grant of observer status by an organ.
   *
   * @param data the data set
   * @param candidate the state applying
   * @param date the date
   * @param positions the positions of the members (their delegations), where known
   * @param organ the organ that grants it (the Parliamentary Assembly, the Council)
   * @return ADOPTED, BLOCKED, NOT_APPLICABLE or UNDETERMINED
   */
  public static Verdict observer(Dataset data, StateCode candidate, LocalDate date, Map<StateCode, Position> positions,
      RecordId organ) {
    return admit(data, candidate, date, positions, MembershipStatus.OBSERVER, organ);
  }

  private static final String PARLIAMENTARY_ASSEMBLY = "csto-parliamentary-assembly";
  private static final OrganizationId PACSTO = OrganizationId.of("PACSTO");

  private static Verdict admit(Dataset data, StateCode candidate, LocalDate date, Map<StateCode, Position> positions,
      MembershipStatus status, RecordId organ) {
    Alliance.requireState(data, candidate, "candidate");
    Alliance.requireOnOrAfter(date, data, Alliance.CHARTER, "the CSTO");
    Verdict.Builder v = Verdict.of(NAME + " (" + status.name().toLowerCase() + ")")
        .by(Authority.of(Alliance.CHARTER, status == MembershipStatus.MEMBER ? "19" : "20",
            status == MembershipStatus.MEMBER ? "open to any state sharing the purposes and principles"
                : "observer status may be granted"));
    Map<StateCode, Truth> members = Alliance.cstoMembers(data, date);
    if (Alliance.pastHorizon(data, date).isPresent()) {
      return v.because(Alliance.pastHorizon(data, date).get()).outcome(Outcome.UNDETERMINED);
    }
    if (Alliance.status(members, candidate) == Truth.YES) {
      return v.because(candidate + " is already a member on " + date).outcome(Outcome.NOT_APPLICABLE);
    }
    // observers of the Parliamentary Assembly are recorded in its own organization, PACSTO
    OrganizationId observedIn = organ.value().equals(PARLIAMENTARY_ASSEMBLY) ? PACSTO : Alliance.CSTO;
    if (status == MembershipStatus.OBSERVER && data.findOrganization(observedIn).isPresent()
        && data.asOf(date).status(observedIn, candidate, MembershipStatus.OBSERVER) == Truth.YES) {
      return v.because(candidate + " is already an observer of " + observedIn + " on " + date).outcome(Outcome.NOT_APPLICABLE);
    }
    Alliance.notePractice(data, date, v);
    DecisionProcedure procedure = Alliance.procedure(data, organ, status == MembershipStatus.MEMBER
        ? org.cstokit.model.event.DecisionKind.ACCESSION : org.cstokit.model.event.DecisionKind.OBSERVER_STATUS, date);
    Verdict decision = Alliance.decideAmongMembers(procedure, members, positions);
    v.canBlock(decision.canBlock()).blockedBy(decision.blockedBy())
        .because("decided by " + organ + " (procedure " + procedure.kind() + ")");
    decision.reasons().forEach(v::because);
    return v.outcome(decision.outcome());
  }

  /**
   * Checks a member's withdrawal: a unilateral right of every member.
   *
   * @param data the data set
   * @param state the state leaving
   * @param date the date of its notice
   * @return ALLOWED, NOT_APPLICABLE (not a member) or UNDETERMINED
   */
  public static Verdict withdrawal(Dataset data, StateCode state, LocalDate date) {
    Alliance.requireState(data, state, "state");
    Alliance.requireOnOrAfter(date, data, Alliance.CHARTER, "the CSTO");
    Verdict.Builder v = Verdict.of(NAME + " (withdrawal)")
        .by(Authority.of(Alliance.CHARTER, "19", "membership and withdrawal"));
    Truth member = data.asOf(date).isMember(Alliance.CSTO, state);
    if (member == Truth.UNKNOWN && Alliance.pastHorizon(data, date).isPresent()) {
      return v.because("whether " + state + " is a member cannot be told: " + Alliance.pastHorizon(data, date).get())
          .outcome(Outcome.UNDETERMINED);
    }
    if (member == Truth.NO) {
      return v.because(state + " is not a member on " + date).outcome(Outcome.NOT_APPLICABLE);
    }
    if (member == Truth.UNKNOWN) {
      return v.because("whether " + state + " is a member on " + date + " cannot be told").outcome(Outcome.UNDETERMINED);
    }
    return v.because("a member may leave by its own notice; no other member can block it").outcome(Outcome.ALLOWED);
  }
}
