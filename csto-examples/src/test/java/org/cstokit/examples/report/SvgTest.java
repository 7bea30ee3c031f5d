package org.cstokit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

class SvgTest {
  @Test
  void text_escapes_markup_characters_and_attributes_escape_quotes_too() {
    assertEquals("a &lt;b&gt; &amp; \"c\" 'd'", Svg.escape("a <b> & \"c\" 'd'"));
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot; 'd'", Svg.escapeAttribute("a <b> & \"c\" 'd'"));
    assertEquals("x y", Svg.escape("x\u0007y"));
  }

  /** Changes the JVM's default locale, restored after; the lock keeps parallel tests from seeing it. */
  @Test
  @ResourceLock(value = Resources.LOCALE, mode = ResourceAccessMode.READ_WRITE)
  void numbers_are_written_with_the_root_locale_whatever_the_default() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("12.5", Svg.num(12.5));
      assertEquals("1234567.89", Svg.num(1234567.891));
      assertEquals("200", Svg.num(200));
      assertEquals("0", Svg.num(-0.001));
      assertEquals("<rect x=\"0.33\" data-value=\"200\"/>\n",
          new Svg().empty("rect", "x", 1.0 / 3, "data-value", new BigDecimal("200.00")).toString());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void an_element_with_text_escapes_both_its_text_and_its_attributes() {
    assertEquals("<text class=\"a&quot;b\">1 &lt; 2 &amp; 3</text>\n",
        new Svg().text("text", "1 < 2 & 3", "class", "a\"b").toString());
  }

  @Test
  void bad_input_is_rejected() {
    assertThrows(IllegalArgumentException.class, () -> Svg.num(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new Svg().empty("rect", "x"));
    assertThrows(IllegalArgumentException.class, () -> new Svg().raw("style", "a { } </style><script>"));
    assertThrows(IllegalArgumentException.class, () -> new Svg().raw("style", "a &amp; b"));
  }
}
