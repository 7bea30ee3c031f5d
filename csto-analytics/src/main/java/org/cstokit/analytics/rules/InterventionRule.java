package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cstokit.data.Dataset;
import org.cstokit.data.Snapshot;
import org.cstokit.data.WellKnown;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.DecisionKind;
import org.cstokit.model.event.Position;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.TruthMap;

/**
 * Rule 4: the use of collective forces inside a member. It needs the host government's request or
 * consent and a consensus decision of the Collective Security Council; unrest without external
 * involvement had no legal basis before the 2010 amendments and has a disputed one after. A
 * deployment outside the members' territory is {@link OutOfAreaRule}. Outcomes:
 * {@link RuleName#INTERVENTION}.
 */
public final class InterventionRule {
  /** What the forces would respond to inside a member. */
  public enum Situation {
    /** Aggression by another state. */
    EXTERNAL_AGGRESSION,
    /** Unrest with external involvement (terrorists, armed groups from abroad). */
    UNREST_WITH_EXTERNAL_INVOLVEMENT,
    /** Unrest with internal roots only. */
    INTERNAL_UNREST
  }

  private InterventionRule() {}

  /**
   * Evaluates the use of collective forces inside a member.
   *
   * @param data the data set
   * @param c the case
   * @return ALLOWED, BLOCKED, NOT_APPLICABLE or UNDETERMINED
   * @throws IllegalArgumentException if the host is not in the data set or the day precedes the
   *     CSTO
   */
  public static Verdict evaluate(Dataset data, InterventionCase c) {
    StateCode host = c.host();
    LocalDate date = c.on();
    Alliance.requireState(data, host, "host");
    Alliance.requireOnOrAfter(date, data, Alliance.CHARTER, "the CSTO");
    Verdict.Builder v = Verdict.of(RuleName.INTERVENTION);
    Optional<Reason> past = Alliance.pastHorizon(data, date);
    if (past.isPresent()) {
      return v.because(past.get()).outcome(Outcome.UNDETERMINED);
    }
    Snapshot day = data.asOf(date);
    TruthMap<StateCode> members = day.members(Alliance.CSTO);
    Truth hostMember = members.truth(host, Truth.NO);
    if (hostMember != Truth.YES) {
      return v.because(hostMember == Truth.NO ? ReasonCode.NOT_A_MEMBER : ReasonCode.MEMBERSHIP_UNCERTAIN,
          host + " is not certainly a member on " + date)
          .outcome(hostMember == Truth.NO ? Outcome.NOT_APPLICABLE : Outcome.UNDETERMINED);
    }
    PartialDate amended = Alliance.signed(data, Alliance.TREATY_2010);
    boolean afterAmendment = !date.isBefore(amended.earliest());
    boolean basisDisputed = false;
    switch (c.situation()) {
      case EXTERNAL_AGGRESSION:
        v.by(CollectiveDefenceRule.article4(afterAmendment));
        break;
      case UNREST_WITH_EXTERNAL_INVOLVEMENT:
        if (!afterAmendment) {
          return v.by(Authority.of(Alliance.TREATY, "4", "only aggression by a state was covered"))
              .because(ReasonCode.DISPUTED, "before the 2010 amendments only aggression was covered; whether this"
                  + " involvement amounts to aggression is a question of fact")
              .outcome(Outcome.UNDETERMINED);
        }
        v.by(Authority.of(Alliance.TREATY_2010, "2", "threats to a member's stability call for assistance measures"));
        break;
      default:
        if (!afterAmendment) {
          return v.by(Authority.of(Alliance.TREATY, "2", "consultations on threats to security, not internal unrest"))
              .because(ReasonCode.BEFORE_INSTRUMENT, "unrest with internal roots gave no legal basis for collective forces"
                  + " before the amendments of " + amended)
              .outcome(Outcome.NOT_APPLICABLE);
        }
        v.by(Authority.of(Alliance.TREATY_2010, "2", "threats to a member's stability call for assistance measures"))
            .because(ReasonCode.LEGAL_BASIS, "since the amendments of " + amended
                + " Article 2 speaks of threats to a member's stability");
        basisDisputed = true;
        break;
    }
    v.canBlock(Set.of(host));
    if (c.request() == Request.NOT_REQUESTED) {
      return v.blockedBy(Set.of(host)).because(ReasonCode.CONSENT_MISSING, host
          + " did not ask for or consent to the use of forces on its territory").outcome(Outcome.BLOCKED);
    }
    v.because(ReasonCode.CONSENT_GIVEN, host + " asked for the forces; its request is its consent in the Council");
    Map<StateCode, Position> withHost = new TreeMap<>(c.positions());
    withHost.putIfAbsent(host, Position.SUPPORT);
    return withCouncil(data, v, day, members, withHost, basisDisputed ? Optional.of(new Reason(ReasonCode.DISPUTED,
        "whether unrest with internal roots is covered is disputed, and the protocol's entry into force is not recorded;"
        + " the only collective deployment, to Kazakhstan in January 2022, was justified under Article 4 as aggression"
        + " with external involvement")) : Optional.empty());
  }

  /**
   * The Council's part of a verdict on the use of forces. Where the legal basis is in doubt
   * ({@code doubt}), an agreement of the Council gives {@code UNDETERMINED} with that reason; a
   * block still blocks.
   */
  static Verdict withCouncil(Dataset data, Verdict.Builder v, Snapshot day, TruthMap<StateCode> members,
      Map<StateCode, Position> positions, Optional<Reason> doubt) {
    Alliance.notePractice(data, day, v);
    Verdict council = Alliance.decideAmongMembers(Alliance.procedure(
        Alliance.organ(data, WellKnown.COLLECTIVE_SECURITY_COUNCIL), DecisionKind.DEPLOYMENT, day.date()), members, positions);
    v.by(Authority.of(Alliance.CHARTER, "the Collective Security Council decides on the use of collective forces"))
        .canBlock(council.canBlock()).blockedBy(council.blockedBy());
    council.reasons().forEach(r -> v.because(r.code(), "Council: " + r.text()));
    Set<StateCode> ignored = new TreeSet<>(positions.keySet());
    ignored.removeAll(members.certain());
    if (!ignored.isEmpty()) {
      v.because(ReasonCode.NOT_COUNTED, ignored + " are not members on " + day.date() + "; their positions do not count");
    }
    switch (council.outcome()) {
      case ADOPTED:
        return doubt.isPresent() ? v.because(doubt.get()).outcome(Outcome.UNDETERMINED) : v.outcome(Outcome.ALLOWED);
      case BLOCKED:
        return v.outcome(Outcome.BLOCKED);
      default:
        return v.outcome(Outcome.UNDETERMINED);
    }
  }
}
