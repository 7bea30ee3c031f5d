package org.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RuleProgramsTest {
  static List<String> run(Consumer<PrintStream> program) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    program.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void a_us_base_in_kyrgyzstan_needed_no_ones_consent_before_2012_and_could_be_blocked_by_any_other_member_after() {
    List<String> lines = run(RulePrograms::basingInKyrgyzstan);
    assertEquals(21, lines.size());
    assertEquals("2005 NOT_APPLICABLE []", lines.get(0));
    assertEquals("2011 NOT_APPLICABLE []", lines.get(6));
    assertEquals("2012 ALLOWED_UNLESS_OBJECTION [ARM, BLR, KAZ, RUS, TJK, UZB]", lines.get(7));
    assertEquals("2013 ALLOWED_UNLESS_OBJECTION [ARM, BLR, KAZ, RUS, TJK]", lines.get(8));
    assertEquals("2025 ALLOWED_UNLESS_OBJECTION [ARM, BLR, KAZ, RUS, TJK]", lines.get(20));
  }

  @Test
  void the_secretary_generals_slots_from_2002_to_2030_begin_with_the_rule_in_2017() {
    assertEquals(List.of("2017-01-01 to 2019-12-31: ARM", "2020-01-01 to 2022-12-31: BLR", "2023-01-01 to 2025-12-31: KAZ",
        "2026-01-01 to 2028-12-31: KGZ", "2029-01-01 to 2031-12-31: RUS"), run(RulePrograms::secretaryGeneralSchedule));
  }

  @Test
  void the_expected_holder_is_derived_and_practice_deviated_in_the_armenian_slot() {
    List<String> lines = run(RulePrograms::expectedAndPractice);
    assertEquals("rotation: ALLOWED", lines.get(0));
    assertEquals(List.of("ten-csto-sg-khachaturov LATE_START 121..121", "ten-csto-sg-khachaturov EARLY_END 425..425",
        "ten-csto-sg-semerikov-acting-2017 ACTING_HOLDER 121..121", "ten-csto-sg-semerikov-acting ACTING_HOLDER 425..425"),
        lines.subList(lines.size() - 4, lines.size()));
  }
}
