package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.membership.Membership;
import org.junit.jupiter.api.Test;

class DatasetBuilderTest {
  private static final Dataset DATA = CstoData.bundled();

  @Test
  void a_data_set_with_one_family_replaced_keeps_the_others_the_version_and_the_horizons() {
    List<Membership> withoutUzbekistan = DATA.memberships().stream()
        .filter(m -> !(m.state().value().equals("UZB") && m.organization().value().equals("CSTO"))).toList();
    Dataset what = DATA.toBuilder().set(Family.MEMBERSHIPS, withoutUzbekistan).build();
    assertEquals(withoutUzbekistan.size(), what.memberships().size());
    assertFalse(what.asOf(LocalDate.of(2010, 6, 1)).members(OrganizationId.of("CSTO")).containsKey(StateCode.of("UZB")));
    assertTrue(DATA.asOf(LocalDate.of(2010, 6, 1)).members(OrganizationId.of("CSTO")).containsKey(StateCode.of("UZB")),
        "the original is unchanged");
    for (Family<?> f : Family.values()) {
      if (f != Family.MEMBERSHIPS) {
        assertEquals(DATA.records(f), what.records(f), f.toString());
      }
      if (f != Family.SOURCES) {
        assertEquals(DATA.declaredHorizon(f), what.declaredHorizon(f), f.toString());
        assertEquals(DATA.horizon(f), what.horizon(f), f.toString());
      }
    }
    assertEquals(DATA.dataVersion(), what.dataVersion());
  }

  @Test
  void removing_by_condition_and_adding_a_record_give_the_same_data_set_as_setting_the_family() {
    Membership uzbekistan = DATA.memberships().stream()
        .filter(m -> m.state().value().equals("UZB") && m.organization().value().equals("CSTO")).findFirst().orElseThrow();
    Dataset removed = DATA.toBuilder().removeIf(Family.MEMBERSHIPS, m -> m.id().equals(uzbekistan.id())).build();
    assertEquals(DATA.memberships().size() - 1, removed.memberships().size());
    assertFalse(removed.memberships().contains(uzbekistan));
    Dataset back = removed.toBuilder().add(Family.MEMBERSHIPS, uzbekistan).build();
    assertEquals(DATA.memberships(), back.memberships(), "added records are sorted by id like loaded ones");
    assertEquals(DATA.facts(), back.facts());
  }

  @Test
  void replace_swaps_the_record_with_the_same_id_in_its_family() {
    Membership first = DATA.memberships().get(0);
    Membership moved = Membership.builder().from(first).state(StateCode.of("SRB")).build();
    Dataset what = DATA.toBuilder().replace(moved).build();
    assertEquals(moved, what.get(first.id()));
    assertEquals(DATA.memberships().size(), what.memberships().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DATA.toBuilder()
        .replace(Membership.builder().from(first).id(org.cstokit.model.source.MembershipId.of("mem-none")).build()));
    assertEquals("replacement: no MEMBERSHIPS record has the id mem-none", e.getMessage());
  }

  @Test
  void an_empty_builder_gives_an_empty_data_set_with_its_version_and_declared_horizons() {
    Dataset empty = Dataset.builder("v1").horizon(Family.EXERCISES, org.cstokit.model.time.PartialDate.of(2020))
        .build();
    assertEquals("v1", empty.dataVersion());
    assertEquals(0, empty.facts().size());
    assertEquals(java.util.Optional.of(org.cstokit.model.time.PartialDate.of(2020)),
        empty.declaredHorizon(Family.EXERCISES));
  }

  @Test
  void a_record_of_the_wrong_type_a_repeated_id_or_a_null_is_rejected() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Family<Object> wrong = (Family) Family.MEMBERSHIPS;
    IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
        () -> DATA.toBuilder().set(wrong, DATA.transfers()).build());
    assertTrue(type.getMessage().contains("MEMBERSHIPS holds a"), type.getMessage());
    IllegalArgumentException repeat = assertThrows(IllegalArgumentException.class, () -> DATA.toBuilder()
        .set(Family.MEMBERSHIPS, List.of(DATA.memberships().get(0), DATA.memberships().get(0))).build());
    assertTrue(repeat.getMessage().contains("repeats"), repeat.getMessage());
    IllegalArgumentException nul = assertThrows(IllegalArgumentException.class, () -> DATA.toBuilder()
        .addAll(Family.MEMBERSHIPS, java.util.Arrays.asList(DATA.memberships().get(0), null)));
    assertEquals("records: MEMBERSHIPS given null at index 1", nul.getMessage());
  }

  @Test
  void a_family_token_knows_its_type_its_file_and_its_place() {
    assertEquals(19, Family.values().size());
    for (Family<?> f : Family.values()) {
      assertEquals(f, Family.valueOf(f.name()));
      assertEquals(f, Family.values().get(f.ordinal()));
      assertEquals(f, Family.ofRecordType(f.recordType()));
    }
    assertEquals(Family.DECISIONS, Family.ofRecordType(DATA.decisions().get(0).getClass()));
    assertEquals("transfers.json", Family.TRANSFERS.fileName());
    assertThrows(IllegalArgumentException.class, () -> Family.valueOf("NOPE"));
    assertThrows(IllegalArgumentException.class, () -> Family.ofRecordType(String.class));
    List<org.cstokit.model.transfer.ArmsTransfer> typed = DATA.records(Family.TRANSFERS);
    assertEquals(DATA.transfers(), typed);
  }
}
