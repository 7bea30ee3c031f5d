package org.cstokit.analytics.rules;

import static org.cstokit.model.event.Position.OBJECT;
import static org.cstokit.model.event.Position.SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstokit.analytics.rules.InterventionRule.Situation;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.cstokit.model.source.OrganId;
import org.cstokit.model.source.RecordId;
import org.junit.jupiter.api.Test;

class InterventionAndMembershipTest {
  static final Dataset DATA = CstoData.bundled();
  static final StateCode KGZ = StateCode.of("KGZ");
  static final StateCode KAZ = StateCode.of("KAZ");
  static final StateCode ARM = StateCode.of("ARM");

  static Map<StateCode, Position> all(Position p, String... codes) {
    Map<StateCode, Position> out = new HashMap<>();
    for (String c : codes) {
      out.put(StateCode.of(c), p);
    }
    return out;
  }

  @Test
  void kyrgyzstans_unrest_of_june_2010_had_no_legal_basis_for_collective_forces() {
    Verdict v = InterventionRule.evaluate(DATA, InterventionCase.builder().host(KGZ).on(LocalDate.of(2010, 6, 14)).situation(Situation.INTERNAL_UNREST).request(Request.REQUESTED).build());
    assertEquals(Outcome.NOT_APPLICABLE, v.outcome());
    assertTrue(v.reasons().stream().map(Reason::text).toList().get(0).contains("no legal basis"), v.explain());
  }

  @Test
  void after_the_2010_amendments_unrest_can_be_answered_with_the_hosts_request_and_a_consensus() {
    Map<StateCode, Position> yes = all(SUPPORT, "ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
    // 1 June 2018: after the amendments, within the horizon of the membership data
    LocalDate january2022 = LocalDate.of(2018, 6, 1);
    Verdict allowed = InterventionRule.evaluate(DATA, InterventionCase.builder().host(KAZ).on(january2022).situation(Situation.UNREST_WITH_EXTERNAL_INVOLVEMENT).request(Request.REQUESTED).positions(yes).build());
    assertEquals(Outcome.ALLOWED, allowed.outcome(), allowed.explain());
    Verdict noRequest = InterventionRule.evaluate(DATA, InterventionCase.builder().host(KAZ).on(january2022).situation(Situation.UNREST_WITH_EXTERNAL_INVOLVEMENT).request(Request.NOT_REQUESTED).positions(yes).build());
    assertEquals(Outcome.BLOCKED, noRequest.outcome());
    assertEquals(Set.of(KAZ), noRequest.blockedBy());
    Map<StateCode, Position> armeniaObjects = new HashMap<>(yes);
    armeniaObjects.put(ARM, OBJECT);
    assertEquals(Outcome.BLOCKED, InterventionRule.evaluate(DATA, InterventionCase.builder().host(KAZ).on(january2022).situation(Situation.INTERNAL_UNREST).request(Request.REQUESTED).positions(armeniaObjects).build()).outcome());
    assertEquals(Outcome.UNDETERMINED, InterventionRule.evaluate(DATA, InterventionCase.builder().host(KAZ).on(LocalDate.of(2009, 1, 1)).situation(Situation.UNREST_WITH_EXTERNAL_INVOLVEMENT).request(Request.REQUESTED).positions(yes).build()).outcome());
    Verdict in2009 = InterventionRule.evaluate(DATA, InterventionCase.builder().host(KAZ).on(LocalDate.of(2009, 1, 1)).situation(Situation.EXTERNAL_AGGRESSION).request(Request.REQUESTED).positions(yes).build());
    assertEquals(Outcome.UNDETERMINED, in2009.outcome(), "Uzbekistan was a member in 2009 and its position is not given");
    assertEquals(Outcome.ALLOWED, InterventionRule.evaluate(DATA, InterventionCase.builder().host(KAZ).on(LocalDate.of(2009, 1, 1)).situation(Situation.EXTERNAL_AGGRESSION).request(Request.REQUESTED).positions(all(SUPPORT, "ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB")).build()).outcome());
  }

  @Test
  void after_2010_purely_internal_unrest_is_undetermined_but_an_objection_still_blocks() {
    Map<StateCode, Position> yes = all(SUPPORT, "ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
    Verdict v = InterventionRule.evaluate(DATA, InterventionCase.builder().host(KGZ).on(LocalDate.of(2018, 6, 1)).situation(Situation.INTERNAL_UNREST).request(Request.REQUESTED).positions(yes).build());
    assertEquals(Outcome.UNDETERMINED, v.outcome(), v.explain());
    assertTrue(v.reasons().stream().map(Reason::text).toList().stream().anyMatch(r -> r.contains("justified under Article 4 as aggression with external involvement")),
        v.explain());
    Map<StateCode, Position> armeniaObjects = new HashMap<>(yes);
    armeniaObjects.put(ARM, OBJECT);
    assertEquals(Outcome.BLOCKED, InterventionRule.evaluate(DATA, InterventionCase.builder().host(KGZ).on(LocalDate.of(2018, 6, 1)).situation(Situation.INTERNAL_UNREST).request(Request.REQUESTED).positions(armeniaObjects).build()).outcome(), "whatever the legal basis, an objection blocks");
  }

  @Test
  void the_hosts_request_is_its_consent_in_the_council_and_a_host_cannot_request_and_object() {
    Map<StateCode, Position> others = all(SUPPORT, "ARM", "BLR", "KGZ", "RUS", "TJK");
    LocalDate day = LocalDate.of(2018, 6, 1);
    Verdict v = InterventionRule.evaluate(DATA, InterventionCase.builder().host(KAZ).on(day).situation(Situation.EXTERNAL_AGGRESSION).request(Request.REQUESTED).positions(others).build());
    assertEquals(Outcome.ALLOWED, v.outcome(), "Kazakhstan's request counts as its support: " + v.explain());
    assertEquals(CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(KAZ).aggressor(StateCode.of("AFG")).on(day).request(Request.REQUESTED).build())
        .authorities().get(0), v.authorities().get(0), "defence and intervention cite the same text of Article 4 for one day");
    Map<StateCode, Position> hostObjects = new HashMap<>(others);
    hostObjects.put(KAZ, OBJECT);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> InterventionRule.evaluate(DATA, InterventionCase.builder().host(KAZ).on(day).situation(Situation.EXTERNAL_AGGRESSION).request(Request.REQUESTED).positions(hostObjects).build()));
    assertTrue(e.getMessage().contains("KAZ") && e.getMessage().contains("request"), e.getMessage());
  }

