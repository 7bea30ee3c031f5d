package org.cstokit.model.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written slug test agrees with the documented pattern on every short string of its alphabet. */
class RecordIdSlugTest {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final char[] ALPHABET = {'a', 'z', '0', '9', '-', 'A', '_', ' ', '`', '{', '/', ':'};

  @Test
  void the_slug_test_agrees_with_the_pattern_on_every_string_of_up_to_four_characters() {
    int checked = 0;
    for (int length = 0; length <= 4; length++) {
      int[] digits = new int[length];
      while (true) {
        StringBuilder s = new StringBuilder();
        for (int d : digits) {
          s.append(ALPHABET[d]);
        }
        assertEquals(SLUG.matcher(s).matches(), RecordId.isSlug(s.toString()), "\"" + s + "\"");
        checked++;
        int i = length - 1;
        while (i >= 0 && ++digits[i] == ALPHABET.length) {
          digits[i] = 0;
          i--;
        }
        if (i < 0) {
          break;
        }
      }
    }
    assertEquals(1 + 12 + 144 + 1728 + 20736, checked);
  }
}
