package org.cstokit.analytics.facilities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Table;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cstokit.analytics.testing.RandomData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.military.Facility;
import org.cstokit.model.military.FacilityStatus;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.testing.Generators;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.YearSpan;
import org.junit.jupiter.api.Test;

/** Laws of the facility aggregates over random data sets. */
class FacilitiesProperties {
  private static void checkGroups(List<Facility> all, Function<Facility, StateCode> key,
      Map<StateCode, FacilityGroup> groups) {
    assertEquals(all.stream().map(key).distinct().sorted().toList(), List.copyOf(groups.keySet()));
    groups.forEach((k, row) -> assertEquals(k, row.state(), "a group is keyed by its state"));
    for (FacilityGroup row : groups.values()) {
      List<Facility> in = all.stream().filter(f -> key.apply(f).equals(row.state())).toList();
      assertEquals(in.size(), row.facilities());
      assertEquals(in.stream().filter(f -> f.status() == FacilityStatus.OPERATING).count(), row.operating());
      assertEquals(in.stream().filter(f -> !f.host().equals(f.operator())).count(), row.foreign());
      assertEquals(in.stream().filter(f -> f.personnel().isEmpty()).count(), row.personnel().unknown());
      BigDecimal best = in.stream().map(f -> f.personnel().stream().map(Quantity::value)
          .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(0, best.compareTo(row.personnel().best()));
    }
  }

  @Test
  void facilities_by_host_and_by_operator_agree_with_a_brute_force_count() {
    qt().withExamples(150).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      checkGroups(data.facilities(), Facility::host, Facilities.byHost(data));
      checkGroups(data.facilities(), Facility::operator, Facilities.byOperator(data));
    });
  }

  @Test
  void leases_ending_by_a_year_are_exactly_those_whose_lease_expires_by_then() {
    qt().withExamples(150).forAll(RandomData.records(), org.quicktheories.generators.SourceDSL.integers()
        .between(1985, 2040)).checkAssert((r, year) -> {
          Dataset data = r.dataset();
          assertEquals(data.facilities().stream()
                  .filter(f -> f.lease().flatMap(l -> l.expires()).map(e -> e.year() <= year).orElse(false))
                  .map(f -> f.id().value()).sorted().toList(),
              Facilities.leasesEndingBy(data, Year.of(year)).stream().map(l -> l.facility().value()).sorted().toList());
        });
  }

  private static Truth member(List<Membership> ms, StateCode s, LocalDate date) {
    Truth t = Truth.NO;
    for (Membership m : ms) {
      if (m.state().equals(s) && m.organization().equals(Facilities.CSTO) && m.status() == MembershipStatus.MEMBER) {
        t = t.or(m.period().contains(date));
      }
    }
    return t;
  }

  @Test
  void facilities_of_non_members_are_those_whose_operator_is_not_certainly_a_member_that_day() {
    qt().withExamples(150).forAll(RandomData.records(), Generators.days()).checkAssert((r, day) -> {
      Dataset data = r.dataset();
      List<NonMemberFacility> rows = Facilities.ofNonMembers(data, Facilities.CSTO, day);
      List<Facility> expected = data.facilities().stream()
          .filter(f -> member(data.memberships(), f.operator(), day) != Truth.YES).toList();
      assertEquals(expected.stream().map(Facility::id).toList(), rows.stream().map(NonMemberFacility::facility).toList());
      for (NonMemberFacility row : rows) {
        assertEquals(member(data.memberships(), row.operator(), day), row.operatorMember());
        assertEquals(member(data.memberships(), row.host(), day), row.hostMember());
      }
    });
  }

  @Test
  void the_foreign_presence_timeline_agrees_with_a_scan_of_every_facility_period() {
    qt().withExamples(100).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      List<Facility> foreign = data.facilities().stream().filter(f -> !f.host().equals(f.operator())
          && !f.status().isProposalOnly()).toList();
      ImmutableTable<StateCode, Year, Presence> table = Facilities.foreignPresence(data, YearSpan.closed(1995, 2025));
      assertEquals(foreign.stream().map(Facility::host).distinct().count() * 31, table.size());
      for (Table.Cell<StateCode, Year, Presence> cell : table.cellSet()) {
        Presence p = cell.getValue();
        assertEquals(cell.getRowKey(), p.host());
        assertEquals(cell.getColumnKey(), p.year());
        LocalDate end = LocalDate.of(p.year().getValue(), 12, 31);
        assertEquals(end, p.sampleDay());
        List<Facility> own = foreign.stream().filter(f -> f.host().equals(p.host())).collect(Collectors.toList());
        assertEquals(own.stream().filter(f -> f.period().isPresent() && f.period().get().contains(end) == Truth.YES)
            .count(), p.certain());
        assertEquals(own.stream().filter(f -> f.period().isEmpty() || f.period().get().contains(end) != Truth.NO)
            .count(), p.possible(), "an undated facility is possibly in operation in every year");
        assertEquals(own.stream().filter(f -> f.period().isEmpty()).count(), p.undated());
      }
    });
  }
}
