package org.cstokit.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.cstokit.testing.Generators;
import org.junit.jupiter.api.Test;

/** Laws of partial dates and periods, checked against brute-force day-by-day definitions. */
class TimeLawsProperties {

  /**
   * The brute-force meaning of "the period covers the day": the period's true first day is one
   * of the days its start may stand for, its true end one of the days its end may stand for. YES
   * if the day is covered under every choice, NO if under none, UNKNOWN otherwise.
   */
  static Truth bruteContains(Period p, LocalDate d) {
    boolean allStartsBefore = true;
    boolean someStartBefore = false;
    for (LocalDate s = p.start().earliest(); !s.isAfter(p.start().latest()); s = s.plusDays(1)) {
      boolean ok = !s.isAfter(d);
      allStartsBefore &= ok;
      someStartBefore |= ok;
    }
    boolean allEndsAfter = true;
    boolean someEndAfter = true;
    if (p.end().isPresent()) {
      someEndAfter = false;
      for (LocalDate e = p.end().get().earliest(); !e.isAfter(p.end().get().latest()); e = e.plusDays(1)) {
        boolean ok = d.isBefore(e);
        allEndsAfter &= ok;
        someEndAfter |= ok;
      }
    }
    if (allStartsBefore && allEndsAfter) {
      return Truth.YES;
    }
    return someStartBefore && someEndAfter ? Truth.UNKNOWN : Truth.NO;
  }

  @Test
  void contains_agrees_with_the_brute_force_definition_over_random_dates_1985_to_2035() {
    qt().withExamples(3000).forAll(Generators.periods(), Generators.days())
        .checkAssert((p, d) -> assertEquals(bruteContains(p, d), p.contains(d), () -> p + " contains " + d));
  }

  @Test
  void contains_is_yes_inside_the_certain_bounds_and_no_outside_the_possible_bounds() {
    qt().withExamples(1000).forAll(Generators.periods(), Generators.days()).checkAssert((p, d) -> {
      boolean insideCertain = !d.isBefore(p.start().latest())
          && p.end().map(e -> d.isBefore(e.earliest())).orElse(true);
      boolean outsidePossible = d.isBefore(p.earliest()) || p.latest().map(l -> !d.isBefore(l)).orElse(false);
      Truth t = p.contains(d);
      assertEquals(insideCertain, t == Truth.YES);
      assertEquals(outsidePossible, t == Truth.NO);
    });
  }

  @Test
  void overlaps_agrees_with_a_day_by_day_scan() {
    LocalDate first = LocalDate.of(Generators.FIRST_YEAR, 1, 1);
    LocalDate last = LocalDate.of(Generators.LAST_YEAR + 2, 1, 1);
    qt().withExamples(300).forAll(Generators.periods(), Generators.periods()).checkAssert((a, b) -> {
      boolean someYes = false;
      boolean somePossible = false;
      for (LocalDate d = first; d.isBefore(last); d = d.plusDays(1)) {
        Truth ta = a.contains(d);
        Truth tb = b.contains(d);
        someYes |= ta == Truth.YES && tb == Truth.YES;
        somePossible |= ta != Truth.NO && tb != Truth.NO;
      }
      Truth expected = someYes ? Truth.YES : somePossible ? Truth.UNKNOWN : Truth.NO;
      assertEquals(expected, a.overlaps(b), () -> a + " overlaps " + b);
      assertEquals(a.overlaps(b), b.overlaps(a));
    });
  }

  @Test
  void partial_dates_print_and_parse_back_and_order_by_their_bounds() {
    qt().withExamples(2000).forAll(Generators.partialDates(), Generators.partialDates()).checkAssert((a, b) -> {
      assertEquals(a, PartialDate.parse(a.toString()));
      assertTrue(!a.earliest().isAfter(a.latest()));
      if (a.isCertainlyBefore(b)) {
        assertTrue(a.mayBeBefore(b), "certainly before implies may be before");
        assertTrue(a.compareTo(b) < 0);
      }
      assertEquals(a.equals(b), a.compareTo(b) == 0);
      assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
    });
  }

  @Test
  void a_partial_date_is_on_a_day_in_three_values() {
    qt().withExamples(2000).forAll(Generators.partialDates(), Generators.days()).checkAssert((p, d) -> {
      boolean within = !d.isBefore(p.earliest()) && !d.isAfter(p.latest());
      Truth expected = !within ? Truth.NO : p.precision() == Precision.DAY ? Truth.YES : Truth.UNKNOWN;
      assertEquals(expected, p.isOn(d));
    });
  }
}
