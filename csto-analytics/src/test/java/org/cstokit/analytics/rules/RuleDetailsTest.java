package org.cstokit.analytics.rules;

import static org.cstokit.model.event.Position.OBJECT;
import static org.cstokit.model.event.Position.SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cstokit.model.source.OrganId;
import org.cstokit.model.source.EventId;
import org.cstokit.model.source.DecisionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.cstokit.analytics.rules.BasingRule.Reading;
import org.cstokit.analytics.rules.CollectiveDefenceRule.Territory;
import org.cstokit.analytics.rules.InterventionRule.Situation;
import org.cstokit.analytics.rules.RotationSchedule.Deviation;
import org.cstokit.analytics.rules.RotationSchedule.DeviationKind;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.WellKnown;
import org.cstokit.model.source.RotationRuleId;
import org.cstokit.model.time.YearSpan;
import java.time.Year;
import org.cstokit.data.Family;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Decision;
import org.cstokit.model.event.DecisionOutcome;
import org.cstokit.model.event.Event;
import org.cstokit.model.event.EventKind;
import org.cstokit.model.event.StatePosition;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.time.PartialDate;
import org.junit.jupiter.api.Test;

/** The details of verdicts: explanations, argument checks, uncertain memberships and edge cases. */
class RuleDetailsTest {
  static final Dataset DATA = CstoData.bundled();
  static final StateCode ARM = StateCode.of("ARM");
  static final StateCode KGZ = StateCode.of("KGZ");
  static final StateCode UZB = StateCode.of("UZB");
  static final StateCode USA = StateCode.of("USA");
  static final StateCode TUR = StateCode.of("TUR");
  static final StateCode XYZ = StateCode.of("XYZ");
  static final LocalDate DAY = LocalDate.of(2018, 6, 1);
  /** A day in 2012 when Uzbekistan's membership is uncertain (the source gives only the year it left). */
  static final LocalDate UNSURE = LocalDate.of(2012, 3, 1);

