package org.cstokit.analytics.rules;

import static org.cstokit.model.event.Position.OBJECT;
import static org.cstokit.model.event.Position.SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cstokit.analytics.rules.BasingRule.Reading;
import org.cstokit.analytics.rules.CollectiveDefenceRule.Territory;
import org.cstokit.analytics.rules.InterventionRule.Situation;
import org.cstokit.data.WellKnown;
import org.cstokit.model.actor.StateCode;
import org.junit.jupiter.api.Test;

/** The case values: their defaults, and the input-shape checks made when they are built. */
class CasesTest {
  static final StateCode ARM = StateCode.of("ARM");
  static final StateCode KGZ = StateCode.of("KGZ");
  static final StateCode RUS = StateCode.of("RUS");
  static final StateCode USA = StateCode.of("USA");
  static final LocalDate DAY = LocalDate.of(2018, 6, 1);

  @Test
  void a_basing_case_reads_the_protocols_text_with_no_objection_and_no_consent_by_default() {
    BasingCase c = BasingCase.builder().host(KGZ).guest(USA).on(DAY).build();
    assertEquals(Reading.NO_OBJECTION, c.reading());
    assertEquals(Set.of(), c.objections());
    assertEquals(Set.of(), c.consents());
    assertEquals(List.of(ARM, KGZ, RUS), List.copyOf(BasingCase.builder().host(KGZ).guest(USA).on(DAY)
        .addObjections(RUS, KGZ, ARM).build().objections()), "kept in code order");
  }

  @Test
  void a_member_that_both_objects_and_consents_is_refused_when_the_case_is_built() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BasingCase.builder().host(KGZ).guest(USA).on(DAY).addObjections(RUS, ARM).addConsents(RUS, ARM).build());
    assertEquals("objections: [ARM, RUS] also in consents; a member cannot both object and consent", e.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> BasingCase.builder().host(KGZ).on(DAY).build());
    assertTrue(missing.getMessage().contains("guest"), missing.getMessage());
  }

  @Test
  void a_defence_case_defaults_to_recognised_territory_and_needs_a_stated_request() {
    CollectiveDefenceCase c = CollectiveDefenceCase.builder().victim(ARM).aggressor(USA).on(DAY)
        .request(Request.NOT_REQUESTED).build();
    assertEquals(Territory.RECOGNISED, c.territory());
    assertEquals(0, c.positions().size());
    IllegalArgumentException unstated = assertThrows(IllegalArgumentException.class,
        () -> CollectiveDefenceCase.builder().victim(ARM).aggressor(USA).on(DAY).build());
    assertTrue(unstated.getMessage().contains("request"), unstated.getMessage());
    assertEquals("aggressor: ARM is the victim", assertThrows(IllegalArgumentException.class,
        () -> CollectiveDefenceCase.builder().victim(ARM).aggressor(ARM).on(DAY).request(Request.REQUESTED).build())
        .getMessage());
    assertEquals("positions: ARM objects, but it requested the assistance; a victim cannot both request and object",
        assertThrows(IllegalArgumentException.class, () -> CollectiveDefenceCase.builder().victim(ARM).aggressor(USA)
            .on(DAY).request(Request.REQUESTED).putPosition(ARM, OBJECT).build()).getMessage());
    assertEquals(Optional.of(OBJECT), Optional.ofNullable(CollectiveDefenceCase.builder().victim(ARM).aggressor(USA).on(DAY)
        .request(Request.NOT_REQUESTED).putPosition(ARM, OBJECT).build().positions().get(ARM)),
        "a victim that did not request may object");
  }

  @Test
  void a_host_that_requests_forces_cannot_object_to_them_but_one_that_did_not_may() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InterventionCase.builder().host(KGZ)
        .on(DAY).situation(Situation.INTERNAL_UNREST).request(Request.REQUESTED).putPosition(KGZ, OBJECT).build());
    assertTrue(e.getMessage().startsWith("positions: KGZ objects in the Council"), e.getMessage());
    assertEquals(OBJECT, InterventionCase.builder().host(KGZ).on(DAY).situation(Situation.INTERNAL_UNREST)
        .request(Request.NOT_REQUESTED).putPosition(KGZ, OBJECT).build().positions().get(KGZ));
  }

  @Test
  void the_other_cases_default_to_the_council_no_mandate_and_the_secretary_generals_rotation() {
    OutOfAreaCase out = OutOfAreaCase.builder().on(DAY).build();
    assertEquals(OutOfAreaRule.Mandate.NOT_MANDATED, out.mandate());
    assertEquals(Set.of(), out.parliamentaryApprovals());
    assertEquals(WellKnown.COLLECTIVE_SECURITY_COUNCIL, AdmissionCase.builder().candidate(USA).on(DAY).build().organ());
    ConsensusCase consensus = ConsensusCase.builder().on(DAY).build();
    assertEquals(WellKnown.COLLECTIVE_SECURITY_COUNCIL, consensus.organ());
    assertEquals(Optional.empty(), consensus.kind());
    assertEquals(WellKnown.SECRETARY_GENERAL_ROTATION, RotationCase.builder().on(DAY).build().rule());
    assertEquals(ConsensusCase.builder().on(DAY).putPosition(RUS, SUPPORT).putPosition(ARM, OBJECT).build(),
        ConsensusCase.builder().on(DAY).putPosition(ARM, OBJECT).putPosition(RUS, SUPPORT).build(),
        "a case does not depend on the order its positions were given in");
    assertEquals(List.of(ARM, RUS), List.copyOf(ConsensusCase.builder().on(DAY).putPosition(RUS, SUPPORT)
        .putPosition(ARM, OBJECT).build().positions().keySet()));
  }
}
