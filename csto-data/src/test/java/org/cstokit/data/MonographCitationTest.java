package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstokit.data.internal.Json;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.Source;
import org.cstokit.model.source.SourceId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks every citation of the monograph against the monograph's text: the cited section
 * exists, the cited endnote marker occurs in it, and every key figure of the record (every year
 * of a date, every number) occurs in the cited passages — the text from the previous endnote
 * marker (or the section start) to the cited marker; a whole section when no note is cited; the
 * table for a table row. Figures of records that also cite another source may come from that
 * source. Skipped, with a message, when the document is not beside the project (a user's
 * clone); the environment variable {@code CSTO_REQUIRE_SOURCE=true} (set by CI) turns the skip into a failure.
 */
class MonographCitationTest {
  static final SourceId MONOGRAPH = SourceId.of("ssi-2018-csto");
  static final Path DOCUMENT = Path.of("..", "..", "shared", "seeds", "000_fd61f38d5a901c6d.txt");
  private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty"};
  private static final Set<String> NOT_FIGURES =
      Set.of("citations", "citation", "disputes", "cow", "row", "note", "page", "tableRow", "id");
  private static final Pattern DATE = Pattern.compile("(\\d{4})(-\\d{2}(-\\d{2})?)?");

  static String text;
  static final Map<String, int[]> SECTIONS = new HashMap<>();
  static final Map<Integer, Integer> MARKERS = new TreeMap<>();

