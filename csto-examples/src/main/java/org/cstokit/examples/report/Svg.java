package org.cstokit.examples.report;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A small writer of XML markup for the report's XHTML and SVG: elements with attributes given as
 * name–value pairs, every text and attribute value escaped, numbers written with
 * {@link Locale#ROOT} and at most two decimals. Not thread-safe; one instance builds one piece of
 * markup.
 */
final class Svg {
  private final StringBuilder out = new StringBuilder();

  /**
   * Escapes text for use as XML character data: {@code &}, {@code <} and {@code >}; control
   * characters other than white space become spaces.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    return escape(text, false);
  }

  /**
   * Escapes text for use as a double-quoted attribute value: as {@link #escape(String)}, and
   * {@code "} too.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escapeAttribute(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean attribute) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&') {
        b.append("&amp;");
      } else if (c == '<') {
        b.append("&lt;");
      } else if (c == '>') {
        b.append("&gt;");
      } else if (c == '"' && attribute) {
        b.append("&quot;");
      } else if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Formats a number for markup: {@link Locale#ROOT}, at most two decimals, no trailing zeros,
   * never in exponent form.
   *
   * @param value the number
   * @return the text, {@code 12.5} or {@code 200}
   */
  static String num(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value: " + value + " is not finite");
    }
    String s = String.format(Locale.ROOT, "%.2f", value);
    s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }

  private static String value(Object v) {
    if (v instanceof Double || v instanceof Float) {
      return num(((Number) v).doubleValue());
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(v);
  }

  private void tag(String name, Object[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes: odd number of names and values for <" + name + ">");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escapeAttribute(value(attributes[i + 1]))).append('"');
    }
  }

  /**
   * Opens an element.
   *
   * @param name the element name
   * @param attributes attribute names and values, alternating; numbers are formatted
   * @return this writer
   */
  Svg open(String name, Object... attributes) {
    tag(name, attributes);
    out.append('>');
    return this;
  }

  /**
   * Closes an element.
   *
   * @param name the element name
   * @return this writer
   */
  Svg close(String name) {
    out.append("</").append(name).append(">\n");
    return this;
  }

  /**
   * Writes an element without content, {@code <rect .../>}; for SVG shapes and HTML void
   * elements only (an HTML parser reads {@code <div/>} as an open tag).
   *
   * @param name the element name
   * @param attributes attribute names and values, alternating
   * @return this writer
   */
  Svg empty(String name, Object... attributes) {
    tag(name, attributes);
    out.append("/>\n");
    return this;
  }

  /**
   * Writes an element holding escaped text.
   *
   * @param name the element name
   * @param text the text, escaped here
   * @param attributes attribute names and values, alternating
   * @return this writer
   */
  Svg text(String name, String text, Object... attributes) {
    tag(name, attributes);
    out.append('>').append(escape(text)).append("</").append(name).append(">\n");
    return this;
  }

  /**
   * Writes escaped text inside the current element.
   *
   * @param text the text
   * @return this writer
   */
  Svg text(String text) {
    out.append(escape(text));
    return this;
  }

  /**
   * Writes an element holding text that an HTML parser reads raw (the CSS of a {@code <style>}):
   * not escaped, so it must hold neither {@code <} nor {@code &}, which an XML parser would
   * misread.
   *
   * @param name the element name
   * @param text the text
   * @return this writer
   * @throws IllegalArgumentException if the text holds {@code <} or {@code &}
   */
  Svg raw(String name, String text) {
    if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) {
      throw new IllegalArgumentException("text: raw text of <" + name + "> holds < or &");
    }
    out.append('<').append(name).append('>').append(text).append("</").append(name).append(">\n");
    return this;
  }

  /**
   * Appends markup written by another writer.
   *
   * @param other the other writer
   * @return this writer
   */
  Svg append(Svg other) {
    out.append(other.out);
    return this;
  }

  /**
   * Writes an SVG text label.
   *
   * @param x the x coordinate
   * @param y the y coordinate of the baseline
   * @param text the label
   * @param cssClass the class, which sets size and anchor
   * @return this writer
   */
  Svg label(double x, double y, String text, String cssClass) {
    return text("text", text, "x", x, "y", y, "class", cssClass);
  }

  /**
   * Writes an SVG line.
   *
   * @param x1 start x
   * @param y1 start y
   * @param x2 end x
   * @param y2 end y
   * @param cssClass the class
   * @return this writer
   */
  Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    return empty("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2, "class", cssClass);
  }

  /**
   * Returns the markup written so far.
   *
   * @return the markup
   */
  @Override
  public String toString() {
    return out.toString();
  }
}
