package org.cstokit.analytics.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.quantity.QuantitySum;
import org.junit.jupiter.api.Test;

/** Totals by example: open and closed bounds, one figure, membership of a value, counts, ties. */
class TotalTest {
  private static BigDecimal d(long n) {
    return BigDecimal.valueOf(n);
  }

  @Test
  void a_total_of_one_figure_keeps_which_bounds_are_open_and_which_are_absent() {
    Total exact = Total.of(Quantity.exact(5, "items"));
    assertEquals(Range.singleton(d(5)), exact.bounds());
    assertEquals(List.of(1, 0, 0, 1), List.of(exact.exact(), exact.approximate(), exact.unknown(), exact.inputs()));
    assertTrue(exact.isExactSum());
    Total more = Total.of(Quantity.moreThan(5, "items"));
    assertEquals(Range.greaterThan(d(5)), more.bounds());
    assertFalse(more.contains(d(5)), "more than 5 excludes 5");
    assertEquals(d(5), more.best());
    assertEquals(1, more.approximate());
    Total upTo = Total.of(Quantity.of(5, Qualifier.UP_TO, Basis.REPORTED, "items"));
    assertEquals(Range.closed(d(0), d(5)), upTo.bounds());
    assertEquals("items", upTo.unit());
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
    assertEquals(Range.atLeast(d(5)), t.bounds());
    Total closed = Total.sum("items", List.of(Optional.of(Quantity.exact(2, "items"))));
    assertTrue(closed.contains(d(2)));
    assertFalse(closed.contains(d(3)));
    assertTrue(closed.isExactSum());
    assertFalse(Total.sum("items", List.of(Optional.of(Quantity.about(3, "items")))).isExactSum(),
        "an approximate input alone makes the sum inexact");
  }

  @Test
  void a_total_of_a_sum_is_unbounded_above_as_soon_as_one_input_is_unknown() {
    QuantitySum sum = QuantitySum.of("items", List.of(Quantity.exact(2, "items"), Quantity.moreThan(3, "items")));
    assertEquals(Range.greaterThan(d(5)), Total.of(sum, 0).bounds());
    assertEquals(Range.greaterThan(d(5)), Total.of(sum, 2).bounds());
    QuantitySum bounded = QuantitySum.of("items", List.of(Quantity.range(1, 4, "items")));
    assertEquals(Range.closed(d(1), d(4)), Total.of(bounded, 0).bounds());
    assertEquals(Range.atLeast(d(1)), Total.of(bounded, 1).bounds());
    assertEquals(2, Total.of(bounded, 2).unknown());
  }

  @Test
  void a_total_needs_a_lower_bound_of_zero_or_more_and_counts_that_are_not_negative() {
    Total.Builder b = Total.builder().unit("items").best(d(1)).exact(1);
    assertEquals("bounds: (-∞..2] has no lower bound of zero or more", assertThrows(IllegalArgumentException.class,
        () -> b.bounds(Range.atMost(d(2))).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.bounds(Range.closed(d(-1), d(2))).build());
    assertEquals(Range.closed(d(0), d(2)), b.bounds(Range.closed(d(0), d(2))).build().bounds());
    for (Total.Builder negative : List.of(Total.builder().exact(-1), Total.builder().approximate(-1),
        Total.builder().unknown(-1))) {
      assertEquals("counts: negative count", assertThrows(IllegalArgumentException.class,
          () -> negative.unit("items").best(d(1)).bounds(Range.singleton(d(1))).build()).getMessage()
          .substring(0, "counts: negative count".length()));
    }
    assertEquals("unit", assertThrows(NullPointerException.class, () -> Total.builder().build()).getMessage());
  }

  @Test
  void totals_are_equal_by_value_without_trailing_zeros_and_print_their_interval() {
    Total a = Total.builder().unit("items").best(new BigDecimal("5.0")).bounds(Range.closedOpen(d(5), d(7)))
        .approximate(1).build();
    Total b = Total.builder().unit("items").best(d(5)).bounds(Range.closedOpen(new BigDecimal("5.00"), d(7)))
        .approximate(1).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a.hashCode(), Total.of(Quantity.exact(5, "items")).hashCode());
    assertEquals(d(5), a.best());
    assertEquals("5 items in [5..7) (0 exact, 1 approximate, 0 unknown)", a.toString());
    assertNotEquals(a, Total.builder().unit("items").best(d(5)).bounds(Range.closedOpen(d(5), d(7))).exact(1).build());
    assertNotEquals(a, Total.builder().unit("items").best(d(5)).bounds(Range.closedOpen(d(5), d(7))).approximate(1)
        .unknown(1).build());
    assertNotEquals(a, Total.builder().unit("items").best(d(5)).bounds(Range.closed(d(5), d(7))).approximate(1).build());
    assertNotEquals(a, Total.builder().unit("personnel").best(d(5)).bounds(Range.closedOpen(d(5), d(7))).approximate(1)
        .build());
    assertNotEquals(a, Total.builder().unit("items").best(d(6)).bounds(Range.closedOpen(d(5), d(7))).approximate(1)
        .build());
    assertNotEquals(a, Total.builder().unit("items").best(d(5)).bounds(Range.closedOpen(d(5), d(7))).approximate(2)
        .build());
    assertNotEquals(a, "5 items");
  }
}