  @Test
  void a_verdict_explains_itself_line_by_line() {
    Verdict v = BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(DAY).objections(Set.of(StateCode.of("RUS"))).reading(Reading.EXPLICIT_CONSENT).build());
    assertEquals(String.join("\n",
        "third-state basing: BLOCKED",
        "  by inst-2011-third-state-infrastructure-protocol (hosting a non-member's forces or infrastructure needs consultations and no official objection)",
        "  by inst-2010-charter-amending-protocol art. 7 (joint measures; the basis the Secretaries General cite for the rule)",
        "  can block: [ARM, BLR, KAZ, RUS, TJK]",
        "  blocked by: [RUS]",
        "  must consent: [ARM, BLR, KAZ, RUS, TJK]",
        "  - read as the leaders stated it: every other member must consent",
        "  - [RUS] officially objected, which blocks under either reading",
        ""), v.explain());
    Verdict obliged = CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(TUR).on(DAY).request(Request.REQUESTED).build());
    assertTrue(obliged.explain().contains("  obliged: [BLR, KAZ, KGZ, RUS, TJK]\n"), obliged.explain());
    assertThrows(IllegalArgumentException.class, () -> Verdict.of(RuleName.CONSENSUS).outcome(Outcome.ADOPTED));
  }

  @Test
  void every_rule_names_the_bad_argument() {
    Map<String, Runnable> calls = Map.of(
        "guest: XYZ", () -> BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(XYZ).on(DAY).build()),
        "objections: XYZ", () -> BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(DAY).objections(Set.of(XYZ)).build()),
        "consents: XYZ", () -> BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(DAY).consents(Set.of(XYZ)).build()),
        "victim: XYZ", () -> CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(XYZ).aggressor(TUR).on(DAY).request(Request.REQUESTED).build()),
        "aggressor: XYZ", () -> CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(XYZ).on(DAY).request(Request.REQUESTED).build()),
        "host: XYZ", () -> InterventionRule.evaluate(DATA, InterventionCase.builder().host(XYZ).on(DAY).situation(Situation.INTERNAL_UNREST).request(Request.REQUESTED).build()),
        "candidate: XYZ", () -> AccessionRule.evaluate(DATA, AdmissionCase.builder().candidate(XYZ).on(DAY).build()),
        "state: XYZ", () -> WithdrawalRule.evaluate(DATA, WithdrawalCase.builder().state(XYZ).on(DAY).build()));
    calls.forEach((message, call) -> assertTrue(
        assertThrows(IllegalArgumentException.class, call::run).getMessage().startsWith(message), message));
    LocalDate early = LocalDate.of(1999, 1, 1);
    for (Runnable call : List.<Runnable>of(
        () -> InterventionRule.evaluate(DATA, InterventionCase.builder().host(KGZ).on(early).situation(Situation.INTERNAL_UNREST).request(Request.REQUESTED).build()),
        () -> OutOfAreaRule.evaluate(DATA, OutOfAreaCase.builder().on(early).mandate(OutOfAreaRule.Mandate.MANDATED).build()),
        () -> AccessionRule.evaluate(DATA, AdmissionCase.builder().candidate(USA).on(early).build()),
        () -> WithdrawalRule.evaluate(DATA, WithdrawalCase.builder().state(KGZ).on(early).build()))) {
      assertTrue(assertThrows(IllegalArgumentException.class, call::run).getMessage().startsWith("on: 1999-01-01 is before the CSTO"));
    }
  }

  @Test
  void an_unknown_organ_is_an_illegal_argument_and_an_unstated_procedure_is_undetermined() {
    assertEquals("organ: csto-nowhere is not an organ of the data set", assertThrows(IllegalArgumentException.class,
        () -> ObserverRule.evaluate(DATA, AdmissionCase.builder().candidate(USA).on(DAY).organ(OrganId.of("csto-nowhere")).build())).getMessage());
    Verdict v = ObserverRule.evaluate(DATA, AdmissionCase.builder().candidate(USA).on(DAY).organ(OrganId.of("csto-permanent-council")).build());
    assertEquals(Outcome.UNDETERMINED, v.outcome());
    assertTrue(v.reasons().stream().map(Reason::text).toList().contains("decided by csto-permanent-council (procedure NOT_STATED)"), v.explain());
  }

  @Test
  void uncertain_memberships_make_verdicts_undetermined_or_are_named_in_the_reasons() {
    // Uzbekistan as the monograph dates it (2006 to 2012, by year): uncertain on 1 March 2012
    Dataset COARSE = MonographAccount.UZBEKISTAN_BY_YEAR;
    assertEquals(Outcome.UNDETERMINED, BasingRule.evaluate(COARSE, BasingCase.builder().host(KGZ).guest(UZB).on(UNSURE).build()).outcome());
    Verdict basing = BasingRule.evaluate(COARSE, BasingCase.builder().host(KGZ).guest(USA).on(UNSURE).objections(Set.of(UZB)).build());
    assertEquals(Outcome.ALLOWED_UNLESS_OBJECTION, basing.outcome(), "an uncertain member is not counted as able to block");
    assertTrue(basing.reasons().stream().map(Reason::text).toList().contains("membership of [UZB] on 2012-03-01 is uncertain; they are not counted as able to block"));
    assertEquals(Outcome.UNDETERMINED, CollectiveDefenceRule.evaluate(COARSE, CollectiveDefenceCase.builder().victim(UZB).aggressor(TUR).on(UNSURE).request(Request.REQUESTED).build()).outcome());
    assertEquals(Outcome.UNDETERMINED, CollectiveDefenceRule.evaluate(COARSE, CollectiveDefenceCase.builder().victim(ARM).aggressor(UZB).on(UNSURE).request(Request.REQUESTED).build()).outcome());
    Verdict defence = CollectiveDefenceRule.evaluate(COARSE, CollectiveDefenceCase.builder().victim(ARM).aggressor(TUR).on(UNSURE).request(Request.REQUESTED).build());
    assertEquals(Outcome.DECISION_REQUIRED, defence.outcome());
    assertFalse(defence.obliged().contains(UZB));
    assertTrue(defence.reasons().stream().map(Reason::text).toList().get(0).contains("[UZB]"), defence.explain());
    assertEquals(Outcome.UNDETERMINED, InterventionRule.evaluate(COARSE, InterventionCase.builder().host(UZB).on(UNSURE).situation(Situation.INTERNAL_UNREST).request(Request.REQUESTED).build()).outcome());
    assertEquals(Outcome.NOT_APPLICABLE, InterventionRule.evaluate(COARSE, InterventionCase.builder().host(StateCode.of("GEO")).on(DAY).situation(Situation.INTERNAL_UNREST).request(Request.REQUESTED).build()).outcome());
  }

  @Test
  void the_day_the_basing_protocol_was_signed_is_flagged_and_positions_of_non_members_are_ignored() {
    Verdict signing = BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(LocalDate.of(2011, 12, 20)).build());
    assertTrue(signing.reasons().stream().map(Reason::text).toList().get(0).contains("entry into force for each member is not recorded"), signing.explain());
    Map<StateCode, org.cstokit.model.event.Position> positions = Map.of(ARM, SUPPORT, StateCode.of("BLR"), SUPPORT,
        StateCode.of("KAZ"), SUPPORT, KGZ, SUPPORT, StateCode.of("RUS"), SUPPORT, StateCode.of("TJK"), SUPPORT, USA, OBJECT);
    Verdict v = InterventionRule.evaluate(DATA, InterventionCase.builder().host(KGZ).on(DAY).situation(Situation.UNREST_WITH_EXTERNAL_INVOLVEMENT).request(Request.REQUESTED).positions(positions).build());
    assertEquals(Outcome.ALLOWED, v.outcome());
    assertTrue(v.reasons().stream().map(Reason::text).toList().contains("[USA] are not members on 2018-06-01; their positions do not count"), v.explain());
    assertTrue(v.reasons().stream().map(Reason::text).toList().contains("Council: no participating member objected"), v.explain());
  }

  @Test
  void an_observer_may_still_accede_and_the_verdict_carries_the_councils_reasons() {
    Map<StateCode, org.cstokit.model.event.Position> six = DATA.asOf(DAY).members(Alliance.CSTO).keySet().stream()
        .collect(Collectors.toMap(s -> s, s -> SUPPORT));
    Verdict v = AccessionRule.evaluate(DATA, AdmissionCase.builder().candidate(StateCode.of("AFG")).on(DAY).positions(six).build());
    assertEquals(Outcome.ADOPTED, v.outcome());
    assertTrue(v.reasons().stream().map(Reason::text).toList().contains("no participating member objected"), v.explain());
  }

  @Test
  void the_survey_explains_facilities_of_members_predating_the_rule_and_proposed_ones() {
    Map<String, Verdict> survey = BasingRule.evaluateFacilities(DATA).stream().collect(Collectors.toMap(c -> c.facility().id().value(), c -> c.verdict()));
    Verdict division = survey.get("rus-201st-military-base");
    assertEquals(Outcome.NOT_REQUIRED, division.outcome());
    assertTrue(division.reasons().stream().map(Reason::text).toList().get(0).endsWith("before the CSTO existed; its operator is a member"), division.explain());
    Verdict proposed = survey.get("rus-kgz-second-base-proposed");
    assertTrue(proposed.reasons().stream().map(Reason::text).toList().get(0).contains("is proposed; checked as of"), proposed.explain());
    assertEquals(Outcome.NOT_REQUIRED, proposed.outcome());
  }

  @Test
  void rotation_details_slot_boundaries_sizes_and_order() {
    RotationRuleId sg = WellKnown.SECRETARY_GENERAL_ROTATION;
    List<RotationSchedule.Slot> slots = RotationSchedule.schedule(DATA, sg, YearSpan.closed(2019, 2020));
    assertEquals("ARM", slots.stream().filter(x -> x.covers(LocalDate.of(2019, 12, 31))).findFirst().orElseThrow().expected().value());
    assertEquals("BLR", slots.stream().filter(x -> x.covers(LocalDate.of(2020, 1, 1))).findFirst().orElseThrow().expected().value());
    assertEquals("ARM", RotationSchedule.evaluate(DATA, RotationCase.builder().rule(sg).on(LocalDate.of(2018, 6, 1)).build()).obliged().first().value());
    assertTrue(RotationSchedule.evaluate(DATA, RotationCase.builder().rule(sg).on(DAY).build()).reasons().stream().map(Reason::text).toList().get(0).startsWith("slot 0 (2017-01-01 to 2019-12-31) falls to Armenia"));
    RotationSchedule.Slot first = RotationSchedule.schedule(DATA, sg, YearSpan.closed(2017, 2017)).get(0);
    assertTrue(first.covers(LocalDate.of(2017, 1, 1)) && !first.covers(LocalDate.of(2020, 1, 1)) && !first.covers(LocalDate.of(2016, 12, 31)));
    assertEquals(1, RotationSchedule.schedule(DATA, sg, YearSpan.closed(2018, 2019)).size());
    assertThrows(IllegalArgumentException.class, () -> RotationSchedule.schedule(DATA, sg, YearSpan.closed(2000, 2010)));
    List<Deviation> d = RotationSchedule.deviations(DATA, sg, Year.of(2030));
    List<Long> order = d.stream().map(x -> x.slot().index()).collect(Collectors.toList());
    assertEquals(order.stream().sorted().collect(Collectors.toList()), order);
    Deviation acting = RotationScheduleTest.find(d, "ten-csto-sg-semerikov-acting", DeviationKind.ACTING_HOLDER);
    org.cstokit.model.time.PartialDate start = DATA.get(org.cstokit.model.source.TenureId.of("ten-csto-sg-semerikov-acting")).period().start();
    LocalDate slotEnd = LocalDate.of(2020, 1, 1);
    assertEquals(java.time.temporal.ChronoUnit.DAYS.between(start.latest(), slotEnd), acting.minDays(),
        "a start known only to the month gives a range of days, not one figure: " + start);
    assertEquals(java.time.temporal.ChronoUnit.DAYS.between(start.earliest(), slotEnd), acting.maxDays());
    assertEquals("acting holder from RUS instead of an appointee from ARM", acting.description());
    assertTrue(d.stream().noneMatch(x -> x.tenure().value().equals("ten-csto-sg-bordyuzha")),
        "his term ended on 31 December 2016 (TASS); the monograph's end, the year 2017, only possibly overlaps the slot,"
        + " which is not a deviation the sources show: " + d);
    Deviation late = RotationScheduleTest.find(d, "ten-csto-sg-khachaturov", DeviationKind.LATE_START);
    assertTrue(late.accounts().contains(new RotationSchedule.AccountFigure(RotationSchedule.Account.MONOGRAPH, RotationSchedule.Rank.OTHER, 120, 150)),
        "a start known to the month: May 2017 is 120 to 150 days after 1 January");
    Deviation recall = RotationScheduleTest.find(d, "ten-csto-sg-khachaturov", DeviationKind.EARLY_END);
    assertEquals(425, recall.minDays());
    assertEquals("left office 2018-11-02, before the slot ended on 2019-12-31 (recalled)", recall.description());
  }

  @Test
  void the_audit_reports_disagreements_and_unlinked_requests() {
    Citation cite = Citation.of(SourceId.of("ssi-2018-csto"), "STRUCTURE");
    Decision adoptedOverObjection = Decision.builder().id(DecisionId.of("dec-test-adopted")).organ(OrganId.of("csto-collective-security-council"))
        .date(PartialDate.of(2015, 5, 1)).subject("test").outcome(DecisionOutcome.ADOPTED).addCitation(cite)
        .addPosition(StatePosition.of(ARM, OBJECT)).build();
    Decision blockedWithoutObjection = Decision.builder().id(DecisionId.of("dec-test-blocked")).organ(OrganId.of("csto-collective-security-council"))
        .date(PartialDate.of(2015, 5, 1)).subject("test").outcome(DecisionOutcome.BLOCKED).addCitation(cite)
        .positions(DATA.asOf(LocalDate.of(2015, 5, 1)).members(Alliance.CSTO).keySet().stream()
            .map(s -> StatePosition.of(s, SUPPORT)).collect(Collectors.toList())).build();
    Event lonely = Event.builder().id(EventId.of("ev-test-request")).kind(EventKind.REQUEST_FOR_ASSISTANCE)
        .date(PartialDate.of(2015)).title("test").addState(ARM).addCitation(cite).build();
    Map<Family<?>, List<?>> records = new TreeMap<>();
    for (Family<?> f : Family.values()) {
      List<Object> list = new ArrayList<>(DATA.records(f));
      if (f == Family.DECISIONS) {
        list.add(adoptedOverObjection);
        list.add(blockedWithoutObjection);
      }
      if (f == Family.EVENTS) {
        list.add(lonely);
      }
      records.put(f, list);
    }
    Map<String, Audit.Row> rows = Audit.evaluate(Dataset.of("test", records)).stream()
        .collect(Collectors.toMap(r -> r.record().value(), r -> r));
    assertEquals(Audit.Agreement.DISAGREES, rows.get("dec-test-adopted").agreement());
    assertEquals(ReasonCode.REPORTED_OTHERWISE, rows.get("dec-test-adopted").why().get(0).code());
    assertTrue(rows.get("dec-test-adopted").why().get(0).text().startsWith("the recorded objections of [ARM] would block"));
    assertEquals(Audit.Agreement.DISAGREES, rows.get("dec-test-blocked").agreement());
    assertTrue(rows.get("dec-test-blocked").why().get(0).text().startsWith("the recorded positions contain no objection"));
    assertEquals(Audit.Agreement.RULE_UNDETERMINED, rows.get("ev-test-request").agreement());
    assertEquals(List.of(new Reason(ReasonCode.FACT_MISSING, "the record links no decision answering it")),
        rows.get("ev-test-request").why());
    assertEquals(java.util.Optional.empty(), rows.get("ev-test-request").reported(), "no decision answers it: nothing reported");
    Audit.Row kyrgyz = rows.get("ev-2010-kyrgyzstan-requests-csto-help");
    assertEquals(java.util.Optional.of(DecisionOutcome.NOT_TAKEN), kyrgyz.reported());
    assertTrue(kyrgyz.why().stream().anyMatch(r -> r.text().contains("no legal basis")), kyrgyz.why()::toString);
  }
}
