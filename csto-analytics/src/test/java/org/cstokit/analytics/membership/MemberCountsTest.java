package org.cstokit.analytics.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.cstokit.data.CstoData;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.time.YearSpan;
import org.junit.jupiter.api.Test;

class MemberCountsTest {
  private static final OrganizationId CSTO = OrganizationId.of("CSTO");

  private static MemberCounts.Row row(int year, int certain, int possible) {
    return new MemberCounts.Row(Year.of(year), certain, possible);
  }

  @Test
  void the_csto_had_six_members_before_uzbekistan_returned_seven_while_it_was_in_and_six_after() {
    Map<Year, MemberCounts.Row> rows = MemberCounts.perYear(CstoData.bundled(), CSTO, YearSpan.closed(2004, 2014));
    assertEquals(row(2004, 6, 6), rows.get(Year.of(2004)));
    assertEquals(row(2008, 7, 7), rows.get(Year.of(2008)));
    assertEquals(row(2013, 6, 6), rows.get(Year.of(2013)));
    assertEquals(11, rows.size(), "both ends of the span included");
    assertEquals(Year.of(2004), rows.keySet().iterator().next());
  }

  @Test
  void a_row_is_counted_on_31_december_and_rejects_fewer_possible_than_certain_members() {
    assertEquals(LocalDate.of(2008, 12, 31), row(2008, 7, 7).sampleDay());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> row(2008, 7, 6));
    assertEquals("counts: 7 certain, 6 possible", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> row(2008, -1, 6));
  }

  @Test
  void one_year_gives_one_row_and_past_the_membership_horizon_no_member_is_certain() {
    assertEquals(List.of(row(2010, 7, 7)),
        List.copyOf(MemberCounts.perYear(CstoData.bundled(), CSTO, YearSpan.closed(2010, 2010)).values()));
    // the membership data is kept complete to November 2025: on 31 December 2026 the six members
    // may still be members, but none is certainly one
    assertEquals(List.of(row(2026, 0, 6)),
        List.copyOf(MemberCounts.perYear(CstoData.bundled(), CSTO, YearSpan.closed(2026, 2026)).values()));
  }
}
