package org.cstokit.analytics.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.actor.ProcedureKind;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Decision;
import org.cstokit.model.event.DecisionKind;
import org.cstokit.model.event.DecisionOutcome;
import org.cstokit.model.event.Event;
import org.cstokit.model.event.EventKind;
import org.cstokit.model.event.Position;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * Rule 7, the audit: evaluates the rules over every recorded decision and request for assistance of the data
 * set and reports, per record, whether the rule's outcome agrees with the outcome the source
 * reports, and why not where it does not.
 */
public final class Audit {
  private Audit() {}

  /** Whether a rule's verdict and the reported outcome agree. */
  public enum Agreement {
    /** They agree. */
    AGREES,
    /** They disagree; the row says why. */
    DISAGREES,
    /** The rule cannot decide from the recorded facts; the row says which fact is missing. */
    RULE_UNDETERMINED,
    /** No rule of this package covers the record (not a CSTO organ, say). */
    NOT_COVERED
  }

  /**
   * One audited record: a decision, or a request for assistance (an event), with the rule
   * applied, its outcome, the outcome the source reports, whether they agree and why. Immutable
   * and thread-safe.
   */
  @Value.Immutable
  public abstract static class Row {
    Row() {}

    /**
     * Returns the audited record: a decision or an event, hence a plain record id.
     *
     * @return the record's id
     */
    public abstract RecordId record();

    /**
     * Returns the rule applied.
     *
     * @return the rule
     */
    public abstract RuleName rule();

    /**
     * Returns the rule's outcome.
     *
     * @return the computed outcome
     */
    public abstract Outcome computed();

    /**
     * Returns the outcome the source reports.
     *
     * @return the reported outcome; empty for a request the data links to no decision
     */
    public abstract Optional<DecisionOutcome> reported();

    /**
     * Returns whether the rule's outcome and the reported one agree.
     *
     * @return the agreement
     */
    public abstract Agreement agreement();

    /**
     * Returns why: the rule's reasons where they agree or the rule cannot decide, the
     * disagreement ({@link ReasonCode#REPORTED_OTHERWISE}) where they do not.
     *
     * @return the reasons; never empty
     */
    public abstract List<Reason> why();
  }

  /**
   * Audits the data set.
   *
   * @param data the data set
   * @return one row per decision and per request for assistance, decisions first, each in id
   *     order
   */
  public static ImmutableList<Row> evaluate(Dataset data) {
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (Decision d : data.decisions()) {
      rows.add(decision(data, d));
    }
    for (Event e : data.events()) {
      if (e.kind() == EventKind.REQUEST_FOR_ASSISTANCE) {
        rows.add(request(data, e));
      }
    }
    return rows.build();
  }

  private static Row row(RecordId record, RuleName rule, Outcome computed, Optional<DecisionOutcome> reported,
      Agreement agreement, List<Reason> why) {
    return ImmutableRow.builder().record(record).rule(rule).computed(computed).reported(reported).agreement(agreement)
        .why(why).build();
  }

  private static Row row(Verdict v, RecordId record, DecisionOutcome reported, Agreement agreement) {
    return row(record, v.rule(), v.outcome(), Optional.of(reported), agreement, v.reasons());
  }

  private static Row decision(Dataset data, Decision d) {
    Organ organ = data.get(d.organ());
    Optional<DecisionOutcome> reported = Optional.of(d.outcome());
    if (!organ.organization().equals(Alliance.CSTO)) {
      return row(d.id(), RuleName.CONSENSUS, Outcome.NOT_APPLICABLE, reported, Agreement.NOT_COVERED,
          List.of(new Reason(ReasonCode.OUTSIDE_RULE, organ.name() + " is not a CSTO organ")));
    }
    LocalDate day = d.date().latest();
    Optional<Reason> past = Alliance.pastHorizon(data, day);
    if (past.isPresent()) {
      return row(d.id(), RuleName.CONSENSUS, Outcome.UNDETERMINED, reported, Agreement.RULE_UNDETERMINED, List.of(past.get()));
    }
    DecisionProcedure procedure = d.procedure()
        .or(() -> organ.procedureFor(d.kind().orElse(DecisionKind.OTHER), day))
        .orElse(DecisionProcedure.of(ProcedureKind.NOT_STATED));
    Verdict v = Alliance.decideAmongMembers(procedure, data.asOf(day).members(Alliance.CSTO), positions(d));
    boolean reportedAdopted = d.outcome() == DecisionOutcome.ADOPTED;
    boolean reportedNot = d.outcome() == DecisionOutcome.BLOCKED || d.outcome() == DecisionOutcome.NOT_TAKEN
        || d.outcome() == DecisionOutcome.DEFERRED;
    switch (v.outcome()) {
      case ADOPTED:
        return reportedAdopted ? row(v, d.id(), d.outcome(), Agreement.AGREES)
            : row(d.id(), v.rule(), v.outcome(), reported, Agreement.DISAGREES, List.of(new Reason(
                ReasonCode.REPORTED_OTHERWISE, "the recorded positions contain no objection, yet the source reports "
                + d.outcome())));
      case BLOCKED:
        return reportedNot ? row(v, d.id(), d.outcome(), Agreement.AGREES)
            : row(d.id(), v.rule(), v.outcome(), reported, Agreement.DISAGREES, List.of(new Reason(
                ReasonCode.REPORTED_OTHERWISE, "the recorded objections of " + v.blockedBy()
                + " would block, yet the source reports " + d.outcome()
                + " (the objection was overridden, withdrawn, or the positions describe opinions outside the vote)")));
      default:
        return row(v, d.id(), d.outcome(), Agreement.RULE_UNDETERMINED);
    }
  }

