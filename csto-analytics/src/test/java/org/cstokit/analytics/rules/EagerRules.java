package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cstokit.data.Dataset;
import org.cstokit.data.Snapshot;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.actor.ProcedureKind;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.TruthMap;

/**
 * The consensus and basing rules as they were before their reasons' texts were composed lazily
 * (commit a030beb, verbatim but for the names): every text composed at once through the public
 * {@code Verdict.Builder.because(ReasonCode, String)}, every set built as a {@code TreeSet}. The
 * oracle of {@link LazyReasonsProperties}: the rules must give equal verdicts with the same
 * explanation, byte for byte.
 */
final class EagerRules {
  private static final String PROTOCOL_SAYS =
      "hosting a non-member's forces or infrastructure needs consultations and no official objection";

  private EagerRules() {}

  static Verdict consensus(Dataset data, ConsensusCase c) {
    Organ organ = Alliance.organ(data, c.organ());
    Verdict.Builder v = Verdict.of(RuleName.CONSENSUS);
    Optional<Reason> past = Alliance.pastHorizon(data, c.on());
    if (past.isPresent()) {
      return v.because(past.get()).outcome(Outcome.UNDETERMINED);
    }
    DecisionProcedure procedure = (c.kind().isPresent() ? organ.procedureFor(c.kind().get(), c.on())
        : organ.decisionProcedure()).orElse(DecisionProcedure.of(ProcedureKind.NOT_STATED));
    TruthMap<StateCode> members = data.asOf(c.on()).members(organ.organization());
    Set<StateCode> certain = members.certain();
    Map<StateCode, Position> counted = c.positions();
    if (!certain.containsAll(counted.keySet())) {
      counted = new TreeMap<>(counted);
      counted.keySet().retainAll(certain);
    }
    Outcome outcome = decide(v, procedure, certain, counted);
    Set<StateCode> unsure = members.uncertain();
    if (!unsure.isEmpty()) {
      Set<StateCode> given = new TreeSet<>(c.positions().keySet());
      given.retainAll(unsure);
      v.because(ReasonCode.MEMBERSHIP_UNCERTAIN, "membership of " + unsure + " on " + c.on()
          + " is uncertain; they are not counted as able to block"
          + (given.isEmpty() ? "" : ", and the positions given for " + given + " are not counted"));
    }
    Set<StateCode> outside = new TreeSet<>(c.positions().keySet());
    outside.removeAll(certain);
    outside.removeAll(unsure);
    if (!outside.isEmpty()) {
      v.because(ReasonCode.NOT_COUNTED, outside + " are not members on " + c.on() + "; their positions do not count");
    }
    return v.outcome(outcome);
  }

  /**
   * The pure decision under a procedure, among the given members: the laws' entry point, and the
   * Council's part of the other rules' verdicts.
   *
   * @throws IllegalArgumentException if a position is given for a state that is not a member
   */
  static Verdict consensusDecide(DecisionProcedure procedure, Collection<StateCode> members,
      Map<StateCode, Position> positions) {
    Verdict.Builder v = Verdict.of(RuleName.CONSENSUS);
    return v.outcome(decide(v, procedure, members, positions));
  }

