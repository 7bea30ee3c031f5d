package org.cstokit.analytics.facilities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.FacilityStatus;
import org.cstokit.model.source.FacilityId;
import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.YearSpan;
import org.junit.jupiter.api.Test;

class FacilitiesTest {
  private static final StateCode KGZ = StateCode.of("KGZ");
  private final Dataset data = CstoData.bundled();

  @Test
  void armenia_hosts_three_russian_facilities_with_about_5000_personnel_at_gyumri() {
    FacilityGroup arm = Facilities.byHost(data).get(StateCode.of("ARM"));
    assertEquals(StateCode.of("ARM"), arm.state());
    assertEquals(3, arm.facilities());
    assertEquals(3, arm.foreign());
    assertEquals(new BigDecimal("5000"), arm.personnel().best());
    assertEquals(1, arm.personnel().approximate());
    assertEquals(arm, Facilities.byHost(data).firstEntry().getValue(), "Armenia sorts first");
  }

  @Test
  void russia_operates_most_facilities() {
    Map<StateCode, FacilityGroup> rows = Facilities.byOperator(data);
    assertEquals(List.of("CHN", "FRA", "RUS", "TJK", "USA"), rows.keySet().stream().map(StateCode::value).toList());
    assertEquals(33, rows.get(StateCode.of("RUS")).facilities(), "the Baranovichi and Hantsevichy records were one"
        + " radar, now one record; the Belarus deployments of 2022-2025 and Kara-Balta were added");
    assertEquals(data.facilities().size(), rows.values().stream().mapToLong(FacilityGroup::facilities).sum());
  }

  @Test
  void only_the_belarusian_air_base_leases_end_by_2020_and_the_armenian_bases_run_to_2044() {
    assertEquals(List.of("rus-belarus-leased-air-bases"),
        Facilities.leasesEndingBy(data, Year.of(2020)).stream().map(l -> l.facility().value()).toList());
    List<LeaseEnding> by2044 = Facilities.leasesEndingBy(data, Year.of(2044));
    assertEquals(5, by2044.size(), "Kant (2032) and Gyumri and Erebuni (2044) among them: " + by2044);
    assertEquals("2044", by2044.get(4).expires().toString());
    assertTrue(by2044.stream().anyMatch(l -> l.facility().value().equals("rus-kant-air-base")
        && l.expires().toString().equals("2032")));
    assertEquals(by2044.subList(0, 3), Facilities.leasesEndingBy(data, Year.of(2043)), "2044 is the last year included");
  }

  @Test
  void a_lease_ending_names_an_instrument_exactly_when_an_instrument_gives_the_expiry() {
    PartialDate y2030 = PartialDate.of(2030);
    FacilityId id = FacilityId.of("fac-x");
    StateCode rus = StateCode.of("RUS");
    assertEquals(ExpiryBasis.LEASE, new LeaseEnding(id, "x", KGZ, rus, y2030, ExpiryBasis.LEASE, Optional.empty()).basis());
    assertEquals("inst-x", new LeaseEnding(id, "x", KGZ, rus, y2030, ExpiryBasis.INSTRUMENT,
        Optional.of(InstrumentId.of("inst-x"))).instrument().orElseThrow().value());
    assertEquals("instrument: inst-x does not fit the basis LEASE", assertThrows(IllegalArgumentException.class,
        () -> new LeaseEnding(id, "x", KGZ, rus, y2030, ExpiryBasis.LEASE, Optional.of(InstrumentId.of("inst-x"))))
        .getMessage());
    assertEquals("instrument: absent does not fit the basis INSTRUMENT", assertThrows(IllegalArgumentException.class,
        () -> new LeaseEnding(id, "x", KGZ, rus, y2030, ExpiryBasis.INSTRUMENT, Optional.empty())).getMessage());
    for (LeaseEnding l : Facilities.leasesEndingBy(data, Year.of(2100))) {
      assertEquals(l.basis() == ExpiryBasis.INSTRUMENT, l.instrument().isPresent(), l.toString());
    }
  }

  @Test
  void in_2010_the_us_base_at_manas_was_a_facility_of_a_non_member_in_a_member_state() {
    NonMemberFacility manas = Facilities.ofNonMembers(data, Facilities.CSTO, LocalDate.of(2010, 6, 1)).stream()
        .filter(f -> f.facility().value().equals("usa-manas-base")).findFirst().orElseThrow();
    assertEquals(Truth.YES, manas.hostMember());
    assertEquals(Truth.NO, manas.operatorMember());
    assertEquals(Truth.YES, manas.inOperation());
    assertEquals("operatorMember: YES, but the operator of usa-manas-base must not be certainly a member",
        assertThrows(IllegalArgumentException.class, () -> new NonMemberFacility(manas.facility(), manas.name(),
            manas.host(), manas.operator(), FacilityStatus.OPERATING, Truth.YES, Truth.YES, Truth.YES)).getMessage());
  }

  @Test
  void kyrgyzstan_hosted_manas_from_2001_and_no_longer_at_the_end_of_2014() {
    Map<Year, Presence> kgz = Facilities.foreignPresence(data, YearSpan.closed(2000, 2014)).row(KGZ);
    assertEquals(15, kgz.size(), "both ends of the span included");
    Presence y2000 = kgz.get(Year.of(2000));
    // at the end of 2000 only the Soviet-era Karakul station is dated and certain; Mailuu-Suu, Kara-Balta and the
    // planned air defence system give no period, so they are possible in every year
    assertEquals(1, y2000.certain());
    assertEquals(3, y2000.undated());
    assertEquals(y2000.certain() + y2000.undated(), y2000.possible());
    assertEquals(2, kgz.get(Year.of(2001)).certain(), "Manas from December 2001");
    assertEquals(3, kgz.get(Year.of(2013)).certain(), "Karakul, Kant (from October 2003) and Manas at the end of 2013");
    assertEquals(2, kgz.get(Year.of(2014)).certain(), "Manas closed in June 2014");
    assertEquals(2 + 3, kgz.get(Year.of(2014)).possible(), "the two dated ones and the three undated");
    assertEquals(LocalDate.of(2014, 12, 31), kgz.get(Year.of(2014)).sampleDay(), "counted on 31 December");
  }

  @Test
  void a_presence_with_fewer_possible_than_certain_facilities_or_a_negative_count_is_rejected() {
    assertEquals("counts: 2 certain, 1 possible, 0 undated", assertThrows(IllegalArgumentException.class,
        () -> new Presence(KGZ, Year.of(2000), 2, 1, 0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Presence(KGZ, Year.of(2000), -1, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new Presence(KGZ, Year.of(2000), 0, 0, -1));
    assertEquals(2, new Presence(KGZ, Year.of(2000), 2, 2, 0).possible(), "possible may equal certain");
  }
}
