package org.cstokit.analytics.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.cstokit.data.Dataset;
import org.cstokit.data.Snapshot;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Facility;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.TruthMap;

/**
 * Rule 2: a member hosting forces or military infrastructure of another state. Another member's
 * forces are bilateral business ({@code NOT_REQUIRED}). A non-member's, on or after the December
 * 2011 protocol: after urgent consultations, allowed unless a member officially objects
 * ({@link Reading#NO_OBJECTION}, the protocol's text) — or, selectable, only with the explicit
 * consent of every other member ({@link Reading#EXPLICIT_CONSENT}, the leaders' statements at
 * the summit). It is not a vote: every member other than the host can block. Before the protocol
 * no consent rule existed; existing facilities were reportedly not covered. Outcomes:
 * {@link RuleName#BASING}.
 */
public final class BasingRule {
  private static final String PROTOCOL_SAYS =
      "hosting a non-member's forces or infrastructure needs consultations and no official objection";
  private static final ImmutableList<Authority> AUTHORITIES = ImmutableList.of(Authority.of(Alliance.BASING_2011, PROTOCOL_SAYS),
      Authority.of(Alliance.CHARTER_2010, "7", "joint measures; the basis the Secretaries General cite for the rule"));
  private static final Reason OWN_FORCES = new Reason(ReasonCode.OUTSIDE_RULE, "a state hosting its own forces is not basing");
  private static final Reason EXPLICIT_READING =
      new Reason(ReasonCode.READING, "read as the leaders stated it: every other member must consent");
  private static final Reason TEXT_READING =
      new Reason(ReasonCode.READING, "read as the protocol's text: consultation, then no official objection");
  private static final Reason ALL_CONSENTED = new Reason(ReasonCode.AGREED, "every other member consented");
  private static final Reason NONE_OBJECTED = new Reason(ReasonCode.AGREED, "every other member consulted and none objected");

  /** How to read the 2011 rule. */
  public enum Reading {
    /** The protocol's text: allowed after consultations when no member officially objects. */
    NO_OBJECTION,
    /** The leaders' statements: every other member must consent explicitly. */
    EXPLICIT_CONSENT
  }

  private BasingRule() {}

  /**
   * Evaluates a member hosting another state's forces or military infrastructure.
   *
   * @param data the data set
   * @param c the case
   * @return the verdict; {@code canBlock} lists every member able to block
   * @throws IllegalArgumentException if a state of the case is not in the data set, or the day
   *     precedes the CSTO
   */
  public static Verdict evaluate(Dataset data, BasingCase c) {
    StateCode host = c.host();
    StateCode guest = c.guest();
    LocalDate date = c.on();
    Alliance.requireState(data, host, "host");
    Alliance.requireState(data, guest, "guest");
    for (StateCode s : c.objections()) {
      Alliance.requireState(data, s, "objections");
    }
    for (StateCode s : c.consents()) {
      Alliance.requireState(data, s, "consents");
    }
    Alliance.requireOnOrAfter(date, data, Alliance.CHARTER, "the CSTO");
    Verdict.Builder v = Verdict.of(RuleName.BASING).by(AUTHORITIES);
    Optional<Reason> past = Alliance.pastHorizon(data, date);
    if (past.isPresent()) {
      return v.because(past.get()).outcome(Outcome.UNDETERMINED);
    }
    Snapshot day = data.asOf(date);
    TruthMap<StateCode> members = day.members(Alliance.CSTO);
    Truth hostMember = members.truth(host, Truth.NO);
    if (hostMember == Truth.NO) {
      return v.because(ReasonCode.NOT_A_MEMBER, () -> host + " is not a CSTO member on " + date
          + "; the rule binds members only").outcome(Outcome.NOT_APPLICABLE);
    }
    if (hostMember == Truth.UNKNOWN) {
      return v.because(ReasonCode.MEMBERSHIP_UNCERTAIN, () -> "whether " + host + " is a member on " + date
          + " cannot be told from the dates recorded").outcome(Outcome.UNDETERMINED);
    }
    if (guest.equals(host)) {
      return v.because(OWN_FORCES).outcome(Outcome.NOT_REQUIRED);
    }
    Truth guestMember = members.truth(guest, Truth.NO);
    if (guestMember == Truth.YES) {
      return v.because(ReasonCode.OUTSIDE_RULE, () -> guest + " is a member: hosting another member's forces is"
          + " bilateral and outside this rule").outcome(Outcome.NOT_REQUIRED);
    }
    if (guestMember == Truth.UNKNOWN) {
      return v.because(ReasonCode.MEMBERSHIP_UNCERTAIN, () -> "whether " + guest + " is a member on " + date
          + " cannot be told from the dates recorded").outcome(Outcome.UNDETERMINED);
    }
    PartialDate ruleStart = Alliance.signed(data, Alliance.BASING_2011);
    if (date.isBefore(ruleStart.earliest())) {
      return v.because(ReasonCode.BEFORE_INSTRUMENT, () -> "before the protocol of " + ruleStart
          + " no member's consent was needed to host a non-member's forces").outcome(Outcome.NOT_APPLICABLE);
    }
    if (!date.isAfter(ruleStart.latest())) {
      v.because(ReasonCode.ASSUMPTION, () -> "the protocol was signed on " + ruleStart
          + "; its entry into force for each member is not recorded");
    }
    MemberSets sets = MemberSets.of(members);
    ImmutableSortedSet<StateCode> others = sets.certainOtherThan(host);
    Alliance.notePractice(data, day, v);
    ImmutableSortedSet<StateCode> unsure = sets.uncertain();
    if (!unsure.isEmpty()) {
      v.because(ReasonCode.MEMBERSHIP_UNCERTAIN, () -> "membership of " + unsure + " on " + date
          + " is uncertain; they are not counted as able to block");
    }
    v.canBlock(others);
    SortedSet<StateCode> objections = c.objections();
    Set<StateCode> valid = objections;
    if (!others.containsAll(objections)) {
      valid = Sets.intersection(objections, others);
      Set<StateCode> ignored = Sets.difference(objections, others);
      v.because(ReasonCode.NOT_COUNTED, () -> ignored + " cannot block: only members other than the host can");
    }
    boolean explicit = c.reading() == Reading.EXPLICIT_CONSENT;
    if (explicit) {
      v.mustConsent(others).because(EXPLICIT_READING);
    } else {
      v.because(TEXT_READING);
    }
    if (!valid.isEmpty()) {
      Set<StateCode> blockers = valid;
      return v.blockedBy(valid).because(ReasonCode.OBJECTED, () -> blockers + " officially objected, which blocks under"
          + " either reading").outcome(Outcome.BLOCKED);
    }
    Set<StateCode> unheard = Sets.difference(others, c.consents());
    if (explicit) {
      if (!unheard.isEmpty()) {
        return v.because(ReasonCode.CONSENT_MISSING, () -> "no explicit consent yet from " + unheard).outcome(Outcome.UNDETERMINED);
      }
      return v.because(ALL_CONSENTED).outcome(Outcome.ALLOWED);
    }
    if (unheard.isEmpty()) {
      return v.because(NONE_OBJECTED).outcome(Outcome.ALLOWED);
    }
    return v.because(ReasonCode.POSITION_MISSING, () -> "allowed unless " + unheard + " officially object after the"
        + " consultations; give their consent (or their objection) for a definite answer")
        .outcome(Outcome.ALLOWED_UNLESS_OBJECTION);
  }

