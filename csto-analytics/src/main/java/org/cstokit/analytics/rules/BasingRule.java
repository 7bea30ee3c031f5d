package org.cstokit.analytics.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Facility;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Truth;

/**
 * Rule 2: a member hosting forces or military infrastructure of another state. Another member's
 * forces are bilateral business ({@code NOT_REQUIRED}). A non-member's, on or after the December
 * 2011 protocol: after urgent consultations, allowed unless a member officially objects
 * ({@link Reading#NO_OBJECTION}, the protocol's text) — or, selectable, only with the explicit
 * consent of every other member ({@link Reading#EXPLICIT_CONSENT}, the leaders' statements at
 * the summit). It is not a vote: every member other than the host can block. Before the protocol
 * no consent rule existed; existing facilities were reportedly not covered.
 */
public final class BasingRule {
  /** The rule's name in verdicts. */
  public static final String NAME = "third-state basing";

  /** How to read the 2011 rule. */
  public enum Reading {
    /** The protocol's text: allowed after consultations when no member officially objects. */
    NO_OBJECTION,
    /** The leaders' statements: every other member must consent explicitly. */
    EXPLICIT_CONSENT
  }

  private BasingRule() {}

  /**
   * Checks a member hosting another state's forces or military infrastructure.
   *
   * @param data the data set
   * @param host the host state
   * @param guest the state whose forces or infrastructure would be hosted
   * @param date the date of the decision
   * @param objections the states that officially object
   * @param consents the states that explicitly consent; under {@link Reading#NO_OBJECTION}, the
   *     members consulted that did not object — with all of them given, the answer is
   *     {@code ALLOWED}, otherwise {@code ALLOWED_UNLESS_OBJECTION}
   * @param reading how to read the rule
   * @return the verdict; {@code canBlock} lists every member able to block
   * @throws IllegalArgumentException if a state is unknown or the date precedes the CSTO
   */
  public static Verdict check(Dataset data, StateCode host, StateCode guest, LocalDate date,
      Set<StateCode> objections, Set<StateCode> consents, Reading reading) {
    Alliance.requireState(data, host, "host");
    Alliance.requireState(data, guest, "guest");
    for (StateCode s : objections) {
      Alliance.requireState(data, s, "objections");
    }
    for (StateCode s : consents) {
      Alliance.requireState(data, s, "consents");
    }
    Set<StateCode> both = new TreeSet<>(objections);
    both.retainAll(consents);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException("objections: " + both + " also in consents; a member cannot both object and consent");
    }
    Alliance.requireOnOrAfter(date, data, Alliance.CHARTER, "the CSTO");
    PartialDate ruleStart = Alliance.signed(data, Alliance.BASING_2011);
    Verdict.Builder v = Verdict.of(NAME)
        .by(Authority.of(Alliance.BASING_2011, "hosting a non-member's forces or infrastructure needs consultations and no official objection"))
        .by(Authority.of(Alliance.CHARTER_2010, "7", "joint measures; the basis the Secretaries General cite for the rule"));
    Map<StateCode, Truth> members = Alliance.cstoMembers(data, date);
    if (Alliance.pastHorizon(data, date).isPresent()) {
      return v.because(Alliance.pastHorizon(data, date).get()).outcome(Outcome.UNDETERMINED);
    }
    Truth hostMember = Alliance.status(members, host);
    if (hostMember == Truth.NO) {
      return v.because(host + " is not a CSTO member on " + date + "; the rule binds members only").outcome(Outcome.NOT_APPLICABLE);
    }
    if (hostMember == Truth.UNKNOWN) {
      return v.because("whether " + host + " is a member on " + date + " cannot be told from the dates recorded").outcome(Outcome.UNDETERMINED);
    }
    if (guest.equals(host)) {
      return v.because("a state hosting its own forces is not basing").outcome(Outcome.NOT_REQUIRED);
    }
    Truth guestMember = Alliance.status(members, guest);
    if (guestMember == Truth.YES) {
      return v.because(guest + " is a member: hosting another member's forces is bilateral and outside this rule").outcome(Outcome.NOT_REQUIRED);
    }
    if (guestMember == Truth.UNKNOWN) {
      return v.because("whether " + guest + " is a member on " + date + " cannot be told from the dates recorded").outcome(Outcome.UNDETERMINED);
    }
    if (date.isBefore(ruleStart.earliest())) {
      return v.because("before the protocol of " + ruleStart + " no member's consent was needed to host a non-member's forces")
          .outcome(Outcome.NOT_APPLICABLE);
    }
    if (!date.isAfter(ruleStart.latest())) {
      v.because("the protocol was signed on " + ruleStart + "; its entry into force for each member is not recorded");
    }
    Set<StateCode> others = new TreeSet<>(Alliance.certain(members));
    others.remove(host);
    Alliance.notePractice(data, date, v);
    Set<StateCode> unsure = Alliance.uncertain(members);
    if (!unsure.isEmpty()) {
      v.because("membership of " + unsure + " on " + date + " is uncertain; they are not counted as able to block");
    }
    v.canBlock(others);
    Set<StateCode> valid = new TreeSet<>(objections);
    valid.retainAll(others);
    Set<StateCode> ignored = new TreeSet<>(objections);
    ignored.removeAll(others);
    if (!ignored.isEmpty()) {
      v.because(ignored + " cannot block: only members other than the host can");
    }
    if (reading == Reading.EXPLICIT_CONSENT) {
      v.mustConsent(others).because("read as the leaders stated it: every other member must consent");
    } else {
      v.because("read as the protocol's text: consultation, then no official objection");
    }
    if (!valid.isEmpty()) {
      return v.blockedBy(valid).because(valid + " officially objected, which blocks under either reading").outcome(Outcome.BLOCKED);
    }
    if (reading == Reading.EXPLICIT_CONSENT) {
      Set<StateCode> lacking = new TreeSet<>(others);
      lacking.removeAll(consents);
      if (!lacking.isEmpty()) {
        return v.because("no explicit consent yet from " + lacking).outcome(Outcome.UNDETERMINED);
      }
      return v.because("every other member consented").outcome(Outcome.ALLOWED);
    }
    Set<StateCode> unheard = new TreeSet<>(others);
    unheard.removeAll(consents);
    if (unheard.isEmpty()) {
      return v.because("every other member consulted and none objected").outcome(Outcome.ALLOWED);
    }
    return v.because("allowed unless " + unheard + " officially object after the consultations;"
        + " give their consent (or their objection) for a definite answer").outcome(Outcome.ALLOWED_UNLESS_OBJECTION);
  }

  /**
   * One facility and the rule's verdict on it. Immutable.
   *
   * @param facility the facility
   * @param verdict the verdict
   */
  public record FacilityCheck(Facility facility, Verdict verdict) {}

  /**
   * Runs the rule over every foreign facility of the data set (operator other than host):
   * facilities of members are bilateral, those predating the rule are reported as such, later
   * or undated ones are checked as of their start (or the rule's start) with no objection
   * recorded.
   *
   * @param data the data set
   * @return one check per foreign facility, in id order
   */
  public static ImmutableList<FacilityCheck> survey(Dataset data) {
    PartialDate ruleStart = Alliance.signed(data, Alliance.BASING_2011);
    PartialDate charter = Alliance.signed(data, Alliance.CHARTER);
    ImmutableList.Builder<FacilityCheck> out = ImmutableList.builder();
    for (Facility f : data.facilities()) {
      if (!f.isForeign()) {
        continue;
      }
      Verdict.Builder v = Verdict.of(NAME).by(Authority.of(Alliance.BASING_2011,
          "hosting a non-member's forces or infrastructure needs consultations and no official objection"));
      if (f.period().isPresent() && f.period().get().start().isCertainlyBefore(ruleStart)) {
        PartialDate start = f.period().get().start();
        String when = start.isCertainlyBefore(charter) ? "before the CSTO existed" : "before the 2011 protocol";
        boolean nonMember = Alliance.status(Alliance.cstoMembers(data, ruleStart.earliest()), f.operator()) != Truth.YES;
        out.add(new FacilityCheck(f, v.because(f.name() + " dates from " + start + ", " + when
            + (nonMember ? "; existing facilities of non-members were reportedly not covered" : "; its operator is a member"))
            .outcome(nonMember ? Outcome.NOT_APPLICABLE : Outcome.NOT_REQUIRED)));
        continue;
      }
      LocalDate at = f.period().map(p -> p.start().latest()).orElse(ruleStart.latest());
      if (at.isBefore(ruleStart.latest())) {
        at = ruleStart.latest();
      }
      Verdict verdict = check(data, f.host(), f.operator(), at, Set.of(), Set.of(), Reading.NO_OBJECTION);
      if (f.status().isProposalOnly()) {
        verdict = Verdict.of(NAME).by(verdict.authorities().get(0)).canBlock(verdict.canBlock())
            .because(f.name() + " is " + f.status().name().toLowerCase() + "; checked as of " + at)
            .because(String.join("; ", verdict.reasons())).outcome(verdict.outcome());
      }
      out.add(new FacilityCheck(f, verdict));
    }
    return out.build();
  }
}
