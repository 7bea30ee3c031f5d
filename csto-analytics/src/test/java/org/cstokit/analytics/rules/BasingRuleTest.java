package org.cstokit.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cstokit.analytics.rules.BasingRule.FacilityCheck;
import org.cstokit.analytics.rules.BasingRule.Reading;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.junit.jupiter.api.Test;

class BasingRuleTest {
  static final Dataset DATA = CstoData.bundled();
  static final StateCode KGZ = StateCode.of("KGZ");
  static final StateCode USA = StateCode.of("USA");
  static final StateCode RUS = StateCode.of("RUS");
  static final LocalDate DAY = LocalDate.of(2018, 6, 1);

  @Test
  void a_non_member_base_is_allowed_unless_a_member_objects_and_every_other_member_can_block() {
    Verdict allowed = BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(DAY).build());
    assertEquals(Outcome.ALLOWED_UNLESS_OBJECTION, allowed.outcome(), "without the consultations' result the answer is"
        + " conditional, never a plain ALLOWED that reads as a fact: " + allowed.explain());
    assertEquals(Set.of("ARM", "BLR", "KAZ", "RUS", "TJK"), allowed.canBlock().stream().map(StateCode::value).collect(Collectors.toSet()));
    assertEquals("inst-2011-third-state-infrastructure-protocol", allowed.authorities().get(0).instrument().value());
    Set<StateCode> heard = Set.of("ARM", "BLR", "KAZ", "RUS", "TJK").stream().map(StateCode::of).collect(Collectors.toSet());
    assertEquals(Outcome.ALLOWED, BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(DAY).consents(heard).build()).outcome(),
        "every other member consulted without objecting: definite");
    Verdict partly = BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(DAY).consents(Set.of(RUS)).build());
    assertEquals(Outcome.ALLOWED_UNLESS_OBJECTION, partly.outcome());
    assertTrue(partly.reasons().stream().map(Reason::text).toList().stream().anyMatch(r -> r.startsWith("allowed unless [ARM, BLR, KAZ, TJK]")), partly.explain());
    Verdict blocked = BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(DAY).objections(Set.of(RUS)).build());
    assertEquals(Outcome.BLOCKED, blocked.outcome());
    assertEquals(Set.of(RUS), blocked.blockedBy());
  }

  @Test
  void the_explicit_consent_reading_waits_for_every_other_member() {
    Verdict waiting = BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(DAY).consents(Set.of(RUS)).reading(Reading.EXPLICIT_CONSENT).build());
    assertEquals(Outcome.UNDETERMINED, waiting.outcome());
    assertTrue(waiting.reasons().stream().map(Reason::text).toList().contains("no explicit consent yet from [ARM, BLR, KAZ, TJK]"), waiting.explain());
    Set<StateCode> all = Set.of("ARM", "BLR", "KAZ", "RUS", "TJK").stream().map(StateCode::of).collect(Collectors.toSet());
    assertEquals(Outcome.ALLOWED, BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(DAY).consents(all).reading(Reading.EXPLICIT_CONSENT).build()).outcome());
  }

  @Test
  void the_host_and_non_members_cannot_block() {
    Verdict v = BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(DAY).objections(Set.of(KGZ, StateCode.of("CHN"))).build());
    assertEquals(Outcome.ALLOWED_UNLESS_OBJECTION, v.outcome());
    assertTrue(v.reasons().stream().map(Reason::text).toList().contains("[CHN, KGZ] cannot block: only members other than the host can"), v.explain());
  }

  @Test
  void another_members_forces_are_bilateral_and_before_2011_no_consent_was_needed() {
    assertEquals(Outcome.NOT_REQUIRED, BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(RUS).on(DAY).objections(Set.of(StateCode.of("KAZ"))).build()).outcome());
    assertEquals(Outcome.NOT_REQUIRED, BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(KGZ).on(DAY).build()).outcome());
    assertEquals(Outcome.NOT_APPLICABLE, BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(LocalDate.of(2009, 1, 1)).objections(Set.of(RUS)).build()).outcome());
    assertEquals(Outcome.NOT_APPLICABLE, BasingRule.evaluate(DATA, BasingCase.builder().host(StateCode.of("GEO")).guest(USA).on(DAY).build()).outcome());
    assertEquals(Outcome.UNDETERMINED, BasingRule.evaluate(MonographAccount.UZBEKISTAN_BY_YEAR, BasingCase.builder().host(StateCode.of("UZB")).guest(USA).on(LocalDate.of(2012, 3, 1)).build()).outcome(), "by the monograph's years alone");
    assertEquals(Outcome.ALLOWED_UNLESS_OBJECTION, BasingRule.evaluate(DATA, BasingCase.builder().host(StateCode.of("UZB")).guest(USA).on(LocalDate.of(2012, 3, 1)).build()).outcome(),
        "with the days the public sources give, Uzbekistan is a member on 1 March 2012 and the verdict is definite");
  }

  @Test
  void malformed_input_is_an_illegal_argument_naming_it() {
    assertEquals("host: XYZ is not a state of the data set", assertThrows(IllegalArgumentException.class,
        () -> BasingRule.evaluate(DATA, BasingCase.builder().host(StateCode.of("XYZ")).guest(USA).on(DAY).build())).getMessage());
    assertEquals("on: 1995-01-01 is before the CSTO existed (2002-10-07)", assertThrows(IllegalArgumentException.class,
        () -> BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(LocalDate.of(1995, 1, 1)).build())).getMessage());
  }

  @Test
  void the_survey_covers_every_foreign_facility_and_reports_manas_as_predating_the_rule() {
    Map<String, Outcome> survey = BasingRule.evaluateFacilities(DATA).stream()
        .collect(Collectors.toMap(c -> c.facility().id().value(), c -> c.verdict().outcome()));
    long foreign = DATA.facilities().stream().filter(f -> f.isForeign()).count();
    assertEquals(foreign, survey.size());
    assertEquals(Outcome.NOT_APPLICABLE, survey.get("usa-manas-base"));
    FacilityCheck manas = BasingRule.evaluateFacilities(DATA).stream().filter(c -> c.facility().id().value().equals("usa-manas-base")).findFirst().get();
    assertTrue(manas.verdict().reasons().stream().map(Reason::text).toList().get(0).contains("before the CSTO existed"), manas.verdict().explain());
    assertEquals(Outcome.NOT_REQUIRED, survey.get("rus-kant-air-base"));
    assertEquals(Outcome.NOT_REQUIRED, survey.get("rus-gyumri-102d-military-base"));
  }

  @Test
  void a_member_that_both_objects_and_consents_is_contradictory_input_naming_it() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> BasingRule.evaluate(DATA, BasingCase.builder().host(StateCode.of("KGZ")).guest(StateCode.of("USA")).on(java.time.LocalDate.of(2018, 6, 1)).objections(java.util.Set.of(StateCode.of("RUS"))).consents(java.util.Set.of(StateCode.of("RUS"), StateCode.of("KAZ"))).reading(BasingRule.Reading.EXPLICIT_CONSENT).build()));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("objections: [RUS] also in consents"), e.getMessage());
  }

  @Test
  void a_frozen_participation_is_practice_beside_the_law_armenia_can_still_block_in_2024() {
    // Pashinyan's declaration of February 2024 (mem-csto-arm-3); the budget decided without Armenia
    Verdict v = BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(LocalDate.of(2024, 6, 1)).objections(Set.of(StateCode.of("ARM"))).build());
    assertEquals(Outcome.BLOCKED, v.outcome(), v.explain());
    assertEquals(Set.of(StateCode.of("ARM")), v.blockedBy());
    assertTrue(v.reasons().stream().map(Reason::text).toList().contains("ARM has declared its participation frozen (de facto); in law it remains a member and"
        + " can still block"), v.explain());
    assertTrue(v.reasons().stream().map(Reason::text).toList().stream().anyMatch(r -> r.startsWith("ARM stayed out of dec-2023-11-23-csc-budget-2024")), v.explain());
    assertTrue(BasingRule.evaluate(DATA, BasingCase.builder().host(KGZ).guest(USA).on(LocalDate.of(2023, 6, 1)).build()).reasons().stream().map(Reason::text).toList()
        .stream().noneMatch(r -> r.contains("frozen")), "no note before the declaration");
  }
}