  @Test
  void past_the_horizon_of_the_membership_data_a_verdict_that_needs_the_member_set_is_undetermined_and_says_why() {
    Map<StateCode, Position> yes = all(SUPPORT, "ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
    Verdict v = InterventionRule.evaluate(DATA, InterventionCase.builder().host(KAZ).on(LocalDate.of(2030, 1, 6)).situation(Situation.UNREST_WITH_EXTERNAL_INVOLVEMENT).request(Request.REQUESTED).positions(yes).build());
    assertEquals(Outcome.UNDETERMINED, v.outcome(), v.explain());
    assertTrue(v.reasons().stream().map(Reason::text).toList().stream().anyMatch(r -> r.contains("past the horizon of the membership data (2025-11-01)")), v.explain());
    assertEquals(Outcome.UNDETERMINED, WithdrawalRule.evaluate(DATA, WithdrawalCase.builder().state(StateCode.of("SRB")).on(LocalDate.of(2030, 1, 1)).build()).outcome(),
        "past the horizon, a state without a record is not known to be a non-member");
    assertEquals(Outcome.ALLOWED, WithdrawalRule.evaluate(DATA, WithdrawalCase.builder().state(ARM).on(LocalDate.of(2024, 6, 12)).build()).outcome(),
        "Armenia's membership is confirmed by a 2025 source, so its right to leave stands in 2024");
  }

  @Test
  void the_councils_procedure_depends_on_the_kind_of_decision_and_its_date() {
    org.cstokit.model.actor.Organ council = DATA.get(org.cstokit.data.WellKnown.COLLECTIVE_SECURITY_COUNCIL);
    // appointments: every head present (Internal Divisions, note 266; armradio 2017-01-19)
    org.cstokit.model.actor.DecisionProcedure appointment = council.procedureFor(org.cstokit.model.event.DecisionKind.APPOINTMENT,
        LocalDate.of(2016, 10, 14)).orElseThrow();
    assertEquals(org.cstokit.model.actor.ProcedureKind.UNANIMITY_OF_PRESENT, appointment.kind());
    Verdict october2016 = ConsensusRule.decide(appointment, java.util.List.of(ARM, StateCode.of("BLR"), KAZ, KGZ,
        StateCode.of("RUS"), StateCode.of("TJK")), Map.of(KAZ, Position.ABSENT));
    assertEquals(Outcome.BLOCKED, october2016.outcome(), "Kazakhstan's absence put off the appointment: " + october2016.explain());
    // the budget: a limited format from the decision of 23 November 2023, not before
    assertTrue(council.procedureFor(org.cstokit.model.event.DecisionKind.BUDGET, LocalDate.of(2023, 11, 23)).orElseThrow()
        .isLimitedFormatAllowed());
    assertFalse(council.procedureFor(org.cstokit.model.event.DecisionKind.BUDGET, LocalDate.of(2023, 11, 22)).orElseThrow()
        .isLimitedFormatAllowed(), "before it, the general procedure: consensus, no limited format");
    assertFalse(council.procedureFor(org.cstokit.model.event.DecisionKind.DEPLOYMENT, LocalDate.of(2024, 6, 1)).orElseThrow()
        .isLimitedFormatAllowed());
    // an organ whose procedure no source states answers UNDETERMINED, not a guess
    Verdict assembly = ObserverRule.evaluate(DATA, AdmissionCase.builder().candidate(StateCode.of("PAK")).on(LocalDate.of(2016, 11, 1)).organ(OrganId.of("csto-parliamentary-assembly")).build());
    assertEquals(Outcome.UNDETERMINED, assembly.outcome(), assembly.explain());
  }

  @Test
  void law_a_limited_format_applies_only_where_a_source_allows_it_for_that_kind_from_that_date() {
    org.cstokit.model.actor.Organ council = DATA.get(org.cstokit.data.WellKnown.COLLECTIVE_SECURITY_COUNCIL);
    int checked = 0;
    for (org.cstokit.model.event.DecisionKind kind : org.cstokit.model.event.DecisionKind.values()) {
      for (LocalDate day = LocalDate.of(2003, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
        boolean limited = council.procedureFor(kind, day).map(org.cstokit.model.actor.DecisionProcedure::isLimitedFormatAllowed)
            .orElse(false);
        boolean sourced = kind == org.cstokit.model.event.DecisionKind.BUDGET && !day.isBefore(LocalDate.of(2023, 11, 23));
        assertEquals(sourced, limited, kind + " on " + day);
        checked++;
      }
    }
    assertEquals(7 * 8766, checked, "every kind on every day of 2003-2026");
  }

  @Test
  void stated_conditions_come_from_the_data_for_the_dates_the_sources_give_not_from_code() {
    assertEquals(List.of(), OutOfAreaRule.statedConditions(DATA, LocalDate.of(2016, 7, 1)), "no member had stated any");
    assertEquals(List.of(
        new OutOfAreaRule.StatedCondition(KAZ, org.cstokit.model.event.PositionCondition.UN_SECURITY_COUNCIL_MANDATE,
            org.cstokit.model.source.DecisionId.of("dec-2017-syria-deployment")),
        new OutOfAreaRule.StatedCondition(KGZ, org.cstokit.model.event.PositionCondition.UN_SECURITY_COUNCIL_MANDATE,
            org.cstokit.model.source.DecisionId.of("dec-2017-syria-deployment")),
        new OutOfAreaRule.StatedCondition(KGZ, org.cstokit.model.event.PositionCondition.PARLIAMENTARY_APPROVAL,
            org.cstokit.model.source.DecisionId.of("dec-2017-syria-deployment"))),
        OutOfAreaRule.statedConditions(DATA, LocalDate.of(2017, 7, 1)));
  }

  @Test
  void the_syria_probe_of_2017_without_a_un_mandate_leaves_kazakhstan_and_kyrgyzstan_out() {
    Map<StateCode, Position> others = all(SUPPORT, "ARM", "BLR", "RUS", "TJK");
    Verdict v = OutOfAreaRule.evaluate(DATA, OutOfAreaCase.builder().on(LocalDate.of(2017, 7, 1)).positions(others).build());
    assertTrue(v.reasons().stream().map(Reason::text).toList().stream().anyMatch(r -> r.startsWith("KAZ stated it needs a UN Security Council mandate: not met")), v.explain());
    assertEquals(Outcome.BLOCKED, v.outcome(), "a deployment needs every member's agreement; no source allows a limited"
        + " format for it (Shunning Syria, note 272; Uncertain Will and Capabilities, note 288): " + v.explain());
    assertEquals(java.util.Set.of(KAZ, KGZ), v.blockedBy());
    Verdict mandated = OutOfAreaRule.evaluate(DATA, OutOfAreaCase.builder().on(LocalDate.of(2017, 7, 1)).positions(others).mandate(OutOfAreaRule.Mandate.MANDATED).parliamentaryApprovals(Set.of(KGZ)).build());
    assertEquals(Outcome.UNDETERMINED, mandated.outcome(), "with every condition met, KAZ and KGZ must still give positions");
    Map<StateCode, Position> kazObjects = new HashMap<>(others);
    kazObjects.put(KAZ, OBJECT);
    assertEquals(Set.of(KAZ, KGZ), OutOfAreaRule.evaluate(DATA, OutOfAreaCase.builder().on(LocalDate.of(2017, 7, 1)).positions(kazObjects).build()).blockedBy(),
        "Kazakhstan objects, and Kyrgyzstan, staying out without its conditions met, withholds the agreement a deployment needs");
  }

  @Test
  void armenia_could_block_pakistans_observer_bid_of_2016() {
    Verdict v = ObserverRule.evaluate(DATA, AdmissionCase.builder().candidate(StateCode.of("PAK")).on(LocalDate.of(2016, 11, 1)).positions(Map.of(ARM, OBJECT)).organ(OrganId.of("csto-collective-security-council")).build());
    assertEquals(Outcome.BLOCKED, v.outcome());
    assertEquals(Set.of(ARM), v.blockedBy());
    Verdict assembly = ObserverRule.evaluate(DATA, AdmissionCase.builder().candidate(StateCode.of("PAK")).on(LocalDate.of(2016, 11, 1)).positions(Map.of(ARM, OBJECT)).organ(OrganId.of("csto-parliamentary-assembly")).build());
    assertEquals(Outcome.UNDETERMINED, assembly.outcome(), "the sources do not state the Assembly's procedure");
  }

  @Test
  void accession_withdrawal_and_existing_members() {
    assertEquals(Outcome.NOT_APPLICABLE, AccessionRule.evaluate(DATA, AdmissionCase.builder().candidate(ARM).on(LocalDate.of(2016, 1, 1)).build()).outcome());
    assertEquals(Outcome.ADOPTED, AccessionRule.evaluate(DATA, AdmissionCase.builder().candidate(StateCode.of("SRB")).on(LocalDate.of(2016, 1, 1)).positions(all(SUPPORT, "ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK")).build()).outcome());
    assertEquals(Outcome.ALLOWED, WithdrawalRule.evaluate(DATA, WithdrawalCase.builder().state(StateCode.of("UZB")).on(LocalDate.of(2011, 6, 1)).build()).outcome());
    assertEquals(Outcome.UNDETERMINED, WithdrawalRule.evaluate(MonographAccount.UZBEKISTAN_BY_YEAR, WithdrawalCase.builder().state(StateCode.of("UZB")).on(LocalDate.of(2012, 6, 28)).build()).outcome(), "by the monograph's years alone, 2012 leaves the day undecided");
    assertEquals(Outcome.NOT_APPLICABLE, WithdrawalRule.evaluate(DATA, WithdrawalCase.builder().state(StateCode.of("UZB")).on(LocalDate.of(2012, 6, 28)).build()).outcome(),
        "from 28 June 2012 Uzbekistan's membership was suspended, no longer a membership it could withdraw from");
    assertEquals(Outcome.NOT_APPLICABLE, WithdrawalRule.evaluate(DATA, WithdrawalCase.builder().state(StateCode.of("UZB")).on(LocalDate.of(2013, 6, 1)).build()).outcome());
    assertEquals(Outcome.NOT_APPLICABLE, ObserverRule.evaluate(DATA, AdmissionCase.builder().candidate(StateCode.of("AFG")).on(LocalDate.of(2016, 1, 1)).organ(OrganId.of("csto-parliamentary-assembly")).build()).outcome());
  }
}
