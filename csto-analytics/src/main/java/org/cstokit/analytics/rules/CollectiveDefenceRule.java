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
 * Rule 3: collective defence, Article 4 of the Treaty as amended. Aggression against a party
 * obliges every other party of that date to assist — after the 2010 amendment, at the victim's
 * request; without a request, the joint consultations of Article 2 apply. Aggression by a party
 * against a party is outside the rule, and an attack on territory outside a party's
 * internationally recognised borders (Nagorno-Karabakh) is {@code UNDETERMINED}. Before the
 * Treaty's entry into force (1994-04-20) nothing binds: {@code NOT_APPLICABLE}. The amendment
 * is taken to apply from its signing, because its entry into force is not recorded; the verdict
 * says so. A victim that is the only party certainly in the Treaty on the day has no one to
 * assist it: {@code NOT_APPLICABLE} (or {@code UNDETERMINED} while others' membership is unsure).
 *
 * <p>Assistance under Article 4 is not automatic: it follows a decision of the Collective
 * Security Council, taken by consensus after the request (as in January 2022 for Kazakhstan; in
 * 2021 and 2022 Armenia's requests led to none). With every position that could block recorded
 * and none objecting the answer is {@code OBLIGED}; with an objection, {@code BLOCKED}; otherwise
 * {@code DECISION_REQUIRED}, naming who would be bound and who can block. Outcomes:
 * {@link RuleName#COLLECTIVE_DEFENCE}.
 */
public final class CollectiveDefenceRule {
  /** Where the attack took place. */
  public enum Territory {
    /** Within the victim's internationally recognised borders. */
    RECOGNISED,
    /** On territory outside them or in dispute (Nagorno-Karabakh). */
    DISPUTED
  }

  private CollectiveDefenceRule() {}

  /**
   * Evaluates an attack.
   *
   * @param data the data set
   * @param c the case
   * @return OBLIGED, DECISION_REQUIRED, BLOCKED, NOT_REQUIRED (consultations only),
   *     NOT_APPLICABLE or UNDETERMINED
   * @throws IllegalArgumentException if a state of the case is not in the data set, or the day
   *     precedes the Treaty
   */
  public static Verdict evaluate(Dataset data, CollectiveDefenceCase c) {
    StateCode victim = c.victim();
    StateCode aggressor = c.aggressor();
    LocalDate date = c.on();
    Alliance.requireState(data, victim, "victim");
    Alliance.requireState(data, aggressor, "aggressor");
    Alliance.requireOnOrAfter(date, data, Alliance.TREATY, "the Collective Security Treaty");
    PartialDate amended = Alliance.signed(data, Alliance.TREATY_2010);
    boolean afterAmendment = !date.isBefore(amended.earliest());
    Verdict.Builder v = Verdict.of(RuleName.COLLECTIVE_DEFENCE).by(article4(afterAmendment));
    Optional<PartialDate> inForce = data.get(Alliance.TREATY).inForce();
    if (inForce.isPresent() && date.isBefore(inForce.get().earliest())) {
      return v.because(ReasonCode.BEFORE_INSTRUMENT, "the Treaty was signed but entered into force only on "
          + inForce.get() + "; before that it bound no party").outcome(Outcome.NOT_APPLICABLE);
    }
    if (inForce.isPresent() && date.isBefore(inForce.get().latest())) {
      return v.because(ReasonCode.DATE_TOO_COARSE, "the Treaty entered into force in " + inForce.get()
          + "; whether it bound the parties on " + date + " cannot be told").outcome(Outcome.UNDETERMINED);
    }
    if (inForce.isEmpty()) {
      v.because(ReasonCode.ASSUMPTION, "the Treaty's entry into force is not recorded; it is taken to bind from its signing");
    }
    Optional<Reason> past = Alliance.pastHorizon(data, date);
    if (past.isPresent()) {
      return v.because(past.get()).outcome(Outcome.UNDETERMINED);
    }
    Snapshot day = data.asOf(date);
    TruthMap<StateCode> parties = Alliance.treatyParties(day);
    Truth victimParty = parties.truth(victim, Truth.NO);
    if (victimParty == Truth.NO) {
      return v.because(ReasonCode.NOT_A_MEMBER, victim + " is not a party to the Treaty on " + date)
          .outcome(Outcome.NOT_APPLICABLE);
    }
    if (victimParty == Truth.UNKNOWN) {
      return v.because(ReasonCode.MEMBERSHIP_UNCERTAIN, "whether " + victim + " is a party on " + date
          + " cannot be told from the dates recorded").outcome(Outcome.UNDETERMINED);
    }
    Truth aggressorParty = parties.truth(aggressor, Truth.NO);
    if (aggressorParty == Truth.YES) {
      return v.because(ReasonCode.OUTSIDE_RULE, aggressor + " is itself a party: aggression by a party against a party is"
          + " outside Article 4").outcome(Outcome.NOT_APPLICABLE);
    }
    if (aggressorParty == Truth.UNKNOWN) {
      return v.because(ReasonCode.MEMBERSHIP_UNCERTAIN, "whether the aggressor " + aggressor + " is a party on " + date
          + " cannot be told").outcome(Outcome.UNDETERMINED);
    }
    if (c.territory() == Territory.DISPUTED) {
      return v.because(ReasonCode.DISPUTED, "the attack is on territory outside " + victim + "'s internationally"
          + " recognised borders; whether Article 4 covers it is disputed among the members").outcome(Outcome.UNDETERMINED);
    }
    Alliance.notePractice(data, day, v);
    Set<StateCode> obliged = new TreeSet<>(parties.certain());
    obliged.remove(victim);
    Set<StateCode> unsure = parties.uncertain();
    if (!unsure.isEmpty()) {
      v.because(ReasonCode.MEMBERSHIP_UNCERTAIN, "whether " + unsure + " are parties on " + date
          + " cannot be told; they are not listed as obliged");
    }
    if (obliged.isEmpty()) {
      return v.because(ReasonCode.OUTSIDE_RULE, victim + " is the only party certainly in the Treaty on " + date
          + ": there is no other party to assist").outcome(unsure.isEmpty() ? Outcome.NOT_APPLICABLE : Outcome.UNDETERMINED);
    }
    boolean requested = c.request() == Request.REQUESTED;
    if (afterAmendment && !requested) {
      return v.by(Authority.of(Alliance.TREATY_2010, "2", "joint consultations and assistance measures when a party is threatened"))
          .because(ReasonCode.CONSENT_MISSING, "since the amendment of " + amended + " assistance is due at the victim's"
              + " request, and none was made; the joint consultations of Article 2 apply (the amendment is taken to apply"
              + " from its signing: its entry into force is not recorded)")
          .outcome(Outcome.NOT_REQUIRED);
    }
    if (afterAmendment) {
      v.because(ReasonCode.CONSENT_GIVEN, victim + " requested assistance, as the amended Article 4 requires (taken to"
          + " apply from " + amended + ")");
    } else {
      v.because(ReasonCode.LEGAL_BASIS, "before the 2010 amendment no request was needed");
    }
    v.obliged(obliged).by(Authority.of(Alliance.CHARTER,
        "the Collective Security Council decides on the collective response, by consensus"));
    Map<StateCode, Position> positions = new TreeMap<>(c.positions());
    positions.putIfAbsent(victim, Position.SUPPORT); // the victim asks (or, before 2010, needed not ask)
    Verdict decision = Alliance.decideAmongMembers(Alliance.procedure(
        Alliance.organ(data, WellKnown.COLLECTIVE_SECURITY_COUNCIL), DecisionKind.DEPLOYMENT, date), parties, positions);
    Set<StateCode> canBlock = new TreeSet<>(decision.canBlock());
    canBlock.remove(victim); // its request is its support
    v.canBlock(canBlock).blockedBy(decision.blockedBy());
    decision.reasons().forEach(r -> v.because(r.code(), "Council: " + r.text()));
    switch (decision.outcome()) {
      case ADOPTED:
        return v.because(ReasonCode.AGREED, "the Council decided: every other party on " + date
            + " must give the necessary assistance, military included").outcome(Outcome.OBLIGED);
      case BLOCKED:
        return v.because(ReasonCode.NOT_AGREED, "the Council's decision is blocked, so no collective assistance follows")
            .outcome(Outcome.BLOCKED);
      default:
        return v.because(ReasonCode.LEGAL_BASIS, "assistance follows a decision of the Collective Security Council, by"
            + " consensus, after the request; until it is taken, the parties listed as obliged are bound only if it is")
            .outcome(Outcome.DECISION_REQUIRED);
    }
  }

  /** Article 4 in the text in force on the day: the amended one from the 2010 protocol on. */
  static Authority article4(boolean afterAmendment) {
    return afterAmendment
        ? Authority.of(Alliance.TREATY_2010, "4", "aggression against a party obliges the others to assist at its request")
        : Authority.of(Alliance.TREATY, "4", "aggression against a party is aggression against all; the others assist");
  }
}