  private static Map<StateCode, Position> positions(Decision d) {
    Map<StateCode, Position> positions = new TreeMap<>();
    d.positions().forEach(p -> positions.put(p.state(), p.position()));
    return positions;
  }

  private static <T> Optional<T> related(Dataset data, Event e, Class<T> type, Predicate<T> which) {
    return e.related().stream().map(id -> data.find(id).filter(type::isInstance).map(type::cast))
        .flatMap(Optional::stream).filter(which).findFirst();
  }

  /**
   * A request for assistance against an attack by a named state is checked with the collective
   * defence rule (Article 4): assistance follows a decision of the Council, so the rule's
   * {@code OBLIGED} agrees with a decision adopted, and {@code DECISION_REQUIRED} or
   * {@code BLOCKED} with none taken (Armenia 2022).
   */
  private static Optional<Row> defence(Dataset data, Event request, StateCode victim, Decision answer) {
    Optional<Event> attack = related(data, request, Event.class, r -> r.kind() == EventKind.ATTACK);
    Optional<StateCode> aggressor = attack.flatMap(a -> a.states().stream().filter(s -> !s.equals(victim)).findFirst());
    if (aggressor.isEmpty()) {
      return Optional.empty();
    }
    Verdict v = CollectiveDefenceRule.evaluate(data, CollectiveDefenceCase.builder().victim(victim)
        .aggressor(aggressor.get()).on(request.date().latest()).request(Request.REQUESTED)
        .putAllPositions(positions(answer)).build());
    boolean decided = answer.outcome() == DecisionOutcome.ADOPTED;
    Agreement a;
    if (v.outcome() == Outcome.UNDETERMINED || v.outcome() == Outcome.NOT_APPLICABLE) {
      a = Agreement.RULE_UNDETERMINED;
    } else {
      a = (v.outcome() == Outcome.OBLIGED) == decided ? Agreement.AGREES : Agreement.DISAGREES;
    }
    return Optional.of(row(v, request.id(), answer.outcome(), a));
  }

  /**
   * A request for assistance is checked with the intervention rule: the host is the requesting
   * state, the situation is read from the related event (a CRISIS is unrest with internal roots,
   * an ATTACK is external aggression), the Council positions and the reported outcome come from
   * the related decision.
   */
  private static Row request(Dataset data, Event e) {
    Optional<Decision> answer = related(data, e, Decision.class, d -> true);
    Optional<EventKind> situation = related(data, e, Event.class,
        r -> r.kind() == EventKind.CRISIS || r.kind() == EventKind.ATTACK).map(Event::kind);
    if (e.states().isEmpty() || answer.isEmpty() || situation.isEmpty()) {
      return row(e.id(), RuleName.INTERVENTION, Outcome.UNDETERMINED, answer.map(Decision::outcome),
          Agreement.RULE_UNDETERMINED, List.of(new Reason(ReasonCode.FACT_MISSING,
              "the record links no " + (answer.isEmpty() ? "decision answering it" : "crisis or attack"))));
    }
    StateCode host = e.states().first();
    if (situation.get() == EventKind.ATTACK) {
      Optional<Row> defence = defence(data, e, host, answer.get());
      if (defence.isPresent()) {
        return defence.get();
      }
    }
    InterventionRule.Situation kind = situation.get() == EventKind.ATTACK ? InterventionRule.Situation.EXTERNAL_AGGRESSION
        : InterventionRule.Situation.INTERNAL_UNREST;
    // the finest of the request's and the crisis's dates: a request follows its crisis
    PartialDate when = related(data, e, Event.class, r -> r.kind() == situation.get()
        && r.date().precision().compareTo(e.date().precision()) > 0 && !r.date().isCertainlyBefore(e.date()))
        .map(Event::date).orElse(e.date());
    Verdict v = InterventionRule.evaluate(data, InterventionCase.builder().host(host).on(when.latest()).situation(kind)
        .request(Request.REQUESTED).putAllPositions(positions(answer.get())).build());
    boolean granted = answer.get().outcome() == DecisionOutcome.ADOPTED;
    Agreement a;
    if (v.outcome() == Outcome.UNDETERMINED) {
      a = Agreement.RULE_UNDETERMINED;
    } else {
      a = (v.outcome() == Outcome.ALLOWED) == granted ? Agreement.AGREES : Agreement.DISAGREES;
    }
    return row(v, e.id(), answer.get().outcome(), a);
  }
}