  /** Adds the decision's reasons and states to {@code v} and returns its outcome. */
  private static Outcome decide(Verdict.Builder v, DecisionProcedure procedure, Collection<StateCode> members,
      Map<StateCode, Position> positions) {
    Set<StateCode> all = members instanceof Set<StateCode> s ? s : new TreeSet<>(members);
    for (StateCode s : positions.keySet()) {
      if (!all.contains(s)) {
        throw new IllegalArgumentException("positions: " + s + " is not a member of the organ " + new TreeSet<>(all));
      }
    }
    // the procedure is data on the organ, with its own sources; the instrument behind it is the
    // caller's to cite (the CSTO Charter for a CSTO organ), not a constant of this rule
    ProcedureKind kind = procedure.kind();
    v.because(ReasonCode.PROCEDURE, "procedure: " + kind
        + (procedure.isLimitedFormatAllowed() ? ", limited format allowed" : "")
        + (procedure.citations().isEmpty() ? "" : " (" + procedure.citations().stream().map(Object::toString)
            .collect(Collectors.joining("; ")) + ")"));
    if (kind == ProcedureKind.SINGLE_OFFICER) {
      v.because(ReasonCode.OUTSIDE_RULE, "the decision belongs to a single officer, not to the members");
      return Outcome.NOT_APPLICABLE;
    }
    if (kind == ProcedureKind.NOT_STATED) {
      v.because(ReasonCode.FACT_MISSING, "the sources do not state how this organ decides");
      return Outcome.UNDETERMINED;
    }
    List<StateCode> missing = new ArrayList<>();
    for (StateCode s : new TreeSet<>(all)) {
      if (!positions.containsKey(s)) {
        missing.add(s);
      }
    }
    if (kind == ProcedureKind.MAJORITY) {
      long support = positions.values().stream().filter(p -> p == Position.SUPPORT).count();
      Set<StateCode> objectors = with(positions, Position.OBJECT);
      if (support * 2 > all.size()) {
        v.because(ReasonCode.AGREED, support + " of " + all.size() + " members support: a majority");
        return Outcome.ADOPTED;
      }
      if ((support + missing.size()) * 2 > all.size()) {
        v.because(ReasonCode.POSITION_MISSING, "only " + support + " of " + all.size()
            + " members are known to support; the positions of " + missing + " are not recorded");
        return Outcome.UNDETERMINED;
      }
      v.blockedBy(objectors).because(ReasonCode.NOT_AGREED, "no majority: " + support + " of " + all.size()
          + " members support");
      return Outcome.BLOCKED;
    }
    boolean limited = procedure.isLimitedFormatAllowed();
    Set<StateCode> blockers = with(positions, Position.OBJECT);
    v.canBlock(all);
    if (!blockers.isEmpty()) {
      v.because(ReasonCode.OBJECTED, "objected: " + blockers + "; under consensus any objection blocks");
    }
    Set<StateCode> outside = with(positions, Position.NOT_PARTICIPATING);
    if (!outside.isEmpty()) {
      if (limited) {
        v.because(ReasonCode.NOT_COUNTED, outside + " stay out without blocking: the procedure allows a limited format");
      } else {
        blockers.addAll(outside);
        v.because(ReasonCode.NOT_AGREED, outside + " declared they do not take part, and the procedure allows no"
            + " limited format, so the decision lacks their agreement");
      }
    }
    Set<StateCode> absent = with(positions, Position.ABSENT);
    if (!absent.isEmpty()) {
      if (kind == ProcedureKind.UNANIMITY_OF_PRESENT) {
        blockers.addAll(absent);
        v.because(ReasonCode.NOT_AGREED, absent + " absent; the procedure needs every member present");
      } else {
        v.because(ReasonCode.NOT_COUNTED, absent + " absent; absence is not an objection under consensus");
      }
    }
    Set<StateCode> abstained = with(positions, Position.ABSTAIN);
    if (!abstained.isEmpty()) {
      v.because(ReasonCode.NOT_COUNTED, abstained + " abstained, which does not block");
    }
    if (!blockers.isEmpty()) {
      v.blockedBy(blockers);
      return Outcome.BLOCKED;
    }
    if (!missing.isEmpty()) {
      v.because(ReasonCode.POSITION_MISSING, "the positions of " + missing
          + " are not recorded; any of them could still object");
      return Outcome.UNDETERMINED;
    }
    v.because(ReasonCode.AGREED, "no participating member objected");
    return Outcome.ADOPTED;
  }

  private static Set<StateCode> with(Map<StateCode, Position> positions, Position p) {
    Set<StateCode> out = new TreeSet<>();
    positions.forEach((s, q) -> {
      if (q == p) {
        out.add(s);
      }
    });
    return out;
  }

