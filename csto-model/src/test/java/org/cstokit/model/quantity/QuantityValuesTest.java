package org.cstokit.model.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.cstokit.model.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Quantities and their sums by example: factories, every check with its message, bounds, text. */
class QuantityValuesTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static String rejected(Supplier<?> build) {
    return assertThrows(InvalidValueException.class, build::get).getMessage();
  }

  private static Quantity.Builder base() {
    return Quantity.builder().value(d("10")).qualifier(Qualifier.ABOUT).basis(Basis.REPORTED).unit("personnel");
  }

  @Test
  void the_factories_set_value_qualifier_basis_and_bounds() {
    Quantity exact = Quantity.exact(7, "items");
    assertEquals(List.of(d("7"), Qualifier.EXACT, Basis.REPORTED, "items"),
        List.of(exact.value(), exact.qualifier(), exact.basis(), exact.unit()));
    assertTrue(exact.isExact());
    assertEquals(Qualifier.ABOUT, Quantity.about(500, "personnel").qualifier());
    assertFalse(Quantity.about(500, "personnel").isExact());
    assertEquals(Qualifier.MORE_THAN, Quantity.moreThan(3, "items").qualifier());
    Quantity range = Quantity.range(10, 21, "items");
    assertEquals(List.of(d("15.5"), Optional.of(d("10")), Optional.of(d("21")), Qualifier.RANGE),
        List.of(range.value(), range.lower(), range.upper(), range.qualifier()));
    Quantity of = Quantity.of(4, Qualifier.AT_LEAST, Basis.ESTIMATED, "aircraft");
    assertEquals(List.of(d("4"), Qualifier.AT_LEAST, Basis.ESTIMATED, "aircraft"),
        List.of(of.value(), of.qualifier(), of.basis(), of.unit()));
    Quantity declared = Quantity.about(500, "personnel").withBasis(Basis.DECLARED);
    assertEquals(Basis.DECLARED, declared.basis());
    assertEquals(d("500"), declared.value());
    assertEquals(Qualifier.ABOUT, declared.qualifier());
  }

  @Test
  void every_check_names_its_field_and_value() {
    assertEquals("field 'unit': \" \" must not be blank", rejected(() -> base().unit(" ").build()));
    assertEquals("field 'value': -1 is negative", rejected(() -> base().value(d("-1")).build()));
    assertEquals("field 'lower': -1 is negative", rejected(() -> base().lower(d("-1")).build()));
    assertEquals("field 'lower': 11 is above value 10", rejected(() -> base().lower(d("11")).build()));
    assertEquals("field 'upper': 9 is below value 10", rejected(() -> base().upper(d("9")).build()));
    assertEquals("field 'qualifier': EXACT does not allow explicit bounds",
        rejected(() -> base().qualifier(Qualifier.EXACT).lower(d("9")).build()));
    assertEquals("field 'qualifier': EXACT does not allow explicit bounds",
        rejected(() -> base().qualifier(Qualifier.EXACT).upper(d("11")).build()));
    assertEquals("field 'qualifier': RANGE needs both lower and upper bounds",
        rejected(() -> base().qualifier(Qualifier.RANGE).lower(d("9")).build()));
    assertEquals("field 'qualifier': RANGE needs both lower and upper bounds",
        rejected(() -> base().qualifier(Qualifier.RANGE).upper(d("11")).build()));
    assertEquals("field 'upper': 10 must exceed the value 10 of a MORE_THAN figure",
        rejected(() -> base().qualifier(Qualifier.MORE_THAN).upper(d("10")).build()));
    assertEquals("field 'lower': 9 is not allowed with MORE_THAN: the value is the lower bound",
        rejected(() -> base().qualifier(Qualifier.MORE_THAN).lower(d("9")).build()));
    assertEquals("field 'lower': 9 is not allowed with AT_LEAST: the value is the lower bound",
        rejected(() -> base().qualifier(Qualifier.AT_LEAST).lower(d("9")).build()));
    assertEquals("field 'upper': 11 is not allowed with UP_TO: the value is the upper bound",
        rejected(() -> base().qualifier(Qualifier.UP_TO).upper(d("11")).build()));
    // the edges each check allows
    assertEquals(d("0"), base().value(d("0")).build().value());
    assertEquals(Optional.of(d("10")), base().lower(d("10")).upper(d("10")).build().lower());
    assertEquals(Optional.of(d("0")), base().lower(d("0")).build().lower(), "a lower bound of zero is not negative");
    assertEquals(Optional.of(d("11")), base().qualifier(Qualifier.MORE_THAN).upper(d("11")).build().upper());
    assertEquals(Optional.of(d("11")), base().qualifier(Qualifier.AT_LEAST).upper(d("11")).build().upper());
    assertEquals(Optional.of(d("9")), base().qualifier(Qualifier.UP_TO).lower(d("9")).build().lower());
  }

  @Test
  void numbers_are_bounded_to_40_integer_digits_and_40_decimals_in_every_field() {
    String forty = "9".repeat(40);
    String decimals = "0." + "0".repeat(39) + "1";
    assertEquals(d(forty), base().value(d(forty)).qualifier(Qualifier.EXACT).build().value());
    assertEquals(d(decimals), base().value(d(decimals)).qualifier(Qualifier.EXACT).build().value());
    assertTrue(rejected(() -> base().value(d("1" + forty)).build())
        .startsWith("field 'value': 1" + forty + " is out of range: at most 40 integer digits and 40 decimals"));
    assertTrue(rejected(() -> base().value(d(decimals + "1")).build()).startsWith("field 'value': "));
    assertTrue(rejected(() -> base().value(d("1E+41")).build()).startsWith("field 'value': "));
    assertTrue(rejected(() -> base().lower(d("0." + "0".repeat(40) + "1")).build()).startsWith("field 'lower': "));
    assertTrue(rejected(() -> base().upper(d("1" + forty)).build()).startsWith("field 'upper': "));
    assertEquals("field 'value': 1E+10000000 is out of range: at most 40 integer digits and 40 decimals",
        rejected(() -> base().value(d("1E+10000000")).build()));
    BigDecimal long61 = new BigDecimal(new java.math.BigInteger("1".repeat(61)), -1000);
    assertTrue(rejected(() -> base().value(long61).build()).startsWith("field 'value': 200-bit number with scale -1000 is"),
        "a number of more than 60 digits is described, not printed");
    BigDecimal long60 = new BigDecimal(new java.math.BigInteger("1".repeat(60)), -1000);
    assertTrue(rejected(() -> base().value(long60).build()).startsWith("field 'value': 1.11"), "60 digits are printed");
  }

  @Test
  void values_and_bounds_are_normalised_without_trailing_zeros_or_exponents() {
    Quantity q = base().value(d("1.50")).lower(d("1.00")).upper(d("2E+1")).build();
    assertEquals("1.5", q.value().toString());
    assertEquals("1", q.lower().get().toString());
    assertEquals("20", q.upper().get().toString());
    assertEquals("100", base().value(d("1E+2")).build().value().toString());
    assertEquals("100", base().value(d("100.000")).build().value().toString());
  }

  @Test
  void the_bounds_of_each_qualifier() {
    assertEquals(Range.singleton(d("10")), Quantity.exact(10, "x").bounds());
    assertEquals(Range.greaterThan(d("10")), Quantity.moreThan(10, "x").bounds());
    assertEquals(Range.openClosed(d("10"), d("12")), base().qualifier(Qualifier.MORE_THAN).upper(d("12")).build().bounds());
    assertEquals(Range.atLeast(d("10")), Quantity.of(10, Qualifier.AT_LEAST, Basis.REPORTED, "x").bounds());
    assertEquals(Range.closed(d("10"), d("12")), base().qualifier(Qualifier.AT_LEAST).upper(d("12")).build().bounds());
    assertEquals(Range.closed(d("0"), d("10")), Quantity.of(10, Qualifier.UP_TO, Basis.REPORTED, "x").bounds());
    assertEquals(Range.closed(d("4"), d("10")), base().qualifier(Qualifier.UP_TO).lower(d("4")).build().bounds());
    assertEquals(Range.closed(d("10"), d("10")), Quantity.about(10, "x").bounds());
    assertEquals(Range.closed(d("8"), d("12")), base().lower(d("8")).upper(d("12")).build().bounds());
    assertEquals(Range.closed(d("10"), d("21")), Quantity.range(10, 21, "x").bounds());
  }

  @Test
  void bounds_add_endpoint_by_endpoint_and_an_open_side_stays_open() {
    Range<BigDecimal> closed = Range.closed(d("1"), d("2"));
    assertEquals(Range.closed(d("2"), d("4")), Quantity.addBounds(closed, closed));
    assertEquals(Range.openClosed(d("2"), d("4")), Quantity.addBounds(Range.openClosed(d("1"), d("2")), closed));
    assertEquals(Range.closedOpen(d("2"), d("4")), Quantity.addBounds(closed, Range.closedOpen(d("1"), d("2"))));
    assertEquals(Range.greaterThan(d("2")), Quantity.addBounds(Range.greaterThan(d("1")), closed));
    assertEquals(Range.atLeast(d("2")), Quantity.addBounds(Range.atLeast(d("1")), closed));
    assertEquals(Range.atMost(d("4")), Quantity.addBounds(Range.atMost(d("2")), closed));
    assertEquals(Range.lessThan(d("4")), Quantity.addBounds(closed, Range.lessThan(d("2"))));
    assertEquals(Range.all(), Quantity.addBounds(Range.atLeast(d("1")), Range.atMost(d("1"))));
    assertEquals(Range.all(), Quantity.addBounds(Range.all(), closed));
    assertEquals(BoundType.OPEN, Quantity.addBounds(Range.greaterThan(d("1")), Range.atLeast(d("1"))).lowerBoundType());
  }

  @Test
  void the_text_of_a_quantity_gives_its_qualifier_bounds_unit_and_basis() {
    assertEquals("7 items (REPORTED)", Quantity.exact(7, "items").toString());
    assertEquals("about 500 personnel (REPORTED)", Quantity.about(500, "personnel").toString());
    assertEquals("more than 3 items (DECLARED)", Quantity.moreThan(3, "items").withBasis(Basis.DECLARED).toString());
    assertEquals("range 15.5 [10..21] items (REPORTED)", Quantity.range(10, 21, "items").toString());
    assertEquals("about 10 [8..10] personnel (REPORTED)", base().lower(d("8")).build().toString());
    assertEquals("about 10 [10..12] personnel (REPORTED)", base().upper(d("12")).build().toString());
    assertEquals("up to 10 personnel (REPORTED)", base().qualifier(Qualifier.UP_TO).build().toString());
  }

  @Test
  void a_sum_adds_values_bounds_and_counts_and_refuses_another_unit() {
    assertEquals("field 'unit': \" \" must not be blank",
        assertThrows(InvalidValueException.class, () -> QuantitySum.zero(" ")).getMessage());
    QuantitySum zero = QuantitySum.zero("items");
    assertEquals("items", zero.unit());
    assertTrue(zero.isExact());
    QuantitySum sum = QuantitySum.of("items", List.of(Quantity.exact(2, "items"), Quantity.moreThan(3, "items")));
    assertEquals(d("5"), sum.best());
    assertEquals(Range.greaterThan(d("5")), sum.bounds());
    assertEquals(1, sum.exactCount());
    assertEquals(1, sum.approximateCount());
    assertFalse(sum.isExact());
    assertTrue(QuantitySum.of("items", List.of(Quantity.exact(2, "items"))).isExact());
    QuantitySum twoExact = QuantitySum.of("items", List.of(Quantity.exact(2, "items"), Quantity.exact(1, "items"),
        Quantity.about(3, "items")));
    assertEquals(List.of(2, 1), List.of(twoExact.exactCount(), twoExact.approximateCount()));
    assertEquals("5 items in (5..+∞) (1 exact, 1 approximate)", sum.toString());
    assertEquals("field 'unit': personnel differs from the sum's unit items",
        assertThrows(InvalidValueException.class, () -> zero.plus(Quantity.exact(1, "personnel"))).getMessage());
    QuantitySum same = QuantitySum.of("items", List.of(Quantity.moreThan(3, "items"), Quantity.exact(2, "items")));
    assertEquals(sum, same);
    assertEquals(sum.hashCode(), same.hashCode());
    assertNotEquals(sum, QuantitySum.of("items", List.of(Quantity.exact(2, "items"), Quantity.exact(3, "items"))));
    assertNotEquals(sum, QuantitySum.of("items", List.of(Quantity.exact(2, "items"), Quantity.moreThan(4, "items"))));
    assertNotEquals(zero, QuantitySum.zero("personnel"));
    assertNotEquals(zero, "0 items");
    assertNotEquals(QuantitySum.zero("items").hashCode(), QuantitySum.of("items", List.of(Quantity.exact(1, "items"))).hashCode());
  }
}
