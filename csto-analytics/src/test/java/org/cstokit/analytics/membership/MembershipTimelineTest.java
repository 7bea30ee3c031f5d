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
  void uzbekistan_was_a_csto_member_from_august_2006_then_suspended_from_june_to_december_2012() {
    List<TimelineRow> uzb = MembershipTimeline.table(CstoData.bundled()).stream()
        .filter(r -> r.organization().equals(OrganizationId.of("CSTO")) && r.state().value().equals("UZB")).toList();
    assertEquals(2, uzb.size());
    TimelineRow member = uzb.get(0);
    assertEquals(MembershipStatus.MEMBER, member.status());
    assertEquals(PartialDate.of(2006, 8, 16), member.start());
    assertEquals(Optional.of(PartialDate.of(2012, 6, 28)), member.endExclusive());
    assertEquals(Precision.DAY, member.precision());
    TimelineRow suspended = uzb.get(1);
    assertEquals(MembershipStatus.SUSPENDED, suspended.status());
    assertEquals(PartialDate.of(2012, 6, 28), suspended.start());
    assertEquals(Optional.of(PartialDate.of(2012, 12, 19)), suspended.endExclusive());
  }

  @Test
  void a_day_precise_start_with_a_year_precise_end_has_the_coarser_precision() {
    org.cstokit.model.membership.Membership m = org.cstokit.model.membership.Membership.builder()
        .id(org.cstokit.model.source.MembershipId.of("mem-cst-uzb-1")).state(org.cstokit.model.actor.StateCode.of("UZB"))
        .organization(OrganizationId.of("CST")).status(MembershipStatus.MEMBER)
        .period(org.cstokit.model.time.Period.of(PartialDate.of(1992, 5, 15), PartialDate.of(1999)))
        .addCitations(org.cstokit.model.source.Citation.of(org.cstokit.model.source.SourceId.of("ssi-2018-csto"), "ORIGINS", 3))
        .build();
    TimelineRow cst = MembershipTimeline.row(m);
    assertEquals(Precision.DAY, cst.start().precision());
    assertEquals(Precision.YEAR, cst.precision(), "the monograph's account of the first term's end: the year 1999");
  }

  @Test
  void the_timeline_has_one_row_per_membership() {
    assertEquals(CstoData.bundled().memberships().size(), MembershipTimeline.table(CstoData.bundled()).size());
  }
}
