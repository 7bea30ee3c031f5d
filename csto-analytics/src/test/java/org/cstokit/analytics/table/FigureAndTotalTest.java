package org.cstokit.analytics.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;
import org.junit.jupiter.api.Test;

/** Figures and totals by example: open and closed bounds, ties, membership of a value, counts. */
class FigureAndTotalTest {
  private static BigDecimal d(long n) {
    return BigDecimal.valueOf(n);
  }

  @Test
  void a_figure_keeps_which_bounds_are_open_and_which_are_absent() {
    Figure exact = Figure.of(Quantity.exact(5, "items"));
    assertEquals(List.of(d(5), false, Optional.of(d(5)), false),
        List.of(exact.lower(), exact.lowerOpen(), exact.upper(), exact.upperOpen()));
    Figure more = Figure.of(Quantity.moreThan(5, "items"));
    assertEquals(List.of(d(5), true, Optional.empty(), false),
        List.of(more.lower(), more.lowerOpen(), more.upper(), more.upperOpen()));
    Figure upTo = Figure.of(Quantity.of(5, Qualifier.UP_TO, Basis.REPORTED, "items"));
    assertEquals(List.of(d(0), false, Optional.of(d(5)), false),
        List.of(upTo.lower(), upTo.lowerOpen(), upTo.upper(), upTo.upperOpen()));
  }

  @Test
  void the_largest_figure_is_the_first_of_equal_values() {
    Quantity declared = Quantity.of(100, Qualifier.EXACT, Basis.DECLARED, "personnel");
    Quantity estimated = Quantity.of(100, Qualifier.ABOUT, Basis.ESTIMATED, "personnel");
    assertSame(declared, Figures.largest(List.of(declared, estimated)).get());
    assertSame(estimated, Figures.largest(List.of(estimated, declared)).get());
    assertEquals(Optional.empty(), Figures.largest(List.of()));
  }

  @Test
  void a_total_counts_its_inputs_and_holds_only_the_values_between_its_bounds() {
    Total t = Total.sum("items", List.of(Optional.of(Quantity.exact(2, "items")), Optional.of(Quantity.about(3, "items")),
        Optional.empty()));
    assertEquals(3, t.inputs());
    assertEquals(1, t.exact());
    assertEquals(1, t.approximate());
    assertEquals(1, t.unknown());
    assertFalse(t.isExactSum());
    assertTrue(t.contains(d(5)));
    assertFalse(t.contains(d(4)), "the known inputs sum to at least 5");
    Total closed = Total.sum("items", List.of(Optional.of(Quantity.exact(2, "items"))));
    assertTrue(closed.contains(d(2)));
    assertFalse(closed.contains(d(3)));
    assertTrue(closed.isExactSum());
  }

  @Test
  void an_open_upper_bound_needs_an_upper_bound() {
    assertEquals("upperOpen: true although upper is unbounded", org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new Total("items", d(1), false, d(1), Optional.empty(), true, 1, 0, 0))
        .getMessage());
    assertTrue(new Total("items", d(1), false, d(1), Optional.of(d(2)), true, 0, 1, 0).upperOpen());
    assertFalse(new Total("items", d(1), false, d(1), Optional.empty(), false, 0, 1, 0).contains(d(0)));
  }
}
