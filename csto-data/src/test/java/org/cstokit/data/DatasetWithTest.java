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

class DatasetWithTest {
  private static final Dataset DATA = CstoData.bundled();

  @Test
  void a_data_set_with_one_family_replaced_keeps_the_others_the_version_and_the_horizons() {
    List<Membership> withoutUzbekistan = DATA.memberships().stream()
        .filter(m -> !(m.state().value().equals("UZB") && m.organization().value().equals("CSTO"))).toList();
    Dataset what = DATA.with(Family.MEMBERSHIPS, withoutUzbekistan);
    assertEquals(withoutUzbekistan.size(), what.memberships().size());
    assertFalse(what.asOf(LocalDate.of(2010, 6, 1)).members(OrganizationId.of("CSTO")).containsKey(StateCode.of("UZB")));
    assertTrue(DATA.asOf(LocalDate.of(2010, 6, 1)).members(OrganizationId.of("CSTO")).containsKey(StateCode.of("UZB")),
        "the original is unchanged");
    for (Family f : Family.values()) {
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
  void a_replacement_of_the_wrong_type_or_with_a_repeated_id_is_rejected() {
    assertThrows(IllegalArgumentException.class, () -> DATA.with(Family.MEMBERSHIPS, DATA.transfers()));
    assertThrows(IllegalArgumentException.class, () -> DATA.with(Family.MEMBERSHIPS,
        List.of(DATA.memberships().get(0), DATA.memberships().get(0))));
  }
}
