package org.cstokit.model.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.Lists;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.List;
import org.cstokit.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of quantities and of their interval sums. */
class QuantityProperties {
  private static final Gen<List<Quantity>> PERSONNEL =
      lists().of(Generators.quantities(Generate.constant("personnel"))).ofSizeBetween(0, 6);

  /** A value inside the bounds, chosen by {@code pick} in 0..100 (never an open endpoint). */
  static BigDecimal pointIn(Quantity q, int pick) {
    Range<BigDecimal> r = q.bounds();
    BigDecimal lo = r.hasLowerBound() ? r.lowerEndpoint() : BigDecimal.ZERO;
    BigDecimal hi = r.hasUpperBound() ? r.upperEndpoint() : lo.add(BigDecimal.valueOf(1000));
    BigDecimal p = lo.add(hi.subtract(lo).multiply(BigDecimal.valueOf(pick)).divide(BigDecimal.valueOf(100)));
    BigDecimal inside = r.contains(p) ? p : lo.add(hi).divide(BigDecimal.valueOf(2));
    assertTrue(r.contains(inside), () -> inside + " in " + r);
    return inside;
  }

  @Test
  void the_interval_sum_contains_every_sum_of_values_taken_within_each_bound() {
    qt().withExamples(1000).forAll(PERSONNEL, integers().between(0, 100)).checkAssert((qs, pick) -> {
      QuantitySum sum = QuantitySum.of("personnel", qs);
      BigDecimal total = qs.stream().map(q -> pointIn(q, pick)).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertTrue(sum.bounds().contains(total), () -> total + " in " + sum);
    });
  }

  @Test
  void the_interval_sum_contains_the_sum_of_stated_values_unless_a_more_than_figure_excludes_it() {
    qt().withExamples(1000).forAll(PERSONNEL).checkAssert(qs -> {
      QuantitySum sum = QuantitySum.of("personnel", qs);
      BigDecimal values = qs.stream().map(Quantity::value).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(0, values.compareTo(sum.best()));
      if (qs.stream().noneMatch(q -> q.qualifier() == Qualifier.MORE_THAN)) {
        assertTrue(sum.bounds().contains(sum.best()), sum::toString);
      }
      assertEquals(qs.size(), sum.exactCount() + sum.approximateCount());
    });
  }

  @Test
  void a_sum_of_exact_quantities_is_exact_and_does_not_depend_on_order() {
    qt().withExamples(1000).forAll(PERSONNEL).checkAssert(qs -> {
      QuantitySum sum = QuantitySum.of("personnel", qs);
      assertEquals(sum, QuantitySum.of("personnel", Lists.reverse(qs)));
      if (qs.stream().allMatch(Quantity::isExact)) {
        assertTrue(sum.isExact());
        assertEquals(Range.singleton(sum.best()), sum.bounds());
      }
    });
  }

  @Test
  void a_value_lies_within_its_own_bounds_except_for_more_than() {
    qt().withExamples(2000).forAll(Generators.quantities()).checkAssert(q ->
        assertEquals(q.qualifier() != Qualifier.MORE_THAN, q.bounds().contains(q.value()), q::toString));
  }
}
