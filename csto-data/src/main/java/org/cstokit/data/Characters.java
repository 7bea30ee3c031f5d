package org.cstokit.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The characters a data string may not hold: NUL and the other control characters but tab, line
 * feed and carriage return; lone surrogates; Unicode non-characters (U+FDD0..U+FDEF and the last
 * two code points of every plane). They break the XML of the report and make no sense in a fact.
 */
final class Characters {
  private Characters() {}

  /**
   * Finds the first string of a record (keys included) with a character it may not hold. The
   * path to it is built only when there is one.
   *
   * @param node the record
   * @return {@code field|reason}, or null when every string is clean
   */
  static String firstBad(JsonNode node) {
    java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();
    String why = firstBad(node, path);
    if (why == null) {
      return null;
    }
    StringBuilder p = new StringBuilder();
    java.util.Iterator<String> steps = path.descendingIterator();
    while (steps.hasNext()) {
      String step = steps.next();
      p.append(step.startsWith("[") || p.length() == 0 ? "" : ".").append(step);
    }
    return (p.length() == 0 ? "-" : p) + "|" + why;
  }

  /** The reason of the first bad string under a node, leaving its path on the stack (innermost first). */
  private static String firstBad(JsonNode node, java.util.ArrayDeque<String> path) {
    if (node.isTextual()) {
      return why(node.textValue());
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String bad = firstBad(node.get(i), path);
        if (bad != null) {
          path.push("[" + i + "]");
          return bad;
        }
      }
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String whyKey = why(e.getKey());
        if (whyKey != null) {
          return "a field name " + whyKey;
        }
        String bad = firstBad(e.getValue(), path);
        if (bad != null) {
          path.push(e.getKey());
          return bad;
        }
      }
    }
    return null;
  }

  /** Why a string may not be used, or null. */
  static String why(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(i + 1));
          if ((cp & 0xFFFE) == 0xFFFE) {
            return "holds the non-character U+" + Integer.toHexString(cp).toUpperCase() + " at index " + i;
          }
          i++;
          continue;
        }
        return "holds a lone surrogate U+" + Integer.toHexString(c).toUpperCase() + " at index " + i;
      }
      if (Character.isLowSurrogate(c)) {
        return "holds a lone surrogate U+" + Integer.toHexString(c).toUpperCase() + " at index " + i;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return "holds the control character U+" + String.format("%04X", (int) c) + " at index " + i;
      }
      if (c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF)) {
        return "holds the non-character U+" + Integer.toHexString(c).toUpperCase() + " at index " + i;
      }
    }
    return null;
  }
}
