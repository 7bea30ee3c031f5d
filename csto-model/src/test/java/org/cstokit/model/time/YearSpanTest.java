package org.cstokit.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearSpanTest {
  @Test
  void both_ends_are_included() {
    YearSpan nineties = YearSpan.closed(1990, 1999);
    assertTrue(nineties.contains(1990));
    assertTrue(nineties.contains(1999));
    assertFalse(nineties.contains(1989));
    assertFalse(nineties.contains(2000));
    assertEquals(10, nineties.length());
    assertEquals(10, nineties.years().count());
    assertEquals(1990, nineties.years().min().orElseThrow());
    assertEquals(1999, nineties.years().max().orElseThrow());
    assertEquals(nineties.years().boxed().toList(), List.copyOf(nineties.asSet()));
    assertEquals(LocalDate.of(1990, 1, 1), nineties.startDay());
    assertEquals(LocalDate.of(2000, 1, 1), nineties.endExclusive());
    assertEquals("1990-1999", nineties.label());
    assertEquals("1990-1999", nineties.toString());
  }

  @Test
  void one_year_and_decades() {
    YearSpan y = YearSpan.of(Year.of(2017));
    assertEquals(YearSpan.closed(2017, 2017), y);
    assertEquals(1, y.length());
    assertEquals("2017-2017", y.label());
    assertEquals(YearSpan.closed(1990, 1999), YearSpan.decadeOf(1994));
    assertEquals(YearSpan.closed(1990, 1999), YearSpan.decadeOf(1990));
    assertEquals(YearSpan.closed(1990, 1999), YearSpan.decadeOf(1999));
    assertEquals(YearSpan.closed(-10, -1), YearSpan.decadeOf(-5));
  }

  @Test
  void a_span_the_wrong_way_round_is_refused_and_spans_order_by_first_then_last() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> YearSpan.closed(2010, 2009));
    assertEquals("last: 2009 is before first 2010", e.getMessage());
    YearSpan.closed(2010, 2010);
    assertTrue(YearSpan.closed(1990, 1999).compareTo(YearSpan.closed(2000, 2009)) < 0);
    assertTrue(YearSpan.closed(1990, 1995).compareTo(YearSpan.closed(1990, 1999)) < 0);
    assertTrue(YearSpan.closed(1990, 1999).compareTo(YearSpan.closed(1990, 1995)) > 0);
    assertEquals(0, YearSpan.closed(1990, 1999).compareTo(YearSpan.closed(1990, 1999)));
  }
}
