package org.cstokit.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Partial dates, periods and spans by example: checks with their messages, edges and texts. */
class TimeValuesTest {
  private static LocalDate day(String s) {
    return LocalDate.parse(s);
  }

  private static String rejected(org.junit.jupiter.api.function.Executable e) {
    return assertThrows(InvalidValueException.class, e).getMessage();
  }

  @Test
  void a_partial_date_checks_year_month_and_day_at_their_edges() {
    assertEquals(1, PartialDate.of(1).year());
    assertEquals(9999, PartialDate.of(9999).year());
    assertEquals("field 'year': 0 is not between 1 and 9999", rejected(() -> PartialDate.of(0)));
    assertEquals("field 'year': 10000 is not between 1 and 9999", rejected(() -> PartialDate.of(10000)));
    assertEquals(Optional.of(1), PartialDate.of(2000, 1).month());
    assertEquals(Optional.of(12), PartialDate.of(2000, 12).month());
    assertEquals("field 'month': 0 is not between 1 and 12", rejected(() -> PartialDate.of(2000, 0)));
    assertEquals("field 'month': 13 is not between 1 and 12", rejected(() -> PartialDate.of(2000, 13)));
    assertEquals(Optional.of(29), PartialDate.of(2000, 2, 29).day());
    assertEquals(Optional.of(1), PartialDate.of(2000, 2, 1).day());
    assertEquals("field 'day': 0 is not a day of 2000-02", rejected(() -> PartialDate.of(2000, 2, 0)));
    assertEquals("field 'day': 29 is not a day of 2001-02", rejected(() -> PartialDate.of(2001, 2, 29)));
    assertEquals("field 'day': 3 is given without a month",
        rejected(() -> ImmutablePartialDate.builder().year(2000).day(3).build()));
  }

  @Test
  void parsing_takes_a_year_a_month_or_a_day_and_names_a_bad_text() {
    assertEquals(PartialDate.of(2006), PartialDate.parse("2006"));
    assertEquals(PartialDate.of(2017, 5), PartialDate.parse("2017-05"));
    assertEquals(PartialDate.of(2017, 5, 2), PartialDate.parse("2017-05-02"));
    assertEquals("field 'date': \"2017/05\" is not an ISO date of the form 2006, 2017-05 or 2017-05-02",
        rejected(() -> PartialDate.parse("2017/05")));
    assertEquals("field 'date': null is missing", rejected(() -> PartialDate.parse(null)));
    assertEquals(PartialDate.of(2017, 5, 2), PartialDate.from(day("2017-05-02")));
  }

  @Test
  void precision_earliest_and_latest_day() {
    assertEquals(Precision.YEAR, PartialDate.of(2006).precision());
    assertEquals(Precision.MONTH, PartialDate.of(2006, 2).precision());
    assertEquals(Precision.DAY, PartialDate.of(2006, 2, 3).precision());
    assertEquals(List.of(day("2006-01-01"), day("2006-12-31")),
        List.of(PartialDate.of(2006).earliest(), PartialDate.of(2006).latest()));
    assertEquals(List.of(day("2008-02-01"), day("2008-02-29")),
        List.of(PartialDate.of(2008, 2).earliest(), PartialDate.of(2008, 2).latest()));
    assertEquals(List.of(day("2008-02-03"), day("2008-02-03")),
        List.of(PartialDate.of(2008, 2, 3).earliest(), PartialDate.of(2008, 2, 3).latest()));
  }

  @Test
  void before_is_certain_only_when_the_whole_first_date_precedes_the_whole_second() {
    PartialDate y2006 = PartialDate.of(2006);
    assertTrue(PartialDate.of(2005, 12, 31).isCertainlyBefore(y2006));
    assertFalse(PartialDate.of(2006, 1, 1).isCertainlyBefore(y2006));
    assertFalse(y2006.isCertainlyBefore(PartialDate.of(2006, 12, 31)));
    assertTrue(y2006.isCertainlyBefore(PartialDate.of(2007, 1, 1)));
    assertTrue(y2006.mayBeBefore(PartialDate.of(2006, 1, 2)));
    assertFalse(y2006.mayBeBefore(PartialDate.of(2006, 1, 1)));
    assertFalse(PartialDate.of(2006, 1, 2).mayBeBefore(PartialDate.of(2006, 1, 2)));
    assertTrue(PartialDate.of(2006, 1, 2).mayBeBefore(PartialDate.of(2006, 1)));
  }

