package org.cstokit.analytics.facilities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.Truth;
import org.junit.jupiter.api.Test;

class FacilitiesTest {
  private final Dataset data = CstoData.bundled();

  @Test
  void armenia_hosts_three_russian_facilities_with_about_5000_personnel_at_gyumri() {
    FacilityGroup arm = Facilities.byHost(data).get(0);
    assertEquals(StateCode.of("ARM"), arm.state());
    assertEquals(3, arm.facilities());
    assertEquals(3, arm.foreign());
    assertEquals(new BigDecimal("5000"), arm.personnel().best());
    assertEquals(1, arm.personnel().approximate());
  }

  @Test
  void russia_operates_every_facility_but_four() {
    List<FacilityGroup> rows = Facilities.byOperator(data);
    assertEquals(List.of("CHN", "RUS", "TJK", "USA"), rows.stream().map(r -> r.state().value()).toList());
    assertEquals(29, rows.get(1).facilities());
  }

  @Test
  void only_the_belarusian_air_base_leases_end_by_2020_and_the_armenian_bases_run_to_2044() {
    assertEquals(List.of("rus-belarus-leased-air-bases"),
        Facilities.leasesEndingBy(data, 2020).stream().map(l -> l.facility().value()).toList());
    List<LeaseEnding> by2044 = Facilities.leasesEndingBy(data, 2044);
    assertEquals(4, by2044.size());
    assertEquals("2044", by2044.get(3).expires().toString());
  }

  @Test
  void in_2010_the_us_base_at_manas_was_a_facility_of_a_non_member_in_a_member_state() {
    NonMemberFacility manas = Facilities.ofNonMembers(data, LocalDate.of(2010, 6, 1)).stream()
        .filter(f -> f.facility().value().equals("usa-manas-base")).findFirst().orElseThrow();
    assertEquals(Truth.YES, manas.hostMember());
    assertEquals(Truth.NO, manas.operatorMember());
    assertEquals(Truth.YES, manas.inOperation());
  }

  @Test
  void kyrgyzstan_hosted_manas_from_2001_and_no_longer_at_the_end_of_2014() {
    List<Presence> kgz = Facilities.foreignPresence(data, 2000, 2014).stream()
        .filter(p -> p.host().equals(StateCode.of("KGZ"))).toList();
    assertEquals(0, kgz.get(0).possible());
    assertEquals(1, kgz.get(1).certain());
    assertEquals(1, kgz.get(13).certain());
    assertEquals(0, kgz.get(14).possible());
    assertTrue(kgz.get(0).undated() > 0, "Kant and the other Russian sites give no period");
    assertThrows(IllegalArgumentException.class, () -> Facilities.foreignPresence(data, 2001, 2000));
  }
}