  @BeforeAll
  static void readDocument() throws IOException {
    boolean required = "true".equals(System.getenv("CSTO_REQUIRE_SOURCE"));
    if (!Files.exists(DOCUMENT)) {
      assertTrue(!required, "the source document " + DOCUMENT + " is required here but absent");
      String reason = "source document " + DOCUMENT.normalize() + " is absent (a user's clone): citation check skipped";
      // surefire reports a skip only as a count; say why on the console too
      System.err.println("MonographCitationTest: " + reason);
      Assumptions.abort(reason);
    }
    text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    Source monograph = CstoData.bundled().source(MONOGRAPH);
    List<String> lines = text.lines().collect(java.util.stream.Collectors.toList());
    int[] offsets = new int[lines.size() + 1];
    for (int i = 0; i < lines.size(); i++) {
      offsets[i + 1] = offsets[i] + lines.get(i).length() + 1;
    }
    TreeMap<Integer, String> starts = new TreeMap<>();
    for (String heading : monograph.sections()) {
      if (heading.startsWith("Table ")) {
        continue;
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).trim();
        boolean match = heading.equals("INTRODUCTION") ? line.startsWith("ASSESSING THE COLLECTIVE SECURITY")
            : line.equals(heading);
        if (match) {
          starts.put(offsets[i], heading);
          break;
        }
      }
      assertTrue(starts.containsValue(heading), "section heading not found in the document: " + heading);
    }
    List<Integer> keys = new ArrayList<>(starts.keySet());
    for (int k = 0; k < keys.size(); k++) {
      int end = k + 1 < keys.size() ? keys.get(k + 1) : text.length();
      SECTIONS.put(starts.get(keys.get(k)), new int[] {keys.get(k), end});
    }
    for (int n = 1; n <= 5; n++) {
      Matcher m = Pattern.compile("(?m)^[ \\t]*Table III-" + n + "\\. ").matcher(text);
      assertTrue(m.find(), "Table III-" + n);
      Matcher next = Pattern.compile(n < 5 ? "(?m)^[ \\t]*Table III-" + (n + 1) + "\\. " : "(?m)^ENDNOTES APPENDIX - III").matcher(text);
      assertTrue(next.find(m.end()));
      SECTIONS.put("Table III-" + n, new int[] {m.start(), next.start()});
    }
    int mainEnd = SECTIONS.get("ACRONYMS AND ABBREVIATIONS")[0];
    int from = 0;
    for (int n = 1; ; n++) {
      Matcher m = Pattern.compile("(?<=[A-Za-z.,;:\u201d\"\u2019)\\]!?%])" + n + "(?=[\\s\u201d\"]|$)").matcher(text);
      m.region(from, mainEnd);
      if (!m.find()) {
        break;
      }
      MARKERS.put(n, m.start());
      from = m.end();
    }
  }

  /** The passage a citation points to, or a problem. */
  static String passage(Citation c, List<String> problems, String id) {
    int[] section = SECTIONS.get(c.section());
    if (section == null) {
      problems.add(id + ": unknown section \"" + c.section() + "\"");
      return null;
    }
    if (c.note().isEmpty()) {
      return normalise(text.substring(section[0], section[1]));
    }
    int n = c.note().get();
    Integer at = MARKERS.get(n);
    if (at == null || at < section[0] || at >= section[1]) {
      problems.add(id + ": endnote " + n + " does not occur in section \"" + c.section() + "\"");
      return null;
    }
    int previous = section[0];
    for (int p : MARKERS.values()) {
      if (p < at && p >= section[0]) {
        previous = p;
      }
    }
    return normalise(text.substring(previous, at + String.valueOf(n).length()));
  }

  static String normalise(String s) {
    return s.replaceAll("-\\n\\s*", "").replaceAll("\\s+", " ");
  }

  /** Every rendering under which a number may be printed. */
  static Set<String> forms(java.math.BigDecimal value) {
    Set<String> out = new LinkedHashSet<>();
    java.math.BigDecimal v = value.stripTrailingZeros();
    out.add(v.toPlainString());
    if (v.scale() <= 0) {
      long n = v.longValueExact();
      out.add(String.format(Locale.ROOT, "%,d", n));
      if (n >= 0 && n <= 20) {
        out.add(WORDS[(int) n]);
      }
      if (n == 1) {
        out.add("each year");
        out.add("annual");
      }
      long[] scales = {1_000_000_000L, 1_000_000L, 1_000L};
      String[] names = {"billion", "million", "thousand"};
      for (int i = 0; i < scales.length; i++) {
        if (n >= scales[i] && (n * 10) % scales[i] == 0) {
          String x = java.math.BigDecimal.valueOf(n).divide(java.math.BigDecimal.valueOf(scales[i])).stripTrailingZeros().toPlainString();
          out.add(x + " " + names[i]);
          out.add(x + "-" + names[i]);
        }
      }
    } else if (v.compareTo(new java.math.BigDecimal("0.5")) == 0) {
      out.add("half");
    }
    return out;
  }

  static boolean occurs(java.math.BigDecimal value, String passage) {
    for (String f : forms(value)) {
      String regex = Character.isDigit(f.charAt(0))
          ? "(?<![\\d,.])" + Pattern.quote(f) + "(?![\\d]|,\\d)"
          : "(?i)\\b" + Pattern.quote(f) + "\\b";
      if (Pattern.compile(regex).matcher(passage).find()) {
        return true;
      }
    }
    return false;
  }

  /** A year also counts as stated when the passage gives a year and "N years later". */
  static boolean relativeYear(int year, String passage) {
    Matcher later = Pattern.compile("(\\d+|two|three|four|five) years? later").matcher(passage);
    while (later.find()) {
      String n = later.group(1);
      int k = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : List.of(WORDS).indexOf(n);
      if (occurs(java.math.BigDecimal.valueOf(year - k), passage)) {
        return true;
      }
    }
    return false;
  }

  static void figures(JsonNode node, String key, List<Object[]> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (!NOT_FIGURES.contains(e.getKey())) {
          figures(e.getValue(), e.getKey(), out);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> figures(n, key, out));
    } else if (node.isNumber()) {
      out.add(new Object[] {key, node.decimalValue()});
    } else if (node.isTextual()) {
      Matcher m = DATE.matcher(node.textValue());
      if (m.matches()) {
        out.add(new Object[] {key, new java.math.BigDecimal(m.group(1))});
      }
    }
  }

  static List<Citation> monographCitations(JsonNode record) {
    List<Citation> out = new ArrayList<>();
    record.findValues("citations").forEach(list -> list.forEach(c -> out.add(Json.MAPPER.convertValue(c, Citation.class))));
    out.removeIf(c -> !c.source().equals(MONOGRAPH));
    return out;
  }

  /** Checks one record; returns its problems and counts the figures it checked. */
  static List<String> check(Fact fact, int[] figureCount) {
    List<String> problems = new ArrayList<>();
    String id = fact.id().value();
    JsonNode record = Json.MAPPER.valueToTree(fact);
    List<Citation> cites = monographCitations(record);
    fact.disputes().stream().map(d -> d.citation()).filter(c -> c.source().equals(MONOGRAPH))
        .forEach(c -> passage(c, problems, id + " (dispute)"));
    if (cites.isEmpty()) {
      return problems;
    }
    StringBuilder passages = new StringBuilder();
    for (Citation c : cites) {
      String p = passage(c, problems, id);
      if (p != null) {
        passages.append(p).append(" | ");
      }
    }
    boolean otherSources = fact.citations().stream().anyMatch(c -> !c.source().equals(MONOGRAPH));
    problems.addAll(dated(fact, record, cites, otherSources));
    List<Object[]> figures = new ArrayList<>();
    figures(record, "", figures);
    for (Object[] f : figures) {
      java.math.BigDecimal v = (java.math.BigDecimal) f[1];
      boolean found = occurs(v, passages.toString())
          || (v.scale() <= 0 && v.intValue() > 1900 && v.intValue() < 2100 && relativeYear(v.intValue(), passages.toString()));
      figureCount[0]++;
      if (!found && !otherSources) {
        problems.add(id + ": figure " + f[0] + " = " + v.toPlainString() + " does not occur in the cited passages");
      }
    }
    return problems;
  }

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  /**
   * A dated record (an event or decision with a {@code date}) is about its date: every monograph
   * passage it cites must give the date's year (or the month, for a date known to the month), and
   * a month the record gives must occur in one of its passages, unless another source is cited.
   */
  static List<String> dated(Fact fact, JsonNode record, List<Citation> cites, boolean otherSources) {
    List<String> problems = new ArrayList<>();
    JsonNode date = record.get("date");
    if (date == null || !date.isTextual() || otherSources) {
      return problems;
    }
    org.cstokit.model.time.PartialDate d = org.cstokit.model.time.PartialDate.parse(date.textValue());
    String month = d.month().map(m -> MONTHS[m - 1]).orElse(null);
    boolean monthFound = month == null;
    for (Citation c : cites) {
      String p = passage(c, new ArrayList<>(), fact.id().value());
      if (p == null) {
        continue;
      }
      boolean year = occurs(java.math.BigDecimal.valueOf(d.year()), p) || relativeYear(d.year(), p);
      boolean hasMonth = month != null && Pattern.compile("\\b" + month + "\\b").matcher(p).find();
      monthFound |= hasMonth;
      if (!year && !hasMonth) {
        problems.add(fact.id().value() + ": the passage of " + c + " gives neither the year " + d.year()
            + (month == null ? "" : " nor the month " + month) + " of the record's date");
      }
    }
    if (!monthFound) {
      problems.add(fact.id().value() + ": the month " + month + " of the date " + d + " occurs in no cited passage");
    }
    return problems;
  }

  @Test
  void every_citation_of_the_monograph_names_a_real_section_and_endnote_and_its_figures_occur_there() {
    List<String> problems = new ArrayList<>();
    int[] figures = {0};
    int records = 0;
    for (Fact fact : CstoData.bundled().facts().values()) {
      problems.addAll(check(fact, figures));
      records += fact.citations().stream().anyMatch(c -> c.source().equals(MONOGRAPH)) ? 1 : 0;
    }
    assertEquals(290, MARKERS.size(), "every endnote marker of the main text is found, in order");
    assertTrue(records > 0 && figures[0] > 0, "nothing checked: " + records + " records, " + figures[0] + " figures");
    assertEquals(List.of(), problems);
  }

  @Test
  void the_check_rejects_a_wrong_figure_a_wrong_endnote_and_an_unknown_section() {
    org.cstokit.model.military.Facility kant = CstoData.bundled().get(
        org.cstokit.model.source.RecordId.of("rus-kant-air-base"), org.cstokit.model.military.Facility.class);
    assertEquals(List.of(), check(kant, new int[1]));
    org.cstokit.model.quantity.Quantity wrong = org.cstokit.model.quantity.Quantity.about(501, "personnel");
    org.cstokit.model.military.Facility bad = org.cstokit.model.military.Facility.builder().from(kant)
        .personnel(List.of(wrong))
        .citations(List.of(Citation.of(MONOGRAPH, "Kyrgyzstan", 200), Citation.of(MONOGRAPH, "Kyrgyzstan", 12),
            Citation.of(MONOGRAPH, "Nowhere")))
        .build();
    List<String> problems = check(bad, new int[1]);
    assertTrue(problems.contains("rus-kant-air-base: endnote 12 does not occur in section \"Kyrgyzstan\""), problems.toString());
    assertTrue(problems.contains("rus-kant-air-base: unknown section \"Nowhere\""), problems.toString());
    assertTrue(problems.contains("rus-kant-air-base: figure value = 501 does not occur in the cited passages"), problems.toString());
  }
}
