package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.data.Snapshot;
import org.cstokit.data.WellKnown;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.ProcedureKind;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Decision;
import org.cstokit.model.event.DecisionKind;
import org.cstokit.model.event.Position;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.source.OrganId;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.TruthMap;

/** Facts the rules share: members on a date, key instruments and their dates, argument checks. */
final class Alliance {
  static final OrganizationId CSTO = OrganizationId.of("CSTO");
  static final OrganizationId CST = OrganizationId.of("CST");
  static final InstrumentId TREATY = WellKnown.COLLECTIVE_SECURITY_TREATY;
  static final InstrumentId CHARTER = WellKnown.CHARTER;
  static final InstrumentId TREATY_2010 = InstrumentId.of("inst-2010-treaty-amending-protocol");
  static final InstrumentId CHARTER_2010 = InstrumentId.of("inst-2010-charter-amending-protocol");
  static final InstrumentId BASING_2011 = WellKnown.BASING_PROTOCOL;
  /** The procedure of an organ whose procedure the sources do not state. */
  static final DecisionProcedure NOT_STATED = DecisionProcedure.of(ProcedureKind.NOT_STATED);

  private Alliance() {}

  /** The parties to the Treaty on the day: members of the CST or of the CSTO. */
  static TruthMap<StateCode> treatyParties(Snapshot day) {
    TreeMap<StateCode, Truth> out = new TreeMap<>(day.members(CST));
    day.members(CSTO).forEach((s, t) -> out.merge(s, t, Truth::or));
    return TruthMap.copyOf(out);
  }

  /**
   * Why a rule that needs the whole member set cannot decide on the day, if the day lies past the
   * horizon of the membership data: members may have joined, left or been suspended since, and
   * the data would not know.
   */
  static Optional<Reason> pastHorizon(Dataset data, LocalDate date) {
    LocalDate h = data.horizon(Family.MEMBERSHIPS);
    if (!date.isAfter(h)) {
      return Optional.empty();
    }
    return Optional.of(new Reason(ReasonCode.PAST_HORIZON, date + " lies past the horizon of the membership data (" + h
        + "): the data is kept complete only to then, so the member set on that day may differ without the data"
        + " knowing, and the verdict cannot rest on it"));
  }

  /**
   * The states the rotation counts as eligible on the day: the states whose CSTO membership
   * certainly covers the day by its recorded period, whether or not its sources still speak for
   * that day. A schedule is a projection of the rule: past the sources' horizons it assumes that
   * the memberships they leave open continue (the schedule's Javadoc says so).
   */
  static Set<StateCode> eligible(Dataset data, LocalDate date) {
    Set<StateCode> out = new TreeSet<>();
    for (Membership m : data.memberships()) {
      if (m.organization().equals(CSTO) && m.status() == MembershipStatus.MEMBER
          && m.period().contains(date) == Truth.YES) {
        out.add(m.state());
      }
    }
    return out;
  }

  /**
   * Says the practice beside the law: each member that has declared its participation frozen on
   * the day (a de facto status, Armenia since February 2024) stays a member in law and can still
   * block; the verdict notes it.
   */
  static void notePractice(Dataset data, Snapshot day, Verdict.Builder v) {
    TruthMap<StateCode> frozen = day.withStatus(CSTO, MembershipStatus.PARTICIPATION_FROZEN);
    if (frozen.isEmpty()) {
      return;
    }
    LocalDate date = day.date();
    frozen.forEach((state, truth) -> {
      v.because(ReasonCode.PRACTICE, state + " has declared its participation frozen (de facto"
          + (truth == Truth.YES ? "" : ", possibly") + "); in law it remains a member and can still block");
      for (Decision d : data.decisions()) {
        boolean stayedOut = d.positions().stream().anyMatch(p -> p.state().equals(state)
            && p.position() == Position.NOT_PARTICIPATING);
        if (stayedOut && !d.date().earliest().isAfter(date)) {
          v.because(ReasonCode.PRACTICE, state + " stayed out of " + d.id() + " of " + d.date() + " without blocking it"
              + (d.procedure().map(DecisionProcedure::isLimitedFormatAllowed).orElse(false) ? " (a limited format)" : ""));
        }
      }
    });
  }

  /** The organ of the data set; an unknown one is an illegal argument naming the field. */
  static Organ organ(Dataset data, OrganId organ) {
    return data.find(organ).orElseThrow(() ->
        new IllegalArgumentException("organ: " + organ + " is not an organ of the data set"));
  }

  /**
   * The procedure of an organ of the data set for a kind of decision on a day (see
   * {@code Organ.procedureFor}); {@code NOT_STATED} when the sources give none.
   */
  static DecisionProcedure procedure(Organ organ, DecisionKind kind, LocalDate date) {
    return organ.procedureFor(kind, date).orElse(NOT_STATED);
  }

  /**
   * A decision among the states certainly members on the day: positions of others are dropped
   * (callers report them), and the consensus rule decides.
   */
  static Verdict decideAmongMembers(DecisionProcedure procedure, TruthMap<StateCode> members,
      Map<StateCode, Position> positions) {
    // members here are CSTO members: the CSTO Charter is the instrument behind its organs' procedures
    Set<StateCode> certain = members.certain();
    Map<StateCode, Position> known = new TreeMap<>(positions);
    known.keySet().retainAll(certain);
    return ConsensusRule.decide(procedure, certain, known);
  }

  /** The signing date of an instrument of the data set. */
  static PartialDate signed(Dataset data, InstrumentId instrument) {
    Optional<PartialDate> signed = data.get(instrument).signed();
    if (signed.isEmpty()) {
      throw new IllegalStateException(instrument + " has no signing date in the data");
    }
    return signed.get();
  }

  static void requireState(Dataset data, StateCode state, String field) {
    if (data.findState(state).isEmpty()) {
      throw new IllegalArgumentException(field + ": " + state + " is not a state of the data set");
    }
  }

  /** Rejects a date before an instrument could have applied (before its signing year began). */
  static void requireOnOrAfter(LocalDate date, Dataset data, InstrumentId instrument, String what) {
    PartialDate signed = signed(data, instrument);
    if (date.isBefore(signed.earliest())) {
      throw new IllegalArgumentException("on: " + date + " is before " + what + " existed (" + signed + ")");
    }
  }
}
