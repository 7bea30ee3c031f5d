package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.cstokit.model.event.PositionCondition;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Truth;

/**
 * Rule 4: the use of collective forces. Inside a member it needs the host government's request
 * or consent and a consensus decision of the Collective Security Council; unrest without
 * external involvement had no legal basis before the 2010 amendments and has one after.
 * Out-of-area deployment (the 2017 Syria probe) needs consensus plus the conditions members
 * stated: a state whose condition is unmet stays out — which blocks unless the Council's
 * procedure allows a limited format.
 */
public final class InterventionRule {
  /** The rule's name in verdicts. */
  public static final String NAME = "use of collective forces";
  static final RecordId COUNCIL = org.cstokit.data.WellKnown.COLLECTIVE_SECURITY_COUNCIL;

  /** What the forces would respond to inside a member. */
  public enum Situation {
    /** Aggression by another state. */
    EXTERNAL_AGGRESSION,
    /** Unrest with external involvement (terrorists, armed groups from abroad). */
    UNREST_WITH_EXTERNAL_INVOLVEMENT,
    /** Unrest with internal roots only. */
    INTERNAL_UNREST
  }

  /**
   * A condition a member stated for its part in a deployment, read from the positions of a
   * recorded decision. Immutable.
   *
   * @param state the member
   * @param condition what it requires
   * @param source the decision whose position states it
   */
  public record StatedCondition(StateCode state, PositionCondition condition, RecordId source) {}

  /**
   * The conditions members stated for taking part in a deployment, as the data records them on
   * the positions of deployment decisions whose date may lie on or before the day (from the first
   * day a coarse date stands for; the latest decision's conditions per member): none before any
   * member stated one. Kazakhstan's and Kyrgyzstan's
   * replies on Syria in 2017 are the ones the sources give.
   *
   * @param data the data set
   * @param date the day
   * @return the conditions in force, by state then condition
   */
  public static java.util.List<StatedCondition> statedConditions(Dataset data, LocalDate date) {
    Map<StateCode, org.cstokit.model.event.Decision> latest = new TreeMap<>();
    for (org.cstokit.model.event.Decision d : data.decisions()) {
      if (d.kind().orElse(org.cstokit.model.event.DecisionKind.OTHER) != org.cstokit.model.event.DecisionKind.DEPLOYMENT
          || d.date().earliest().isAfter(date)) {
        continue;
      }
      for (org.cstokit.model.event.StatePosition p : d.positions()) {
        if (!p.conditions().isEmpty()) {
          latest.merge(p.state(), d, (x, y) -> y.date().compareTo(x.date()) >= 0 ? y : x);
        }
      }
    }
    java.util.List<StatedCondition> out = new java.util.ArrayList<>();
    latest.forEach((state, d) -> d.positions().stream().filter(p -> p.state().equals(state))
        .flatMap(p -> p.conditions().stream()).distinct().sorted()
        .forEach(c -> out.add(new StatedCondition(state, c, d.id()))));
    return java.util.List.copyOf(out);
  }

  private InterventionRule() {}

  /**
   * Assesses the use of collective forces inside a member.
   *
   * @param data the data set
   * @param host the member where forces would act
   * @param date the date
   * @param situation what they would respond to
   * @param hostRequest whether the host government asked or consented
   * @param positions members' positions in the Council, where known
   * @return ALLOWED, BLOCKED, NOT_APPLICABLE or UNDETERMINED
   * @throws IllegalArgumentException if the host is unknown or the date precedes the CSTO
   */
  public static Verdict inside(Dataset data, StateCode host, LocalDate date, Situation situation, boolean hostRequest,
      Map<StateCode, Position> positions) {
    Alliance.requireState(data, host, "host");
    Alliance.requireOnOrAfter(date, data, Alliance.CHARTER, "the CSTO");
    PartialDate amended = Alliance.signed(data, Alliance.TREATY_2010);
    Verdict.Builder v = Verdict.of(NAME);
    Map<StateCode, Truth> members = Alliance.cstoMembers(data, date);
    if (Alliance.pastHorizon(data, date).isPresent()) {
      return v.because(Alliance.pastHorizon(data, date).get()).outcome(Outcome.UNDETERMINED);
    }
    if (Alliance.status(members, host) != Truth.YES) {
      return v.because(host + " is not certainly a member on " + date).outcome(
          Alliance.status(members, host) == Truth.NO ? Outcome.NOT_APPLICABLE : Outcome.UNDETERMINED);
    }
    boolean afterAmendment = !date.isBefore(amended.earliest());
    boolean basisDisputed = false;
    switch (situation) {
      case EXTERNAL_AGGRESSION:
        // the text in force on the day: the amended Article 4 from the 2010 protocol on
        v.by(afterAmendment
            ? Authority.of(Alliance.TREATY_2010, "4", "aggression against a party obliges the others to assist at its request")
            : Authority.of(Alliance.TREATY, "4", "aggression against a party is aggression against all; the others assist"));
        break;
      case UNREST_WITH_EXTERNAL_INVOLVEMENT:
        if (!afterAmendment) {
          return v.by(Authority.of(Alliance.TREATY, "4", "only aggression by a state was covered"))
              .because("before the 2010 amendments only aggression was covered; whether this involvement amounts to aggression is a question of fact")
              .outcome(Outcome.UNDETERMINED);
        }
        v.by(Authority.of(Alliance.TREATY_2010, "2", "threats to a member's stability call for assistance measures"));
        break;
      default:
        if (!afterAmendment) {
          return v.by(Authority.of(Alliance.TREATY, "2", "consultations on threats to security, not internal unrest"))
              .because("unrest with internal roots gave no legal basis for collective forces before the amendments of " + amended)
              .outcome(Outcome.NOT_APPLICABLE);
        }
        v.by(Authority.of(Alliance.TREATY_2010, "2", "threats to a member's stability call for assistance measures"))
            .because("since the amendments of " + amended + " Article 2 speaks of threats to a member's stability");
        basisDisputed = true;
        break;
    }
    v.canBlock(Set.of(host));
    if (!hostRequest) {
      return v.blockedBy(Set.of(host)).because(host + " did not ask for or consent to the use of forces on its territory")
          .outcome(Outcome.BLOCKED);
    }
    if (positions.get(host) == Position.OBJECT) {
      throw new IllegalArgumentException("positions: " + host + " objects in the Council, but hostRequest says it asked"
          + " for the forces; a host cannot both request and object");
    }
    v.because(host + " asked for the forces; its request is its consent in the Council");
    Map<StateCode, Position> withHost = new java.util.TreeMap<>(positions);
    withHost.putIfAbsent(host, Position.SUPPORT);
    return withCouncil(data, v, date, members, withHost, basisDisputed ? Optional.of("whether unrest with internal roots is"
        + " covered is disputed, and the protocol's entry into force is not recorded; the only collective deployment, to"
        + " Kazakhstan in January 2022, was justified under Article 4 as aggression with external involvement")
        : Optional.empty());
  }

