package org.cstokit.analytics.rules;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.actor.ProcedureKind;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Decision;
import org.cstokit.model.event.DecisionOutcome;
import org.cstokit.model.event.Event;
import org.cstokit.model.event.EventKind;
import org.cstokit.model.event.Position;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.time.PartialDate;

/**
 * Rule 7: runs the rules over every recorded decision and request for assistance of the data
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
   * One audited record. Immutable.
   *
   * @param record the decision or event
   * @param rule the rule applied
   * @param computed the rule's outcome
   * @param reported the outcome the source reports
   * @param agreement whether they agree
   * @param why the explanation
   */
  public record Row(RecordId record, String rule, Outcome computed, String reported, Agreement agreement, String why) {}

  /**
   * Audits the data set.
   *
   * @param data the data set
   * @return one row per decision and per request for assistance, in id order
   */
  public static ImmutableList<Row> run(Dataset data) {
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

  private static Row decision(Dataset data, Decision d) {
    Organ organ = data.get(d.organ());
    String reported = d.outcome().name();
    if (!organ.organization().equals(Alliance.CSTO)) {
      return new Row(d.id(), ConsensusRule.NAME, Outcome.NOT_APPLICABLE, reported, Agreement.NOT_COVERED,
          organ.name() + " is not a CSTO organ");
    }
    Optional<String> past = Alliance.pastHorizon(data, d.date().latest());
    if (past.isPresent()) {
      return new Row(d.id(), ConsensusRule.NAME, Outcome.UNDETERMINED, reported, Agreement.RULE_UNDETERMINED, past.get());
    }
    DecisionProcedure procedure = d.procedure()
        .or(() -> organ.procedureFor(d.kind().orElse(org.cstokit.model.event.DecisionKind.OTHER), d.date().latest()))
        .orElse(DecisionProcedure.of(ProcedureKind.NOT_STATED));
    Map<StateCode, Position> positions = new TreeMap<>();
    d.positions().forEach(p -> positions.put(p.state(), p.position()));
    Verdict v = Alliance.decideAmongMembers(procedure, Alliance.cstoMembers(data, d.date().latest()), positions);
    boolean reportedAdopted = d.outcome() == DecisionOutcome.ADOPTED;
    boolean reportedNot = d.outcome() == DecisionOutcome.BLOCKED || d.outcome() == DecisionOutcome.NOT_TAKEN
        || d.outcome() == DecisionOutcome.DEFERRED;
    String why = String.join("; ", v.reasons());
    switch (v.outcome()) {
      case ADOPTED:
        return new Row(d.id(), v.rule(), v.outcome(), reported, reportedAdopted ? Agreement.AGREES : Agreement.DISAGREES,
            reportedAdopted ? why : "the recorded positions contain no objection, yet the source reports " + reported);
      case BLOCKED:
        return new Row(d.id(), v.rule(), v.outcome(), reported, reportedNot ? Agreement.AGREES : Agreement.DISAGREES,
            reportedNot ? why : "the recorded objections of " + v.blockedBy() + " would block, yet the source reports "
                + reported + " (the objection was overridden, withdrawn, or the positions describe opinions outside the vote)");
      default:
        return new Row(d.id(), v.rule(), v.outcome(), reported, Agreement.RULE_UNDETERMINED, why);
    }
  }

  /**
   * A request for assistance against an attack by a named state is checked with the collective
   * defence rule (Article 4): assistance follows a decision of the Council, so the rule's
   * {@code OBLIGED} agrees with a decision adopted, and {@code DECISION_REQUIRED} or
   * {@code BLOCKED} with none taken (Armenia 2022).
   */
  private static Optional<Row> defence(Dataset data, Event request, StateCode victim, Decision answer,
      Map<StateCode, Position> positions) {
    Optional<Event> attack = request.related().stream().map(id -> data.find(id).filter(Event.class::isInstance).map(Event.class::cast)).flatMap(Optional::stream)
        .filter(r -> r.kind() == EventKind.ATTACK).findFirst();
    Optional<StateCode> aggressor = attack.flatMap(a -> a.states().stream().filter(s -> !s.equals(victim)).findFirst());
    if (aggressor.isEmpty()) {
      return Optional.empty();
    }
    Verdict v = CollectiveDefenceRule.assess(data, victim, aggressor.get(), request.date().latest(),
        CollectiveDefenceRule.Territory.RECOGNISED, true, positions);
    DecisionOutcome reported = answer.outcome();
    boolean decided = reported == DecisionOutcome.ADOPTED;
    Agreement a;
    if (v.outcome() == Outcome.UNDETERMINED || v.outcome() == Outcome.NOT_APPLICABLE) {
      a = Agreement.RULE_UNDETERMINED;
    } else {
      a = (v.outcome() == Outcome.OBLIGED) == decided ? Agreement.AGREES : Agreement.DISAGREES;
    }
    return Optional.of(new Row(request.id(), v.rule(), v.outcome(), reported.name(), a, String.join("; ", v.reasons())));
  }

  /**
   * A request for assistance is checked with the intervention rule: the host is the requesting
   * state, the situation is read from the related event (a CRISIS is unrest with internal roots,
   * an ATTACK is external aggression), the Council positions and the reported outcome come from
   * the related decision.
   */
  private static Row request(Dataset data, Event e) {
    Optional<Decision> answer = e.related().stream().map(id -> data.find(id).filter(Decision.class::isInstance).map(Decision.class::cast)).flatMap(Optional::stream).findFirst();
    Optional<EventKind> situation = e.related().stream().map(id -> data.find(id).filter(Event.class::isInstance).map(Event.class::cast)).flatMap(Optional::stream)
        .map(Event::kind).filter(k -> k == EventKind.CRISIS || k == EventKind.ATTACK).findFirst();
    if (e.states().isEmpty() || answer.isEmpty() || situation.isEmpty()) {
      return new Row(e.id(), InterventionRule.NAME, Outcome.UNDETERMINED, answer.map(d -> d.outcome().name()).orElse("-"),
          Agreement.RULE_UNDETERMINED, "the record links no " + (answer.isEmpty() ? "decision answering it" : "crisis or attack"));
    }
    StateCode host = e.states().first();
    Map<StateCode, Position> positions = new TreeMap<>();
    answer.get().positions().forEach(p -> positions.put(p.state(), p.position()));
    if (situation.get() == EventKind.ATTACK) {
      Optional<Row> defence = defence(data, e, host, answer.get(), positions);
      if (defence.isPresent()) {
        return defence.get();
      }
    }
    InterventionRule.Situation kind = situation.get() == EventKind.ATTACK ? InterventionRule.Situation.EXTERNAL_AGGRESSION
        : InterventionRule.Situation.INTERNAL_UNREST;
    // the finest of the request's and the crisis's dates: a request follows its crisis
    PartialDate when = e.related().stream().map(id -> data.find(id).filter(Event.class::isInstance).map(Event.class::cast)).flatMap(Optional::stream)
        .filter(r -> r.kind() == situation.get()).map(Event::date)
        .filter(d -> d.precision().compareTo(e.date().precision()) > 0 && !d.isCertainlyBefore(e.date()))
        .findFirst().orElse(e.date());
    Verdict v = InterventionRule.inside(data, host, when.latest(), kind, true, positions);
    DecisionOutcome reported = answer.get().outcome();
    boolean granted = reported == DecisionOutcome.ADOPTED;
    Agreement a;
    if (v.outcome() == Outcome.UNDETERMINED) {
      a = Agreement.RULE_UNDETERMINED;
    } else {
      a = (v.outcome() == Outcome.ALLOWED) == granted ? Agreement.AGREES : Agreement.DISAGREES;
    }
    return new Row(e.id(), v.rule(), v.outcome(), reported.name(), a, String.join("; ", v.reasons()));
  }
}
