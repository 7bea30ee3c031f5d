package org.cstokit.analytics.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.ProcedureKind;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;

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
 * of the positions.
 */
public final class ConsensusRule {
  /** The rule's name in verdicts. */
  public static final String NAME = "consensus decision";

  private ConsensusRule() {}

  /**
   * Decides under a procedure.
   *
   * @param procedure the organ's procedure
   * @param members the members of the organ on the date
   * @param positions each member's position, where known
   * @return the verdict: ADOPTED, BLOCKED (naming who blocked), NOT_APPLICABLE or UNDETERMINED
   * @throws IllegalArgumentException if a position is given for a state that is not a member
   */
  public static Verdict decide(DecisionProcedure procedure, Collection<StateCode> members,
      Map<StateCode, Position> positions) {
    Set<StateCode> all = new TreeSet<>(members);
    for (StateCode s : positions.keySet()) {
      if (!all.contains(s)) {
        throw new IllegalArgumentException("positions: " + s + " is not a member of the organ " + all);
      }
    }
    // the procedure is data on the organ, with its own sources; the instrument behind it is the
    // caller's to cite (the CSTO Charter for a CSTO organ), not a constant of this rule
    Verdict.Builder v = Verdict.of(NAME);
    ProcedureKind kind = procedure.kind();
    v.because("procedure: " + kind + (procedure.isLimitedFormatAllowed() ? ", limited format allowed" : "")
        + (procedure.citations().isEmpty() ? "" : " (" + procedure.citations().stream().map(Object::toString)
            .collect(java.util.stream.Collectors.joining("; ")) + ")"));
    if (kind == ProcedureKind.SINGLE_OFFICER) {
      return v.because("the decision belongs to a single officer, not to the members").outcome(Outcome.NOT_APPLICABLE);
    }
    if (kind == ProcedureKind.NOT_STATED) {
      return v.because("the sources do not state how this organ decides").outcome(Outcome.UNDETERMINED);
    }
    List<StateCode> missing = new ArrayList<>();
    for (StateCode s : all) {
      if (!positions.containsKey(s)) {
        missing.add(s);
      }
    }
    if (kind == ProcedureKind.MAJORITY) {
      long support = positions.values().stream().filter(p -> p == Position.SUPPORT).count();
      Set<StateCode> objectors = with(positions, Position.OBJECT);
      if (support * 2 > all.size()) {
        return v.because(support + " of " + all.size() + " members support: a majority").outcome(Outcome.ADOPTED);
      }
      if ((support + missing.size()) * 2 > all.size()) {
        return v.because("only " + support + " of " + all.size() + " members are known to support; the positions of "
            + missing + " are not recorded").outcome(Outcome.UNDETERMINED);
      }
      return v.blockedBy(objectors).because("no majority: " + support + " of " + all.size() + " members support")
          .outcome(Outcome.BLOCKED);
    }
    boolean limited = procedure.isLimitedFormatAllowed();
    Set<StateCode> blockers = new TreeSet<>(with(positions, Position.OBJECT));
    v.canBlock(all);
    if (!blockers.isEmpty()) {
      v.because("objected: " + blockers + "; under consensus any objection blocks");
    }
    Set<StateCode> outside = with(positions, Position.NOT_PARTICIPATING);
    if (!outside.isEmpty()) {
      if (limited) {
        v.because(outside + " stay out without blocking: the procedure allows a limited format");
      } else {
        blockers.addAll(outside);
        v.because(outside + " declared they do not take part, and the procedure allows no limited format, so the decision lacks their agreement");
      }
    }
    Set<StateCode> absent = with(positions, Position.ABSENT);
    if (!absent.isEmpty()) {
      if (kind == ProcedureKind.UNANIMITY_OF_PRESENT) {
        blockers.addAll(absent);
        v.because(absent + " absent; the procedure needs every member present");
      } else {
        v.because(absent + " absent; absence is not an objection under consensus");
      }
    }
    Set<StateCode> abstained = with(positions, Position.ABSTAIN);
    if (!abstained.isEmpty()) {
      v.because(abstained + " abstained, which does not block");
    }
    if (!blockers.isEmpty()) {
      return v.blockedBy(blockers).outcome(Outcome.BLOCKED);
    }
    if (!missing.isEmpty()) {
      return v.because("the positions of " + missing + " are not recorded; any of them could still object")
          .outcome(Outcome.UNDETERMINED);
    }
    return v.because("no participating member objected").outcome(Outcome.ADOPTED);
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
