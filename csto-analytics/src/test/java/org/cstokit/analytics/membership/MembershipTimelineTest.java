package org.cstokit.analytics.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.cstokit.data.CstoData;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Precision;
import org.junit.jupiter.api.Test;

class MembershipTimelineTest {
  @Test
  void uzbekistans_csto_membership_runs_from_2006_to_2012_known_only_to_the_year() {
    List<TimelineRow> uzb = MembershipTimeline.table(CstoData.bundled()).stream()
        .filter(r -> r.organization().equals(OrganizationId.of("CSTO")) && r.state().value().equals("UZB")).toList();
    assertEquals(1, uzb.size());
    TimelineRow row = uzb.get(0);
    assertEquals(MembershipStatus.MEMBER, row.status());
    assertEquals(PartialDate.of(2006), row.from());
    assertEquals(Optional.of(PartialDate.of(2012)), row.to());
    assertEquals(Precision.YEAR, row.precision());
  }

  @Test
  void a_day_precise_start_with_a_year_precise_end_has_the_coarser_precision() {
    TimelineRow cst = MembershipTimeline.table(CstoData.bundled()).stream()
        .filter(r -> r.organization().equals(OrganizationId.of("CST")) && r.state().value().equals("UZB"))
        .findFirst().orElseThrow();
    assertEquals(Precision.DAY, cst.from().precision());
    assertEquals(Precision.YEAR, cst.precision());
  }

  @Test
  void the_timeline_has_one_row_per_membership() {
    assertEquals(CstoData.bundled().memberships().size(), MembershipTimeline.table(CstoData.bundled()).size());
  }
}
