package org.cstokit.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.State;
import org.cstokit.model.actor.StateCode;
import picocli.CommandLine.TypeConversionException;

/** Parsing of command-line values, with suggestions for near misses. */
final class Codes {
  private Codes() {}

  /**
   * Resolves a state given by its ISO alpha-3 or alpha-2 code or English name (any case).
   *
   * @throws TypeConversionException "unknown state code KGS? did you mean KGZ" on a near miss
   */
  static StateCode state(Dataset data, String text) {
    String t = text.trim();
    for (State s : data.states()) {
      if (s.id().value().equalsIgnoreCase(t) || s.alpha2().equalsIgnoreCase(t) || s.nameEn().equalsIgnoreCase(t)) {
        return s.id();
      }
    }
    Optional<State> near = data.states().stream()
        .min(Comparator.comparingInt((State s) -> Math.min(distance(s.id().value(), t.toUpperCase(Locale.ROOT)),
            distance(s.nameEn().toLowerCase(Locale.ROOT), t.toLowerCase(Locale.ROOT)))).thenComparing(s -> s.id().value()));
    String suggestion = near.filter(s -> distance(s.id().value(), t.toUpperCase(Locale.ROOT)) <= 1
            || distance(s.nameEn().toLowerCase(Locale.ROOT), t.toLowerCase(Locale.ROOT)) <= 2)
        .map(s -> "? did you mean " + s.id().value()).orElse(" (try `csto state --list`)");
    throw new TypeConversionException("unknown state code " + shown(t) + suggestion);
  }

  /** Parses an ISO day. */
  static LocalDate day(String text) {
    LocalDate d;
    try {
      d = LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("malformed date " + shown(text) + ": expected YYYY-MM-DD, e.g. 2010-06-01");
    }
    if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
      throw new TypeConversionException("date " + shown(text) + " is out of range: the data and the rules answer for the years "
          + FIRST_YEAR + " to " + LAST_YEAR);
    }
    return d;
  }

  /** The years the tool answers for: the data begins in the 1940s, the rules' projections end by 2100. */
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2100;

  /**
   * An error message as the tool prints it: one line, with any word longer than 60 characters
   * (a user's long argument echoed by the parser) cut short.
   *
   * @param message the message
   * @return the line
   */
  static String oneLine(String message) {
    String m = String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").strip();
    java.util.regex.Matcher long_ = java.util.regex.Pattern.compile("\\S{61,}").matcher(m);
    StringBuilder out = new StringBuilder();
    while (long_.find()) {
      long_.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(shown(long_.group())));
    }
    long_.appendTail(out);
    return out.toString();
  }

  /** A user's text as an error message shows it: at most 60 characters. */
  static String shown(String text) {
    String t = text.strip();
    return t.length() <= 60 ? t : t.substring(0, 57) + "... (" + t.length() + " characters)";
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
