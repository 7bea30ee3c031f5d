package org.cstokit.analytics.rules;

import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.source.OrganId;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.ProcedureKind;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.cstokit.model.law.Instrument;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Truth;

/** Facts the rules share: members on a date, key instruments and their dates, argument checks. */
final class Alliance {
  static final OrganizationId CSTO = OrganizationId.of("CSTO");
  static final OrganizationId CST = OrganizationId.of("CST");
  static final String TREATY = org.cstokit.data.WellKnown.COLLECTIVE_SECURITY_TREATY.value();
  static final String CHARTER = org.cstokit.data.WellKnown.CHARTER.value();
  static final String TREATY_2010 = "inst-2010-treaty-amending-protocol";
  static final String CHARTER_2010 = "inst-2010-charter-amending-protocol";
  static final String BASING_2011 = org.cstokit.data.WellKnown.BASING_PROTOCOL.value();

  private Alliance() {}

  /** The states with status MEMBER in the CSTO on the day, with their truth. */
  static Map<StateCode, Truth> cstoMembers(Dataset data, LocalDate date) {
    return data.asOf(date).members(CSTO);
  }

  /** The parties to the Treaty on the day: members of the CST or of the CSTO. */
  static Map<StateCode, Truth> treatyParties(Dataset data, LocalDate date) {
    TreeMap<StateCode, Truth> out = new TreeMap<>(data.asOf(date).members(CST));
    cstoMembers(data, date).forEach((s, t) -> out.merge(s, t, Truth::or));
    return ImmutableSortedMap.copyOf(out);
  }

  /**
   * Why a rule that needs the whole member set cannot decide on the day, if the day lies past the
   * horizon of the membership data: members may have joined, left or been suspended since, and
   * the data would not know.
   */
  static java.util.Optional<String> pastHorizon(Dataset data, LocalDate date) {
    LocalDate h = data.horizon(org.cstokit.data.Family.MEMBERSHIPS);
    if (!date.isAfter(h)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(date + " lies past the horizon of the membership data (" + h
        + "): the data is kept complete only to then, so the member set on that day may differ without the data"
        + " knowing, and the verdict cannot rest on it");
  }

  /**
   * The states the rotation counts as eligible on the day: the states whose CSTO membership
   * certainly covers the day by its recorded period, whether or not its sources still speak for
   * that day. A schedule is a projection of the rule: past the sources' horizons it assumes that
   * the memberships they leave open continue (the schedule's Javadoc says so).
   */
  static Set<StateCode> eligible(Dataset data, LocalDate date) {
    Set<StateCode> out = new java.util.TreeSet<>();
    for (org.cstokit.model.membership.Membership m : data.memberships()) {
      if (m.organization().equals(CSTO) && m.status() == org.cstokit.model.membership.MembershipStatus.MEMBER
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
  static void notePractice(Dataset data, LocalDate date, Verdict.Builder v) {
    data.asOf(date).withStatus(CSTO, org.cstokit.model.membership.MembershipStatus.PARTICIPATION_FROZEN)
        .forEach((state, truth) -> {
          v.because(state + " has declared its participation frozen (de facto"
              + (truth == Truth.YES ? "" : ", possibly") + "); in law it remains a member and can still block");
          for (org.cstokit.model.event.Decision d : data.decisions()) {
            boolean stayedOut = d.positions().stream().anyMatch(p -> p.state().equals(state)
                && p.position() == Position.NOT_PARTICIPATING);
            if (stayedOut && !d.date().earliest().isAfter(date)) {
              v.because(state + " stayed out of " + d.id() + " of " + d.date() + " without blocking it"
                  + (d.procedure().map(DecisionProcedure::isLimitedFormatAllowed).orElse(false) ? " (a limited format)" : ""));
            }
          }
        });
  }

  static Set<StateCode> certain(Map<StateCode, Truth> members) {
    return members.entrySet().stream().filter(e -> e.getValue() == Truth.YES).map(Map.Entry::getKey)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  static Set<StateCode> uncertain(Map<StateCode, Truth> members) {
    return members.entrySet().stream().filter(e -> e.getValue() == Truth.UNKNOWN).map(Map.Entry::getKey)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  static Truth status(Map<StateCode, Truth> members, StateCode state) {
    return members.getOrDefault(state, Truth.NO);
  }

  /**
   * The procedure of an organ of the data set for a kind of decision on a day (see
   * {@code Organ.procedureFor}); {@code NOT_STATED} when the sources give none.
   */
  static DecisionProcedure procedure(Dataset data, RecordId organ,
      org.cstokit.model.event.DecisionKind kind, LocalDate date) {
    Organ o = data.find(OrganId.of(organ.value())).orElseThrow(() ->
        new IllegalArgumentException("organ: " + organ + " is not an organ of the data set"));
    return o.procedureFor(kind, date).orElse(DecisionProcedure.of(ProcedureKind.NOT_STATED));
  }

  /**
   * A decision among the states certainly members on the day: positions of others are dropped
   * (callers report them), and the consensus rule decides.
   */
  static Verdict decideAmongMembers(DecisionProcedure procedure, Map<StateCode, Truth> members,
      Map<StateCode, Position> positions) {
    // members here are CSTO members: the CSTO Charter is the instrument behind its organs' procedures
    Set<StateCode> certain = certain(members);
    Map<StateCode, Position> known = new TreeMap<>(positions);
    known.keySet().retainAll(certain);
    return ConsensusRule.decide(procedure, certain, known);
  }

  /** The signing date of an instrument of the data set. */
  static PartialDate signed(Dataset data, String instrument) {
    Instrument i = data.get(InstrumentId.of(instrument));
    return i.signed().orElseThrow(() -> new IllegalStateException(instrument + " has no signing date in the data"));
  }

  static void requireState(Dataset data, StateCode state, String argument) {
    if (data.findState(state).isEmpty()) {
      throw new IllegalArgumentException(argument + ": " + state + " is not a state of the data set");
    }
  }

  /** Rejects a date before an instrument could have applied (before its signing year began). */
  static void requireOnOrAfter(LocalDate date, Dataset data, String instrument, String what) {
    PartialDate signed = signed(data, instrument);
    if (date.isBefore(signed.earliest())) {
      throw new IllegalArgumentException("date: " + date + " is before " + what + " existed (" + signed + ")");
    }
  }
}
