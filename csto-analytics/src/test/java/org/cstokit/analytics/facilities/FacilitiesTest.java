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
  void russia_operates_most_facilities() {
    List<FacilityGroup> rows = Facilities.byOperator(data);
    assertEquals(List.of("CHN", "FRA", "RUS", "TJK", "USA"), rows.stream().map(r -> r.state().value()).toList());
    assertEquals(33, rows.get(2).facilities(), "the Baranovichi and Hantsevichy records were one radar, now one record;"
        + " the Belarus deployments of 2022-2025 and Kara-Balta were added");
    assertEquals(data.facilities().size(), rows.stream().mapToLong(FacilityGroup::facilities).sum());
  }

  @Test
  void only_the_belarusian_air_base_leases_end_by_2020_and_the_armenian_bases_run_to_2044() {
    assertEquals(List.of("rus-belarus-leased-air-bases"),
        Facilities.leasesEndingBy(data, 2020).stream().map(l -> l.facility().value()).toList());
    List<LeaseEnding> by2044 = Facilities.leasesEndingBy(data, 2044);
    assertEquals(5, by2044.size(), "Kant (2032) and Gyumri and Erebuni (2044) among them: " + by2044);
    assertEquals("2044", by2044.get(4).expires().toString());
    assertTrue(by2044.stream().anyMatch(l -> l.facility().value().equals("rus-kant-air-base") && l.expires().toString().equals("2032")));
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
    // at the end of 2000 only the Soviet-era Karakul station is dated and certain; Mailuu-Suu, Kara-Balta and the
    // planned air defence system give no period, so they are possible in every year
    assertEquals(1, kgz.get(0).certain());
    assertEquals(3, kgz.get(0).undated());
    assertEquals(kgz.get(0).certain() + kgz.get(0).undated(), kgz.get(0).possible());
    assertEquals(2, kgz.get(1).certain(), "Manas from December 2001");
    assertEquals(3, kgz.get(13).certain(), "Karakul, Kant (from October 2003) and Manas at the end of 2013");
    assertEquals(2, kgz.get(14).certain(), "Manas closed in June 2014");
    assertEquals(2 + 3, kgz.get(14).possible(), "the two dated ones and the three undated");
    assertThrows(IllegalArgumentException.class, () -> Facilities.foreignPresence(data, 2001, 2000));
  }
}
