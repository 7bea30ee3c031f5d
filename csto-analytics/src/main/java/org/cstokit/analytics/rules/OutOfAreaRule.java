package org.cstokit.analytics.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cstokit.data.Dataset;
import org.cstokit.data.Snapshot;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Decision;
import org.cstokit.model.event.DecisionKind;
import org.cstokit.model.event.Position;
import org.cstokit.model.event.PositionCondition;
import org.cstokit.model.event.StatePosition;
import org.cstokit.model.source.DecisionId;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.TruthMap;

/**
 * Rule 4, out of area: a deployment of collective forces outside the members' territory (the
 * 2017 Syria probe). It needs a consensus of the Collective Security Council plus the conditions
 * members stated for taking part: a state whose condition is unmet stays out — which blocks
 * unless the Council's procedure allows a limited format. Outcomes: {@link RuleName#OUT_OF_AREA}.
 */
public final class OutOfAreaRule {
  /** Whether the UN Security Council mandated the mission. */
  public enum Mandate {
    /** The UN Security Council mandated it. */
    MANDATED,
    /** It did not (or has not yet). */
    NOT_MANDATED
  }

  /**
   * A condition a member stated for its part in a deployment, read from the positions of a
   * recorded decision. Immutable and thread-safe.
   *
   * @param state the member
   * @param condition what it requires
   * @param source the decision whose position states it
   */
  public record StatedCondition(StateCode state, PositionCondition condition, DecisionId source) {}

  private OutOfAreaRule() {}

  /**
   * The conditions members stated for taking part in a deployment, as the data records them on
   * the positions of deployment decisions whose date may lie on or before the day (from the first
   * day a coarse date stands for; the latest decision's conditions per member): none before any
   * member stated one. Kazakhstan's and Kyrgyzstan's replies on Syria in 2017 are the ones the
   * sources give.
   *
   * @param data the data set
   * @param on the day
   * @return the conditions in force, by state then condition
   */
  public static ImmutableList<StatedCondition> statedConditions(Dataset data, LocalDate on) {
    Map<StateCode, Decision> latest = new TreeMap<>();
    for (Decision d : data.decisions()) {
      if (d.kind().orElse(DecisionKind.OTHER) != DecisionKind.DEPLOYMENT || d.date().earliest().isAfter(on)) {
        continue;
      }
      for (StatePosition p : d.positions()) {
        if (!p.conditions().isEmpty()) {
          latest.merge(p.state(), d, (x, y) -> y.date().compareTo(x.date()) >= 0 ? y : x);
        }
      }
    }
    ImmutableList.Builder<StatedCondition> out = ImmutableList.builder();
    latest.forEach((state, d) -> d.positions().stream().filter(p -> p.state().equals(state))
        .flatMap(p -> p.conditions().stream()).distinct().sorted()
        .forEach(c -> out.add(new StatedCondition(state, c, d.id()))));
    return out.build();
  }

  /**
   * Evaluates a deployment outside the members' territory.
   *
   * @param data the data set
   * @param c the case
   * @return ALLOWED, BLOCKED or UNDETERMINED; the reasons list each stated condition
   * @throws IllegalArgumentException if the day precedes the CSTO
   */
  public static Verdict evaluate(Dataset data, OutOfAreaCase c) {
    LocalDate date = c.on();
    Alliance.requireOnOrAfter(date, data, Alliance.CHARTER, "the CSTO");
    Verdict.Builder v = Verdict.of(RuleName.OUT_OF_AREA).by(Authority.of(Alliance.TREATY, "6",
        "forces act outside the parties' territory only under the UN Charter and the parties' laws"));
    Optional<Reason> past = Alliance.pastHorizon(data, date);
    if (past.isPresent()) {
      return v.because(past.get()).outcome(Outcome.UNDETERMINED);
    }
    Snapshot day = data.asOf(date);
    TruthMap<StateCode> members = day.members(Alliance.CSTO);
    Map<StateCode, Position> effective = new TreeMap<>(c.positions());
    for (StatedCondition s : statedConditions(data, date)) {
      if (members.truth(s.state(), Truth.NO) != Truth.YES) {
        continue;
      }
      boolean mandate = s.condition() == PositionCondition.UN_SECURITY_COUNCIL_MANDATE;
      boolean met = mandate ? c.mandate() == Mandate.MANDATED : c.parliamentaryApprovals().contains(s.state());
      String what = mandate ? "a UN Security Council mandate" : "its parliament's approval";
      if (met) {
        v.because(ReasonCode.CONDITION, s.state() + " stated it needs " + what + ": met (" + s.source() + ")");
      } else {
        v.because(ReasonCode.CONDITION, s.state() + " stated it needs " + what + ": not met, so it stays out ("
            + s.source() + ")");
        effective.merge(s.state(), Position.NOT_PARTICIPATING, (given, stayOut) -> given == Position.OBJECT ? given : stayOut);
      }
    }
    return InterventionRule.withCouncil(data, v, day, members, effective, Optional.empty());
  }
}
