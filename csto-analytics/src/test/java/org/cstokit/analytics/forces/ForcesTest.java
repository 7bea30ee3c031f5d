package org.cstokit.analytics.forces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Agency;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.junit.jupiter.api.Test;

class ForcesTest {
  private final Dataset data = CstoData.bundled();

  @Test
  void russia_assigns_five_armed_forces_units_and_five_units_of_other_agencies_to_the_crrf() {
    List<CompositionRow> rus = Forces.crrfComposition(data).stream()
        .filter(r -> r.state().equals(StateCode.of("RUS"))).toList();
    assertEquals(6, rus.size());
    assertEquals(new CompositionRow(StateCode.of("RUS"), Agency.ARMED_FORCES, 5, rus.get(0).size()), rus.get(0));
    assertEquals(10, rus.stream().mapToInt(CompositionRow::units).sum());
    assertEquals(new BigDecimal("500"), rus.get(0).size().best(), "only the Kant air base gives a size");
    assertEquals(4, rus.get(0).size().unknown());
  }

  @Test
  void the_crrf_has_units_of_all_six_members_and_22_in_all() {
    List<CompositionRow> rows = Forces.crrfComposition(data);
    assertEquals(List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"),
        rows.stream().map(r -> r.state().value()).distinct().toList());
    assertEquals(22, rows.stream().mapToInt(CompositionRow::units).sum());
  }

  @Test
  void more_than_25000_troops_stays_an_open_lower_bound() {
    StrengthRow enlarged = Forces.strengthsOverTime(data).stream()
        .filter(r -> r.strength().value().equals(new BigDecimal("25000"))).findFirst().orElseThrow();
    assertEquals(Qualifier.MORE_THAN, enlarged.strength().qualifier());
    assertEquals(Basis.DECLARED, enlarged.strength().basis());
    assertEquals(com.google.common.collect.Range.greaterThan(new BigDecimal("25000")), enlarged.strength().bounds());
  }

  @Test
  void the_dated_2009_plan_comes_before_the_undated_figures_of_the_crrf() {
    List<StrengthRow> crrf = Forces.strengthsOverTime(data).stream().filter(r -> r.force().equals(Forces.CRRF)).toList();
    assertEquals(6, crrf.size());
    assertTrue(crrf.get(0).date().isPresent());
    assertTrue(crrf.get(2).date().isPresent(), "the 18,000 of December 2022 is dated");
    assertTrue(crrf.get(3).date().isEmpty());
    assertTrue(crrf.get(5).date().isEmpty());
  }
}