  @Test
  void a_period_parses_checks_its_end_and_prints_as_it_parses() {
    Period closed = Period.parse("2006-06/2012-12");
    assertEquals(Period.of(PartialDate.of(2006, 6), PartialDate.of(2012, 12)), closed);
    assertEquals("2006-06/2012-12", closed.toString());
    assertFalse(closed.isOpen());
    Period open = Period.parse("2006/");
    assertEquals(Period.from(PartialDate.of(2006)), open);
    assertTrue(open.isOpen());
    assertEquals("2006/", open.toString());
    assertEquals("field 'period': \"2006\" is not of the form START/END or START/", rejected(() -> Period.parse("2006")));
    assertEquals("field 'period': \"/2006\" is not of the form START/END or START/", rejected(() -> Period.parse("/2006")));
    assertEquals("field 'end': 2005 is before start 2006", rejected(() -> Period.of(PartialDate.of(2006), PartialDate.of(2005))));
    // a same-year end is allowed: the end may fall on a later day of that year
    assertEquals(Optional.of(day("2006-12-31")), Period.of(PartialDate.of(2006, 3), PartialDate.of(2006)).latest());
    assertEquals("field 'end': 2006-03-01 is before start 2006-03-01",
        rejected(() -> Period.of(PartialDate.of(2006, 3, 1), PartialDate.of(2006, 3, 1))));
  }

  @Test
  void a_span_is_no_then_unknown_then_yes_then_unknown_then_no() {
    Span s = Span.of(Period.of(PartialDate.of(2006, 6), PartialDate.of(2012)));
    assertEquals(List.of(day("2006-06-01"), day("2006-06-30"), day("2012-01-01"), day("2012-12-31")), s.boundaries());
    assertEquals(Truth.NO, s.truth(day("2006-05-31")));
    assertEquals(Truth.UNKNOWN, s.truth(day("2006-06-01")));
    assertEquals(Truth.UNKNOWN, s.truth(day("2006-06-29")));
    assertEquals(Truth.YES, s.truth(day("2006-06-30")));
    assertEquals(Truth.YES, s.truth(day("2011-12-31")));
    assertEquals(Truth.UNKNOWN, s.truth(day("2012-01-01")));
    assertEquals(Truth.UNKNOWN, s.truth(day("2012-12-30")));
    assertEquals(Truth.NO, s.truth(day("2012-12-31")));
    assertEquals(Optional.of(day("2006-06-01")), s.possibleStart());
    assertEquals(Optional.of(day("2006-06-30")), s.certainStart());
    assertEquals(Optional.of(day("2012-01-01")), s.certainEnd());
    assertEquals(Optional.of(day("2012-12-31")), s.possibleEnd());
    assertEquals("Span[possible 2006-06-01, certain 2006-06-30 .. 2012-01-01, possible 2012-12-31]", s.toString());
  }

  @Test
  void a_span_known_only_through_a_day_is_unknown_after_it_unless_it_ended_before() {
    Span open = Span.of(Period.from(PartialDate.of(2010, 1, 1)));
    assertEquals(Truth.YES, open.truth(day("2030-01-01")));
    Span cut = open.knownThrough(day("2018-06-01"));
    assertEquals(Truth.YES, cut.truth(day("2018-06-01")));
    assertEquals(Truth.UNKNOWN, cut.truth(day("2018-06-02")));
    assertEquals(Optional.of(day("2018-06-02")), cut.certainEnd());
    assertEquals(Optional.empty(), cut.possibleEnd());
    assertSame(open, open.knownThrough(LocalDate.MAX));
    Span ended = Span.of(Period.of(PartialDate.of(2010, 1, 1), PartialDate.of(2015, 1, 1)));
    assertSame(ended, ended.knownThrough(day("2018-06-01")), "it ended before the horizon");
    assertSame(ended, ended.knownThrough(day("2014-12-31")), "its end falls the day after the horizon");
    Span late = ended.knownThrough(day("2014-12-30"));
    assertEquals(Truth.UNKNOWN, late.truth(day("2014-12-31")));
    assertEquals(Truth.NO, late.truth(day("2015-01-01")));
  }

  @Test
  void unknown_and_possible_spans_are_never_yes() {
    Span unknown = Span.unknown();
    assertEquals(Truth.UNKNOWN, unknown.truth(day("1900-01-01")));
    assertEquals(List.of(), unknown.boundaries());
    assertEquals("Span[possible .., certain .. .. .., possible ..]", unknown.toString());
    Span possible = Span.possibleBetween(day("2010-01-01"), Optional.of(day("2012-01-01")));
    assertEquals(Truth.NO, possible.truth(day("2009-12-31")));
    assertEquals(Truth.UNKNOWN, possible.truth(day("2010-01-01")));
    assertEquals(Truth.UNKNOWN, possible.truth(day("2011-12-31")));
    assertEquals(Truth.NO, possible.truth(day("2012-01-01")));
    assertEquals(Optional.empty(), possible.certainStart());
    assertEquals(Truth.UNKNOWN, Span.possibleBetween(day("2010-01-01"), Optional.empty()).truth(day("2090-01-01")));
    assertEquals("field 'until': 2010-01-01 is not after 2010-01-01",
        rejected(() -> Span.possibleBetween(day("2010-01-01"), Optional.of(day("2010-01-01")))));
  }