  /**
   * Assesses a deployment outside the members' territory.
   *
   * @param data the data set
   * @param date the date
   * @param positions members' positions in the Council, where known
   * @param unSecurityCouncilMandate whether the UN Security Council mandated the mission
   * @param parliamentaryApprovals the members whose parliaments approved
   * @return ALLOWED, BLOCKED or UNDETERMINED; the reasons list each stated condition
   * @throws IllegalArgumentException if the date precedes the CSTO
   */
  public static Verdict outOfArea(Dataset data, LocalDate date, Map<StateCode, Position> positions,
      boolean unSecurityCouncilMandate, Set<StateCode> parliamentaryApprovals) {
    Alliance.requireOnOrAfter(date, data, Alliance.CHARTER, "the CSTO");
    Verdict.Builder v = Verdict.of(NAME + " out of area")
        .by(Authority.of(Alliance.TREATY, "6", "forces act outside the parties' territory only under the UN Charter and the parties' laws"));
    Map<StateCode, Truth> members = Alliance.cstoMembers(data, date);
    if (Alliance.pastHorizon(data, date).isPresent()) {
      return v.because(Alliance.pastHorizon(data, date).get()).outcome(Outcome.UNDETERMINED);
    }
    Map<StateCode, Position> effective = new TreeMap<>(positions);
    for (StatedCondition c : statedConditions(data, date)) {
      if (Alliance.status(members, c.state()) != Truth.YES) {
        continue;
      }
      boolean met = c.condition() == PositionCondition.UN_SECURITY_COUNCIL_MANDATE ? unSecurityCouncilMandate
          : parliamentaryApprovals.contains(c.state());
      String what = c.condition() == PositionCondition.UN_SECURITY_COUNCIL_MANDATE ? "a UN Security Council mandate" : "its parliament's approval";
      if (met) {
        v.because(c.state() + " stated it needs " + what + ": met (" + c.source() + ")");
      } else {
        v.because(c.state() + " stated it needs " + what + ": not met, so it stays out (" + c.source() + ")");
        effective.merge(c.state(), Position.NOT_PARTICIPATING, (given, stayOut) -> given == Position.OBJECT ? given : stayOut);
      }
    }
    return withCouncil(data, v, date, members, effective, Optional.empty());
  }

  /**
   * The Council's part of a verdict. Where the legal basis is in doubt ({@code doubt}), an
   * agreement of the Council gives {@code UNDETERMINED} with that reason; a block still blocks.
   */
  private static Verdict withCouncil(Dataset data, Verdict.Builder v, LocalDate date, Map<StateCode, Truth> members,
      Map<StateCode, Position> positions, Optional<String> doubt) {
    Alliance.notePractice(data, date, v);
    Set<StateCode> certain = Alliance.certain(members);
    Verdict council = Alliance.decideAmongMembers(Alliance.procedure(data, COUNCIL,
        org.cstokit.model.event.DecisionKind.DEPLOYMENT, date), members, positions);
    v.by(Authority.of(Alliance.CHARTER, "the Collective Security Council decides on the use of collective forces"))
        .canBlock(council.canBlock()).blockedBy(council.blockedBy());
    council.reasons().forEach(r -> v.because("Council: " + r));
    Set<StateCode> ignored = new TreeSet<>(positions.keySet());
    ignored.removeAll(certain);
    if (!ignored.isEmpty()) {
      v.because(ignored + " are not members on " + date + "; their positions do not count");
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
