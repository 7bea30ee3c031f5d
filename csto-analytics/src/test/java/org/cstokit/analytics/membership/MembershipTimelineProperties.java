package org.cstokit.analytics.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cstokit.analytics.testing.RandomData;
import org.cstokit.data.Dataset;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.time.Precision;
import org.junit.jupiter.api.Test;

/** Laws of the membership timeline over random data sets. */
class MembershipTimelineProperties {
  /** The coarser of a start's and an end's precision, spelled out: a year is coarser than a month, a month than a day. */
  private static Precision coarser(Precision start, java.util.Optional<Precision> end) {
    if (end.isEmpty()) {
      return start;
    }
    List<Precision> fineness = List.of(Precision.YEAR, Precision.MONTH, Precision.DAY);
    return fineness.indexOf(start) <= fineness.indexOf(end.get()) ? start : end.get();
  }

  @Test
  void the_timeline_has_one_row_per_membership_in_order() {
    qt().withExamples(200).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      var rows = MembershipTimeline.table(data);
      Map<TimelineRow, Integer> expected = new HashMap<>();
      for (Membership m : data.memberships()) {
        expected.merge(new TimelineRow(m.state(), m.organization(), m.status(), m.period().start(), m.period().end(),
            coarser(m.period().start().precision(), m.period().end().map(d -> d.precision()))), 1, Integer::sum);
      }
      Map<TimelineRow, Integer> actual = new HashMap<>();
      rows.forEach(x -> actual.merge(x, 1, Integer::sum));
      assertEquals(expected, actual);
      for (int i = 1; i < rows.size(); i++) {
        TimelineRow a = rows.get(i - 1);
        TimelineRow b = rows.get(i);
        int c = a.organization().value().compareTo(b.organization().value());
        if (c == 0) {
          c = a.state().compareTo(b.state());
        }
        if (c == 0) {
          c = a.start().compareTo(b.start());
        }
        assertEquals(true, c <= 0, a + " before " + b);
      }
      for (TimelineRow row : rows) {
        assertEquals(true, row.precision().compareTo(row.start().precision()) <= 0);
        row.endExclusive().ifPresent(t -> assertEquals(true, row.precision().compareTo(t.precision()) <= 0));
      }
    });
  }
}
