package org.cstokit.analytics.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cstokit.data.CstoData;
import org.cstokit.model.actor.OrganizationId;
import org.junit.jupiter.api.Test;

class MemberCountsTest {
  @Test
  void the_csto_had_six_members_before_uzbekistan_returned_seven_while_it_was_in_and_six_after() {
    List<MemberCounts.Row> rows = MemberCounts.perYear(CstoData.bundled(), OrganizationId.of("CSTO"), 2004, 2014);
    assertEquals(new MemberCounts.Row(2004, 6, 6), rows.get(0));
    assertEquals(new MemberCounts.Row(2008, 7, 7), rows.get(4));
    assertEquals(new MemberCounts.Row(2013, 6, 6), rows.get(9));
    assertEquals(11, rows.size());
  }

  @Test
  void a_range_the_wrong_way_round_is_rejected_naming_the_argument() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MemberCounts.perYear(CstoData.bundled(), OrganizationId.of("CSTO"), 2010, 2009));
    assertEquals("toYear: 2009 is before fromYear 2010", e.getMessage());
  }

  @Test
  void one_year_gives_one_row_and_past_the_membership_horizon_no_member_is_certain() {
    assertEquals(List.of(new MemberCounts.Row(2010, 7, 7)),
        MemberCounts.perYear(CstoData.bundled(), OrganizationId.of("CSTO"), 2010, 2010));
    // the membership data is kept complete to November 2025: on 31 December 2026 the six members
    // may still be members, but none is certainly one
    assertEquals(List.of(new MemberCounts.Row(2026, 0, 6)),
        MemberCounts.perYear(CstoData.bundled(), OrganizationId.of("CSTO"), 2026, 2026));
  }
}
