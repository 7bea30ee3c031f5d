package org.cstokit.analytics.forces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.cstokit.analytics.testing.RandomData;
import org.cstokit.data.Dataset;
import org.cstokit.model.military.CollectiveForce;
import org.cstokit.model.military.UnitContribution;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.time.PartialDate;
import org.junit.jupiter.api.Test;

/** Laws of the force aggregates over random data sets. */
class ForcesProperties {
  @Test
  void the_composition_of_a_force_agrees_with_a_brute_force_count_of_its_units() {
    qt().withExamples(150).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      List<CompositionRow> rows = Forces.crrfComposition(data);
      List<UnitContribution> units = data.units().stream().filter(u -> u.force().equals(Forces.CRRF)).toList();
      assertEquals(units.size(), rows.stream().mapToInt(CompositionRow::units).sum());
      for (CompositionRow row : rows) {
        List<UnitContribution> in = units.stream()
            .filter(u -> u.state().equals(row.state()) && u.agency() == row.agency()).toList();
        assertEquals(in.size(), row.units());
        assertEquals(in.stream().filter(u -> u.size().isEmpty()).count(), row.size().unknown());
        assertEquals(0, in.stream().map(u -> u.size().map(q -> q.value()).orElse(java.math.BigDecimal.ZERO))
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).compareTo(row.size().best()));
      }
    });
  }

  @Test
  void every_strength_figure_appears_once_with_its_qualifier_and_bounds_in_date_order() {
    qt().withExamples(150).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      List<StrengthRow> rows = Forces.strengthsOverTime(data);
      assertEquals(data.forces().stream().mapToInt(f -> f.strengths().size()).sum(), rows.size());
      for (CollectiveForce f : data.forces()) {
        List<StrengthRow> own = rows.stream().filter(x -> x.force().equals(f.id())).toList();
        for (int i = 1; i < own.size(); i++) {
          Optional<PartialDate> a = own.get(i - 1).date();
          Optional<PartialDate> b = own.get(i).date();
          assertTrue(b.isEmpty() || (a.isPresent() && a.get().compareTo(b.get()) <= 0), a + " before " + b);
        }
        f.strengths().forEach(s -> assertTrue(own.stream().anyMatch(x -> x.strength().equals(s.strength()))));
      }
      for (StrengthRow row : rows) {
        if (row.strength().qualifier() == Qualifier.MORE_THAN) {
          assertTrue(row.strength().bounds().lowerBoundType() == com.google.common.collect.BoundType.OPEN, "more than stays an open lower bound");
        }
      }
    });
  }
}
