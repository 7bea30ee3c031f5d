package org.cstokit.analytics.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of interval totals. */
class TotalProperties {
  private static final Gen<List<Quantity>> QUANTITIES =
      lists().of(Generators.quantities(org.quicktheories.generators.Generate.constant("personnel"))).ofSizeBetween(0, 8);

  /** A value the quantity allows: its value, or a point inside its bounds when the value is not. */
  private static BigDecimal pointIn(Quantity q) {
    Range<BigDecimal> r = q.bounds();
    if (r.contains(q.value())) {
      return q.value();
    }
    return r.hasUpperBound() ? r.upperEndpoint() : q.value().add(BigDecimal.ONE);
  }

  @Test
  void a_total_of_exact_inputs_is_the_exact_sum_alone() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 10)).checkAssert(ns -> {
      List<Optional<Quantity>> in = new ArrayList<>();
      ns.forEach(n -> in.add(Optional.of(Quantity.exact(n, "items"))));
      Total t = Total.sum("items", in);
      BigDecimal sum = BigDecimal.valueOf(ns.stream().mapToLong(Integer::longValue).sum());
      assertTrue(t.contains(sum));
      assertEquals(Range.singleton(sum), t.bounds());
      assertTrue(t.isExactSum());
      assertEquals(ns.size(), t.exact());
    });
  }

  @Test
  void a_total_contains_every_sum_its_inputs_allow_and_counts_them() {
    qt().withExamples(300).forAll(QUANTITIES, integers().between(0, 3)).checkAssert((qs, unknown) -> {
      List<Optional<Quantity>> in = new ArrayList<>();
      qs.forEach(q -> in.add(Optional.of(q)));
      for (int i = 0; i < unknown; i++) {
        in.add(Optional.empty());
      }
      Total t = Total.sum("personnel", in);
      BigDecimal points = qs.stream().map(TotalProperties::pointIn).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertTrue(t.contains(points), t + " lacks " + points);
      assertEquals(qs.stream().map(Quantity::value).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(t.best()), 0);
      assertEquals(qs.stream().filter(Quantity::isExact).count(), t.exact());
      assertEquals(qs.stream().filter(q -> !q.isExact()).count(), t.approximate());
      assertEquals(unknown, t.unknown());
      if (unknown > 0) {
        assertTrue(!t.bounds().hasUpperBound(), "an unknown input leaves the total unbounded above");
      }
      boolean anyMoreThan = qs.stream().anyMatch(q -> q.qualifier() == Qualifier.MORE_THAN);
      assertEquals(anyMoreThan, t.bounds().lowerBoundType() == com.google.common.collect.BoundType.OPEN);
      assertEquals(t.isExactSum(), qs.stream().allMatch(Quantity::isExact) && unknown == 0);
    });
  }
}