  static Verdict basing(Dataset data, BasingCase c) {
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
    Verdict.Builder v = Verdict.of(RuleName.BASING)
        .by(Authority.of(Alliance.BASING_2011, PROTOCOL_SAYS))
        .by(Authority.of(Alliance.CHARTER_2010, "7", "joint measures; the basis the Secretaries General cite for the rule"));
    Optional<Reason> past = Alliance.pastHorizon(data, date);
    if (past.isPresent()) {
      return v.because(past.get()).outcome(Outcome.UNDETERMINED);
    }
    Snapshot day = data.asOf(date);
    TruthMap<StateCode> members = day.members(Alliance.CSTO);
    Truth hostMember = members.truth(host, Truth.NO);
    if (hostMember == Truth.NO) {
      return v.because(ReasonCode.NOT_A_MEMBER, host + " is not a CSTO member on " + date + "; the rule binds members only")
          .outcome(Outcome.NOT_APPLICABLE);
    }
    if (hostMember == Truth.UNKNOWN) {
      return v.because(ReasonCode.MEMBERSHIP_UNCERTAIN, "whether " + host + " is a member on " + date
          + " cannot be told from the dates recorded").outcome(Outcome.UNDETERMINED);
    }
    if (guest.equals(host)) {
      return v.because(ReasonCode.OUTSIDE_RULE, "a state hosting its own forces is not basing").outcome(Outcome.NOT_REQUIRED);
    }
    Truth guestMember = members.truth(guest, Truth.NO);
    if (guestMember == Truth.YES) {
      return v.because(ReasonCode.OUTSIDE_RULE, guest + " is a member: hosting another member's forces is bilateral and"
          + " outside this rule").outcome(Outcome.NOT_REQUIRED);
    }
    if (guestMember == Truth.UNKNOWN) {
      return v.because(ReasonCode.MEMBERSHIP_UNCERTAIN, "whether " + guest + " is a member on " + date
          + " cannot be told from the dates recorded").outcome(Outcome.UNDETERMINED);
    }
    PartialDate ruleStart = Alliance.signed(data, Alliance.BASING_2011);
    if (date.isBefore(ruleStart.earliest())) {
      return v.because(ReasonCode.BEFORE_INSTRUMENT, "before the protocol of " + ruleStart
          + " no member's consent was needed to host a non-member's forces").outcome(Outcome.NOT_APPLICABLE);
    }
    if (!date.isAfter(ruleStart.latest())) {
      v.because(ReasonCode.ASSUMPTION, "the protocol was signed on " + ruleStart
          + "; its entry into force for each member is not recorded");
    }
    Set<StateCode> others = new TreeSet<>(members.certain());
    others.remove(host);
    Alliance.notePractice(data, day, v);
    Set<StateCode> unsure = members.uncertain();
    if (!unsure.isEmpty()) {
      v.because(ReasonCode.MEMBERSHIP_UNCERTAIN, "membership of " + unsure + " on " + date
          + " is uncertain; they are not counted as able to block");
    }
    v.canBlock(others);
    Set<StateCode> valid = new TreeSet<>(c.objections());
    valid.retainAll(others);
    if (valid.size() < c.objections().size()) {
      Set<StateCode> ignored = new TreeSet<>(c.objections());
      ignored.removeAll(others);
      v.because(ReasonCode.NOT_COUNTED, ignored + " cannot block: only members other than the host can");
    }
    boolean explicit = c.reading() == BasingRule.Reading.EXPLICIT_CONSENT;
    if (explicit) {
      v.mustConsent(others).because(ReasonCode.READING, "read as the leaders stated it: every other member must consent");
    } else {
      v.because(ReasonCode.READING, "read as the protocol's text: consultation, then no official objection");
    }
    if (!valid.isEmpty()) {
      return v.blockedBy(valid).because(ReasonCode.OBJECTED, valid + " officially objected, which blocks under either reading")
          .outcome(Outcome.BLOCKED);
    }
    Set<StateCode> unheard = new TreeSet<>(others);
    unheard.removeAll(c.consents());
    if (explicit) {
      if (!unheard.isEmpty()) {
        return v.because(ReasonCode.CONSENT_MISSING, "no explicit consent yet from " + unheard).outcome(Outcome.UNDETERMINED);
      }
      return v.because(ReasonCode.AGREED, "every other member consented").outcome(Outcome.ALLOWED);
    }
    if (unheard.isEmpty()) {
      return v.because(ReasonCode.AGREED, "every other member consulted and none objected").outcome(Outcome.ALLOWED);
    }
    return v.because(ReasonCode.POSITION_MISSING, "allowed unless " + unheard + " officially object after the consultations;"
        + " give their consent (or their objection) for a definite answer").outcome(Outcome.ALLOWED_UNLESS_OBJECTION);
  }
}
