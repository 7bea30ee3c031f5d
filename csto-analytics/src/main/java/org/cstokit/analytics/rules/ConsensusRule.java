package org.cstokit.analytics.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.Organ;
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
 * of the positions. Outcomes: {@link RuleName#CONSENSUS}.
 */
public final class ConsensusRule {
  private static final Reason SINGLE_OFFICER =
      new Reason(ReasonCode.OUTSIDE_RULE, "the decision belongs to a single officer, not to the members");
  private static final Reason NOT_STATED = new Reason(ReasonCode.FACT_MISSING, "the sources do not state how this organ decides");
  private static final Reason AGREED = new Reason(ReasonCode.AGREED, "no participating member objected");

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
    LocalDate on = c.on();
    Optional<Reason> past = Alliance.pastHorizon(data, on);
    if (past.isPresent()) {
      return v.because(past.get()).outcome(Outcome.UNDETERMINED);
    }
    DecisionProcedure procedure = (c.kind().isPresent() ? organ.procedureFor(c.kind().get(), on)
        : organ.decisionProcedure()).orElse(Alliance.NOT_STATED);
    MemberSets members = MemberSets.of(data.asOf(on).members(organ.organization()));
    ImmutableSortedSet<StateCode> certain = members.certain();
    // the case's own map (an ImmutableSortedMap: copyOfSorted returns it as it is)
    ImmutableSortedMap<StateCode, Position> given = ImmutableSortedMap.copyOfSorted(c.positions());
    boolean allMembers = containsAll(certain, given.keySet().asList());
    ImmutableSortedMap<StateCode, Position> counted = allMembers ? given
        : ImmutableSortedMap.copyOfSorted(Maps.filterKeys(given, certain::contains));
    Outcome outcome = decide(v, procedure, certain, counted);
    ImmutableSortedSet<StateCode> unsure = members.uncertain();
    if (!unsure.isEmpty()) {
      v.because(ReasonCode.MEMBERSHIP_UNCERTAIN, () -> {
        Set<StateCode> named = Sets.intersection(given.keySet(), unsure);
        return "membership of " + unsure + " on " + on + " is uncertain; they are not counted as able to block"
            + (named.isEmpty() ? "" : ", and the positions given for " + named + " are not counted");
      });
    }
    if (!allMembers) {
      Set<StateCode> outside = Sets.difference(Sets.difference(given.keySet(), certain), unsure);
      if (!outside.isEmpty()) {
        v.because(ReasonCode.NOT_COUNTED, () -> outside + " are not members on " + on + "; their positions do not count");
      }
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
    ImmutableSortedSet<StateCode> all = ImmutableSortedSet.copyOf(members);
    for (StateCode s : positions.keySet()) {
      if (!all.contains(s)) {
        throw new IllegalArgumentException("positions: " + s + " is not a member of the organ " + all);
      }
    }
    Verdict.Builder v = Verdict.of(RuleName.CONSENSUS);
    return v.outcome(decide(v, procedure, all, ImmutableSortedMap.copyOf(positions)));
  }

  /**
   * Adds the decision's reasons and states to {@code v} and returns its outcome; every state of
   * {@code positions} is one of {@code all}. The reasons' texts are composed when they are read.
   */
  private static Outcome decide(Verdict.Builder v, DecisionProcedure procedure, ImmutableSortedSet<StateCode> all,
      ImmutableSortedMap<StateCode, Position> positions) {
    // the procedure is data on the organ, with its own sources; the instrument behind it is the
    // caller's to cite (the CSTO Charter for a CSTO organ), not a constant of this rule
    ProcedureKind kind = procedure.kind();
    v.because(ReasonCode.PROCEDURE, () -> "procedure: " + kind
        + (procedure.isLimitedFormatAllowed() ? ", limited format allowed" : "")
        + (procedure.citations().isEmpty() ? "" : " (" + procedure.citations().stream().map(Object::toString)
            .collect(Collectors.joining("; ")) + ")"));
    if (kind == ProcedureKind.SINGLE_OFFICER) {
      v.because(SINGLE_OFFICER);
      return Outcome.NOT_APPLICABLE;
    }
    if (kind == ProcedureKind.NOT_STATED) {
      v.because(NOT_STATED);
      return Outcome.UNDETERMINED;
    }
    int size = all.size();
    int missing = size - positions.size();
    if (kind == ProcedureKind.MAJORITY) {
      int support = count(positions, Position.SUPPORT);
      if (support * 2 > size) {
        v.because(ReasonCode.AGREED, () -> support + " of " + size + " members support: a majority");
        return Outcome.ADOPTED;
      }
      if ((support + missing) * 2 > size) {
        v.because(ReasonCode.POSITION_MISSING, () -> "only " + support + " of " + size
            + " members are known to support; the positions of " + missing(all, positions) + " are not recorded");
        return Outcome.UNDETERMINED;
      }
      v.blockedBy(with(positions, Position.OBJECT)).because(ReasonCode.NOT_AGREED, () -> "no majority: " + support
          + " of " + size + " members support");
      return Outcome.BLOCKED;
    }
    v.canBlock(all);
    boolean blocked = false;
    if (count(positions, Position.OBJECT) > 0) {
      ImmutableSortedSet<StateCode> objected = with(positions, Position.OBJECT);
      v.blockedBy(objected).because(ReasonCode.OBJECTED, () -> "objected: " + objected + "; under consensus any objection blocks");
      blocked = true;
    }
    if (count(positions, Position.NOT_PARTICIPATING) > 0) {
      ImmutableSortedSet<StateCode> outside = with(positions, Position.NOT_PARTICIPATING);
      if (procedure.isLimitedFormatAllowed()) {
        v.because(ReasonCode.NOT_COUNTED, () -> outside + " stay out without blocking: the procedure allows a limited format");
      } else {
        v.blockedBy(outside).because(ReasonCode.NOT_AGREED, () -> outside + " declared they do not take part, and the"
            + " procedure allows no limited format, so the decision lacks their agreement");
        blocked = true;
      }
    }
    if (count(positions, Position.ABSENT) > 0) {
      ImmutableSortedSet<StateCode> absent = with(positions, Position.ABSENT);
      if (kind == ProcedureKind.UNANIMITY_OF_PRESENT) {
        v.blockedBy(absent).because(ReasonCode.NOT_AGREED, () -> absent + " absent; the procedure needs every member present");
        blocked = true;
      } else {
        v.because(ReasonCode.NOT_COUNTED, () -> absent + " absent; absence is not an objection under consensus");
      }
    }
    if (count(positions, Position.ABSTAIN) > 0) {
      v.because(ReasonCode.NOT_COUNTED, () -> with(positions, Position.ABSTAIN) + " abstained, which does not block");
    }
    if (blocked) {
      return Outcome.BLOCKED;
    }
    if (missing > 0) {
      v.because(ReasonCode.POSITION_MISSING, () -> "the positions of " + missing(all, positions)
          + " are not recorded; any of them could still object");
      return Outcome.UNDETERMINED;
    }
    v.because(AGREED);
    return Outcome.ADOPTED;
  }

  /** Whether every state of a list is in a set, with no iterator (the set's own method makes one). */
  private static boolean containsAll(ImmutableSortedSet<StateCode> set, ImmutableList<StateCode> states) {
    for (int i = 0; i < states.size(); i++) {
      if (!set.contains(states.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** How many states took a position; reads the map's value list, with no iterator. */
  private static int count(ImmutableSortedMap<StateCode, Position> positions, Position p) {
    ImmutableList<Position> values = positions.values().asList();
    int n = 0;
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == p) {
        n++;
      }
    }
    return n;
  }

  /** The states that took a position, in code order. */
  private static ImmutableSortedSet<StateCode> with(ImmutableSortedMap<StateCode, Position> positions, Position p) {
    ImmutableList<StateCode> states = positions.keySet().asList();
    ImmutableList<Position> values = positions.values().asList();
    ImmutableSortedSet.Builder<StateCode> out = null;
    StateCode first = null;
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) != p) {
        continue;
      }
      if (first == null) {
        first = states.get(i);
      } else {
        out = (out != null ? out : ImmutableSortedSet.<StateCode>naturalOrder().add(first)).add(states.get(i));
      }
    }
    return out != null ? out.build() : first != null ? ImmutableSortedSet.of(first) : ImmutableSortedSet.of();
  }

  /** The members without a recorded position, in code order. */
  private static List<StateCode> missing(ImmutableSortedSet<StateCode> all, Map<StateCode, Position> positions) {
    List<StateCode> out = new ArrayList<>();
    for (StateCode s : all) {
      if (!positions.containsKey(s)) {
        out.add(s);
      }
    }
    return out;
  }
}
