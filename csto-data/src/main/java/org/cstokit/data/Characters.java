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
   * Finds the first string of a record (keys included) with a character it may not hold.
   *
   * @param node the record
   * @param path the path so far
   * @return {@code field|reason}, or null when every string is clean
   */
  static String firstBad(JsonNode node, String path) {
    if (node.isTextual()) {
      String why = why(node.textValue());
      return why == null ? null : (path.isEmpty() ? "-" : path) + "|" + why;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String bad = firstBad(node.get(i), path + "[" + i + "]");
        if (bad != null) {
          return bad;
        }
      }
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String field = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        String whyKey = why(e.getKey());
        if (whyKey != null) {
          return (path.isEmpty() ? "-" : path) + "|a field name " + whyKey;
        }
        String bad = firstBad(e.getValue(), field);
        if (bad != null) {
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
