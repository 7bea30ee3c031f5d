package org.cstokit.analytics.rules;

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
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.actor.ProcedureKind;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.cstokit.model.time.TruthMap;

/**
 * Rule 1: decisions of an organ under its procedure, which is data on the organ
 * ({@link DecisionProcedure}), not a constant in code.
 *
 * <ul>
 *   <li>{@code CONSENSUS}: adopted when no participating member objects; any objection blocks;
 *       absent members and abstentions do not block; a member that declares it does not take
 *       part blocks unless the procedure allows a limited format.
 *   <li>{@code UNANIMITY_OF_PRESENT}: as consensus, but every member must be present, so an
 *       absent member stops adoption too.
 *   <li>{@code MAJORITY}: adopted when more than half of the members support.
 *   <li>{@code SINGLE_OFFICER}: not a collective decision ({@code NOT_APPLICABLE});
 *       {@code NOT_STATED}: {@code UNDETERMINED}.
 * </ul>
 *
 * Members without a recorded position make the verdict {@code UNDETERMINED} (any of them could
 * still object) unless the decision is already blocked. The outcome never depends on the order
 * of the positions. Outcomes: {@link RuleName#CONSENSUS}.
 */
public final class ConsensusRule {
  private ConsensusRule() {}

  /**
   * Decides a case: the organ's procedure (for the case's kind of decision, on its day) and its
   * members come from the data set — the members are the states whose membership of the organ's
   * organization is certain on the day. States whose membership is only possible are not counted
   * as able to block, and the verdict says so ({@link ReasonCode#MEMBERSHIP_UNCERTAIN}), naming
   * any position given for them; positions of states that are not members do not count
   * ({@link ReasonCode#NOT_COUNTED}). Past the horizon of the membership data the verdict is
   * {@code UNDETERMINED}.
   *
   * @param data the data set
   * @param c the case
   * @return ADOPTED, BLOCKED (naming who blocked), NOT_APPLICABLE or UNDETERMINED
   * @throws IllegalArgumentException if the organ is not in the data set
   */
  public static Verdict evaluate(Dataset data, ConsensusCase c) {
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
  static Verdict decide(DecisionProcedure procedure, Collection<StateCode> members,
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
}
