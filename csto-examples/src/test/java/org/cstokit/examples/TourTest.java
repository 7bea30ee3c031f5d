package org.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TourTest {
  @Test
  void the_tour_prints_three_valued_membership_answers_and_bounded_quantities() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Tour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("member on 2005-06-01? NO"), out);
    assertTrue(out.contains("member on 2006-03-01? UNKNOWN"), out);
    assertTrue(out.contains("member on 2009-01-01? YES"), out);
    assertTrue(out.contains("member on 2012-08-01? UNKNOWN"), out);
    assertTrue(out.contains("member on 2013-01-01? NO"), out);
    assertTrue(out.contains("bounds (25000..+∞)"), out);
  }
}