  /**
   * One facility and the rule's verdict on it. Immutable and thread-safe.
   *
   * @param facility the facility
   * @param verdict the verdict
   */
  public record FacilityCheck(Facility facility, Verdict verdict) {}

  /**
   * Evaluates the rule for every foreign facility of the data set (operator other than host):
   * facilities of members are bilateral, those predating the rule are reported as such, later or
   * undated ones are evaluated as of their start (or the rule's start) with no objection
   * recorded.
   *
   * @param data the data set
   * @return one check per foreign facility, in id order
   */
  public static ImmutableList<FacilityCheck> evaluateFacilities(Dataset data) {
    PartialDate ruleStart = Alliance.signed(data, Alliance.BASING_2011);
    PartialDate charter = Alliance.signed(data, Alliance.CHARTER);
    ImmutableList.Builder<FacilityCheck> out = ImmutableList.builder();
    for (Facility f : data.facilities()) {
      if (!f.isForeign()) {
        continue;
      }
      if (f.period().isPresent() && f.period().get().start().isCertainlyBefore(ruleStart)) {
        PartialDate start = f.period().get().start();
        String when = start.isCertainlyBefore(charter) ? "before the CSTO existed" : "before the 2011 protocol";
        boolean nonMember = data.asOf(ruleStart.earliest()).members(Alliance.CSTO).truth(f.operator(), Truth.NO) != Truth.YES;
        Verdict.Builder v = Verdict.of(RuleName.BASING).by(Authority.of(Alliance.BASING_2011, PROTOCOL_SAYS));
        out.add(new FacilityCheck(f, v.because(ReasonCode.BEFORE_INSTRUMENT, f.name() + " dates from " + start + ", " + when
            + (nonMember ? "; existing facilities of non-members were reportedly not covered" : "; its operator is a member"))
            .outcome(nonMember ? Outcome.NOT_APPLICABLE : Outcome.NOT_REQUIRED)));
        continue;
      }
      LocalDate at = f.period().map(p -> p.start().latest()).orElse(ruleStart.latest());
      if (at.isBefore(ruleStart.latest())) {
        at = ruleStart.latest();
      }
      Verdict verdict = evaluate(data, BasingCase.builder().host(f.host()).guest(f.operator()).on(at).build());
      if (f.status().isProposalOnly()) {
        Verdict.Builder v = Verdict.of(RuleName.BASING).by(verdict.authorities().get(0)).canBlock(verdict.canBlock())
            .because(ReasonCode.ASSUMPTION, f.name() + " is " + f.status().name().toLowerCase(Locale.ROOT)
                + "; checked as of " + at);
        verdict.reasons().forEach(v::because);
        verdict = v.outcome(verdict.outcome());
      }
      out.add(new FacilityCheck(f, verdict));
    }
    return out.build();
  }
}
