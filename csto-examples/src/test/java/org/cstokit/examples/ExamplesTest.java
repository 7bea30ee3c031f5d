package org.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each example program prints what its README section says. */
class ExamplesTest {
  static String run(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void membership_over_time_shows_uzbekistans_second_spell() {
    String out = run(MembershipOverTime::run);
    assertTrue(out.contains("2005: 6 certain, 6 possible"), out);
    assertTrue(out.contains("2006: 7 certain, 7 possible"), out);
    assertTrue(out.contains("2012: 6 certain, 6 possible"), out);
  }

  @Test
  void transfers_by_decade_keep_unknown_deliveries_as_open_bounds() {
    String out = run(TransfersByDecade::run);
    assertTrue(out.contains("1990s: 23 table rows, delivered 1912 items in [1912..1912]"), out);
    assertTrue(out.contains("2010s: 46 table rows, delivered 1689 items in [1689..+∞)"), out);
  }

  @Test
  void exercises_per_year_flag_zapad_2017() {
    String out = run(ExercisesPerYear::run);
    assertTrue(out.contains("flagged: Zapad 2017 declared 12700"), out);
  }

  @Test
  void the_network_shows_the_hub_share_falling_as_exercises_multiply() {
    String out = run(NetworkHub::run);
    assertTrue(out.contains("1990-1999: Russia in 5 tied pairs, share 1.00"), out);
    assertTrue(out.contains("2010-2019: Russia in 6 tied pairs, share 0.19"), out);
  }

  @Test
  void the_basing_veto_and_the_rotation_schedule_are_the_readme_snippets() {
    assertTrue(run(CharterRules::basing).contains("blocked by: [RUS]"));
    assertTrue(run(CharterRules::rotation).contains("2026-01-01 to 2028-12-31: KGZ"));
  }
}