  @Test
  void spans_are_equal_by_their_four_boundaries() {
    Span a = Span.of(Period.of(PartialDate.of(2006), PartialDate.of(2012)));
    assertEquals(a, Span.of(Period.of(PartialDate.of(2006), PartialDate.of(2012))));
    assertEquals(a.hashCode(), Span.of(Period.of(PartialDate.of(2006), PartialDate.of(2012))).hashCode());
    assertNotEquals(a, Span.of(Period.of(PartialDate.of(2006, 1, 1), PartialDate.of(2012))));
    assertNotEquals(a, Span.of(Period.of(PartialDate.of(2006, 12, 31), PartialDate.of(2012))));
    assertNotEquals(a, Span.of(Period.of(PartialDate.of(2006), PartialDate.of(2012, 1, 1))));
    assertNotEquals(a, Span.of(Period.of(PartialDate.of(2006), PartialDate.of(2012, 12, 31))));
    assertNotEquals(a, Span.of(Period.from(PartialDate.of(2006))));
    assertNotEquals(a, "2006/2012");
    assertNotEquals(a.hashCode(), Span.unknown().hashCode());
  }

  @Test
  void a_partial_date_is_on_a_day_certainly_only_at_day_precision_and_sorts_by_earliest_then_latest_day() {
    assertEquals(Truth.YES, PartialDate.of(2017, 5, 2).isOn(day("2017-05-02")));
    assertEquals(Truth.NO, PartialDate.of(2017, 5, 2).isOn(day("2017-05-03")));
    assertEquals(Truth.UNKNOWN, PartialDate.of(2017, 5).isOn(day("2017-05-31")));
    assertEquals(Truth.NO, PartialDate.of(2017, 5).isOn(day("2017-06-01")));
    assertEquals(Truth.NO, PartialDate.of(2017, 5).isOn(day("2017-04-30")));
    assertEquals(Truth.UNKNOWN, PartialDate.of(2017).isOn(day("2017-01-01")));
    List<PartialDate> sorted = new java.util.ArrayList<>(List.of(PartialDate.of(2017, 6), PartialDate.of(2017, 5, 2),
        PartialDate.of(2017, 5), PartialDate.of(2017), PartialDate.of(2016, 12, 31)));
    java.util.Collections.sort(sorted);
    assertEquals(List.of(PartialDate.of(2016, 12, 31), PartialDate.of(2017), PartialDate.of(2017, 5), PartialDate.of(2017, 5, 2),
        PartialDate.of(2017, 6)), sorted, "by earliest day, then latest day");
    assertTrue(PartialDate.of(2017).compareTo(PartialDate.of(2017, 1)) > 0, "same first day, the year ends later");
    assertEquals(0, PartialDate.of(2017, 1).compareTo(PartialDate.of(2017, 1)));
  }

  @Test
  void a_period_contains_a_day_and_overlaps_another_in_three_values() {
    Period p = Period.parse("2006-06/2012");
    assertEquals(day("2006-06-01"), p.earliest());
    assertEquals(Truth.NO, p.contains(day("2006-05-31")));
    assertEquals(Truth.UNKNOWN, p.contains(day("2006-06-15")));
    assertEquals(Truth.YES, p.contains(day("2010-01-01")));
    assertEquals(Truth.UNKNOWN, p.contains(day("2012-06-01")));
    assertEquals(Truth.NO, p.contains(day("2012-12-31")));
    assertEquals(Truth.YES, p.overlaps(Period.parse("2010/2011")));
    assertEquals(Truth.YES, Period.parse("2010/2011").overlaps(p));
    assertEquals(Truth.UNKNOWN, p.overlaps(Period.parse("2012-06-01/2013")), "both may or may not share June 2012");
    assertEquals(Truth.NO, p.overlaps(Period.parse("2013/2014")));
    assertEquals(Truth.NO, Period.parse("2013/2014").overlaps(p));
    assertEquals(Truth.NO, Period.parse("2001/2003").overlaps(p));
    assertEquals(Truth.UNKNOWN, Period.parse("2001/2006-06-15").overlaps(p));
    assertEquals(Truth.YES, Period.parse("2001/").overlaps(p), "an open period overlaps whatever follows its start");
    assertEquals(Truth.YES, p.overlaps(Period.parse("2001/")));
    assertEquals(Truth.YES, Period.parse("2011/").overlaps(Period.parse("2012/")));
    assertEquals(Truth.NO, Period.parse("2001/2005").overlaps(Period.parse("2006/")));
  }
}
