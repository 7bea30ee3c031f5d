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

  @Test
  void state_codes_and_source_ids_accept_exactly_what_their_patterns_accept() {
    Pattern three = Pattern.compile("[A-Z]{3}");
    char[] letters = {'A', 'Z', 'a', '0', '@', '[', '-'};
    for (int length = 0; length <= 4; length++) {
      int[] digits = new int[length];
      while (true) {
        StringBuilder s = new StringBuilder();
        for (int d : digits) {
          s.append(letters[d]);
        }
        String text = s.toString();
        boolean state = accepts(() -> org.cstokit.model.actor.StateCode.of(text));
        assertEquals(three.matcher(text).matches(), state, "state \"" + text + "\"");
        boolean source = accepts(() -> SourceId.of(text.toLowerCase(java.util.Locale.ROOT)));
        assertEquals(SLUG.matcher(text.toLowerCase(java.util.Locale.ROOT)).matches(), source, "source \"" + text + "\"");
        int i = length - 1;
        while (i >= 0 && ++digits[i] == letters.length) {
          digits[i] = 0;
          i--;
        }
        if (i < 0) {
          break;
        }
      }
    }
  }

  private static boolean accepts(Runnable r) {
    try {
      r.run();
      return true;
    } catch (org.cstokit.model.InvalidValueException e) {
      return false;
    }
  }
}
