package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.cstokit.model.source.TenureId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.institution.Tenure;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.Source;
import org.cstokit.model.time.Truth;
import org.junit.jupiter.api.Test;

/** The laws of horizons over the bundled data: one holder a day, nothing open-ended certain past every horizon. */
class HorizonLawsTest {
  private static final Dataset DATA = CstoData.bundled();
  private static final List<RecordId> SINGLE_HOLDER_OFFICES =
      List.of(RecordId.of("office-csto-secretary-general"), RecordId.of("office-csto-chair"));

  @Test
  void on_every_day_from_1992_to_2035_at_most_one_substantive_secretary_general_and_one_chair_are_certain() {
    int days = 0;
    for (LocalDate day = LocalDate.of(1992, 1, 1); day.isBefore(LocalDate.of(2036, 1, 1)); day = day.plusDays(1)) {
      Snapshot s = DATA.asOf(day);
      for (RecordId office : SINGLE_HOLDER_OFFICES) {
        List<String> certain = s.holders(office).entrySet().stream()
            .filter(e -> e.getValue() == Truth.YES && !e.getKey().isActing())
            .map(e -> e.getKey().id().value()).collect(Collectors.toList());
        assertTrue(certain.size() <= 1, office + " on " + day + ": " + certain);
      }
      days++;
    }
    assertEquals(16071, days, "every day of 1992-2035 was checked");
  }

  @Test
  void after_every_horizon_no_open_ended_record_is_certain() {
    LocalDate last = DATA.sources().stream().map(Source::horizonDay).max(LocalDate::compareTo).orElseThrow();
    qt().withExamples(300).forAll(integers().between(1, 20 * 366)).checkAssert(offset -> {
      LocalDate day = last.plusDays(offset);
      Snapshot s = DATA.asOf(day);
      s.memberships().forEach((m, t) -> assertNotEquals(Truth.YES, t, m.id() + " on " + day));
      s.tenures().forEach((m, t) -> assertNotEquals(Truth.YES, t, m.id() + " on " + day));
      s.facilities().forEach((m, t) -> assertNotEquals(Truth.YES, t, m.id() + " on " + day));
      s.instrumentsInForce().forEach((m, t) -> assertNotEquals(Truth.YES, t, m.id() + " on " + day));
      assertTrue(s.isPastHorizon(), "past the data set's horizon on " + day);
    });
  }

  @Test
  void a_record_the_monograph_leaves_open_is_certain_up_to_its_horizon_and_unknown_the_day_after() {
    Tenure pashinyan = DATA.get(TenureId.of("ten-arm-prime-minister-pashinyan"));
    LocalDate horizon = DATA.knownThrough(pashinyan);
    assertEquals(LocalDate.of(2018, 6, 1), horizon);
    assertEquals(Truth.YES, DATA.asOf(horizon).tenures().get(pashinyan));
    assertEquals(Truth.UNKNOWN, DATA.asOf(horizon.plusDays(1)).tenures().get(pashinyan));
  }

  @Test
  void past_the_membership_horizon_a_state_without_a_record_is_unknown_not_absent() {
    OrganizationId csto = OrganizationId.of("CSTO");
    StateCode serbia = StateCode.of("SRB");
    assertEquals(Truth.NO, DATA.asOf(LocalDate.of(2015, 1, 1)).isMember(csto, serbia));
    assertEquals(Truth.UNKNOWN, DATA.asOf(LocalDate.of(2030, 1, 1)).isMember(csto, serbia));
    Map<StateCode, Truth> members2030 = DATA.asOf(LocalDate.of(2030, 1, 1)).members(csto);
    assertTrue(members2030.values().stream().allMatch(t -> t == Truth.UNKNOWN), members2030.toString());
  }
}
