package org.cstokit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cstokit.analytics.exercises.Exercises;
import org.cstokit.analytics.exercises.LargestExercise;
import org.cstokit.analytics.facilities.Facilities;
import org.cstokit.analytics.facilities.Presence;
import org.cstokit.analytics.forces.CompositionRow;
import org.cstokit.analytics.forces.Forces;
import org.cstokit.analytics.membership.MembershipTimeline;
import org.cstokit.analytics.membership.TimelineRow;
import org.cstokit.analytics.network.Network;
import org.cstokit.analytics.network.StateShare;
import org.cstokit.analytics.rules.RotationSchedule;
import org.cstokit.analytics.transfers.DeliveryMode;
import org.cstokit.analytics.transfers.DeliveryYear;
import org.cstokit.analytics.transfers.Transfers;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.institution.Office;
import org.cstokit.model.institution.RotationRule;
import org.cstokit.model.institution.Tenure;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.source.Source;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.YearSpan;
import org.cstokit.model.transfer.ArmsTransfer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Parses the report of the bundled data with the JDK's XML parser and checks, chart by chart,
 * that the plotted data points are exactly those the aggregates give.
 */
class ReportTest {
  static final String XHTML = "http://www.w3.org/1999/xhtml";
  static final String SVG = "http://www.w3.org/2000/svg";
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final java.time.Clock CLOCK = java.time.Clock.fixed(TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
      java.time.ZoneOffset.UTC);
  static final List<String> CHARTS = List.of("chart-membership", "chart-offices", "chart-transfers", "chart-crrf",
      "chart-exercises", "chart-presence", "chart-hub");

  static Dataset data;
  static String html;
  static Document doc;

  @BeforeAll
  static void render() throws Exception {
    data = CstoData.bundled();
    html = Report.html(data, CLOCK);
    doc = parse(html);
  }

  static Document parse(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static Element chart(String id) {
    NodeList svgs = doc.getElementsByTagNameNS(SVG, "svg");
    for (int i = 0; i < svgs.getLength(); i++) {
      Element e = (Element) svgs.item(i);
      if (e.getAttribute("id").equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no <svg id=\"" + id + "\">");
  }

  /** The data-* attributes (without the prefix) of every point of a kind in a chart. */
  static List<Map<String, String>> points(String chartId, String kind) {
    List<Map<String, String>> out = new ArrayList<>();
    collect(chart(chartId), kind, out);
    return out;
  }

  private static void collect(Node node, String kind, List<Map<String, String>> out) {
    if (node instanceof Element && kind.equals(((Element) node).getAttribute("data-point"))) {
      Map<String, String> values = new TreeMap<>();
      NamedNodeMap attributes = node.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        String name = attributes.item(i).getNodeName();
        if (name.startsWith("data-") && !name.equals("data-point")) {
          values.put(name.substring(5), attributes.item(i).getNodeValue());
        }
      }
      out.add(values);
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      collect(c, kind, out);
    }
  }

  static <T> Map<T, Long> multiset(List<T> items) {
    return items.stream().collect(Collectors.groupingBy(x -> x, HashMap::new, Collectors.counting()));
  }

  static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  // ------------------------------------------------------------------ the document

  @Test
  void the_report_is_well_formed_xhtml5_with_a_doctype() {
    assertTrue(html.startsWith("<!DOCTYPE html>\n"), html.substring(0, 40));
    Element root = doc.getDocumentElement();
    assertEquals("html", root.getLocalName());
    assertEquals(XHTML, root.getNamespaceURI());
    assertEquals(1, doc.getElementsByTagNameNS(XHTML, "head").getLength());
    assertEquals(1, doc.getElementsByTagNameNS(XHTML, "style").getLength());
  }

  @Test
  void the_report_loads_nothing_and_runs_no_script() {
    assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
    for (String tag : List.of("img", "link", "iframe", "object", "embed", "image", "use", "foreignObject")) {
      assertEquals(0, doc.getElementsByTagNameNS("*", tag).getLength(), tag);
    }
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      NamedNodeMap attributes = e.getAttributes();
      for (int k = 0; k < attributes.getLength(); k++) {
        String name = attributes.item(k).getLocalName() == null ? attributes.item(k).getNodeName()
            : attributes.item(k).getLocalName();
        String value = attributes.item(k).getNodeValue();
        assertFalse(name.equals("src") || name.startsWith("on"), e.getLocalName() + " @" + name);
        if (name.equals("href")) {
          assertTrue(value.startsWith("#"), "link leaves the page: " + value);
        }
      }
    }
    String css = doc.getElementsByTagNameNS(XHTML, "style").item(0).getTextContent();
    assertFalse(css.contains("url(") || css.contains("@import"), css);
  }

  @Test
  void every_chart_has_an_id_a_title_two_axis_labels_and_a_caption() {
    for (String id : CHARTS) {
      Element svg = chart(id);
      Element title = (Element) svg.getElementsByTagNameNS(SVG, "title").item(0);
      assertFalse(title.getTextContent().isBlank(), id);
      int axisLabels = 0;
      NodeList texts = svg.getElementsByTagNameNS(SVG, "text");
      for (int i = 0; i < texts.getLength(); i++) {
        axisLabels += ((Element) texts.item(i)).getAttribute("class").contains("axis-label") ? 1 : 0;
      }
      assertEquals(2, axisLabels, id);
      Element section = (Element) svg.getParentNode();
      assertEquals("section-" + id, section.getAttribute("id"));
      Element heading = (Element) section.getElementsByTagNameNS(XHTML, "h2").item(0);
      assertEquals(title.getTextContent(), heading.getTextContent());
      Element caption = (Element) section.getElementsByTagNameNS(XHTML, "p").item(0);
      assertEquals("caption", caption.getAttribute("class"));
      assertTrue(caption.getTextContent().length() > 100, id + ": " + caption.getTextContent());
    }
  }

  @Test
  void every_chart_has_data_points() {
    Map<String, String> kinds = Map.of("chart-membership", "membership", "chart-offices", "slot",
        "chart-transfers", "transfers", "chart-crrf", "crrf", "chart-exercises", "exercise",
        "chart-presence", "presence", "chart-hub", "hub");
    kinds.forEach((id, kind) -> assertFalse(points(id, kind).isEmpty(), id));
  }

  @Test
  void the_header_gives_the_data_version_and_every_source_and_the_footer_says_where_figures_come_from() {
    Element header = (Element) doc.getElementsByTagNameNS(XHTML, "header").item(0);
    assertTrue(header.getTextContent().contains("Data version " + data.dataVersion()), header.getTextContent());
    Set<String> listed = new HashSet<>();
    NodeList items = header.getElementsByTagNameNS(XHTML, "li");
    for (int i = 0; i < items.getLength(); i++) {
      String id = ((Element) items.item(i)).getAttribute("data-source");
      if (!id.isEmpty()) {
        listed.add(id);
        Source s = data.source(org.cstokit.model.source.SourceId.of(id));
        assertTrue(items.item(i).getTextContent().contains(s.title()), id);
      }
    }
    assertEquals(data.sources().stream().map(s -> s.id().value()).collect(Collectors.toSet()), listed);
    Element footer = (Element) doc.getElementsByTagNameNS(XHTML, "footer").item(0);
    assertTrue(footer.getTextContent().contains("derived from the data bundled with CSTO Kit"), footer.getTextContent());
    assertTrue(footer.getTextContent().contains(data.dataVersion()));
  }

  // ------------------------------------------------------------------ 1. membership

  @Test
  void the_timeline_has_one_bar_per_membership_of_the_csto_the_cst_and_the_cis() {
    List<List<String>> shown = points("chart-membership", "membership").stream()
        .map(p -> List.of(p.get("state"), p.get("organization"), p.get("status"), p.get("from"), p.get("to"),
            p.get("precision")))
        .collect(Collectors.toList());
    List<List<String>> expected = MembershipTimeline.table(data).stream()
        .filter(r -> Charts.TIMELINE_ORGANIZATIONS.contains(r.organization()))
        .map(ReportTest::tuple).collect(Collectors.toList());
    assertEquals(multiset(expected), multiset(shown));
    assertEquals(data.memberships().stream().filter(m -> Charts.TIMELINE_ORGANIZATIONS.contains(m.organization()))
        .map(m -> m.id().value()).collect(Collectors.toSet()),
        points("chart-membership", "membership").stream().map(p -> p.get("record")).collect(Collectors.toSet()));
    assertTrue(shown.contains(List.of("UZB", "CSTO", "MEMBER", "2006-08-16", "2012-06-28", "DAY")), shown.toString());
    assertTrue(shown.contains(List.of("UZB", "CSTO", "SUSPENDED", "2012-06-28", "2012-12-19", "DAY")), shown.toString());
  }

  private static List<String> tuple(TimelineRow r) {
    return List.of(r.state().value(), r.organization().value(), r.status().name(), r.start().toString(),
        r.endExclusive().map(PartialDate::toString).orElse("open"), r.precision().name());
  }

  @Test
  void each_membership_bar_sits_in_the_lane_of_its_organization_and_state() {
    NodeList groups = chart("chart-membership").getElementsByTagNameNS(SVG, "g");
    int bars = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("data-point").equals("membership")) {
        Element lane = (Element) g.getParentNode();
        assertEquals(g.getAttribute("data-organization") + "/" + g.getAttribute("data-state"),
            lane.getAttribute("data-lane"));
        bars++;
      }
    }
    assertEquals(points("chart-membership", "membership").size(), bars);
  }

  @Test
  void a_month_precision_start_is_drawn_as_a_lighter_band_over_the_whole_month() {
    NodeList groups = chart("chart-membership").getElementsByTagNameNS(SVG, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("data-record").equals("mem-cis-geo-1")) { // Georgia joined the CIS in December 1993
        NodeList rects = g.getElementsByTagNameNS(SVG, "rect");
        List<String> classes = new ArrayList<>();
        for (int k = 0; k < rects.getLength(); k++) {
          classes.add(((Element) rects.item(k)).getAttribute("class"));
        }
        assertEquals(List.of("band", "solid"), classes, "a band over December 1993, then solid to 18 August 2009");
        Element startBand = (Element) rects.item(0);
        Element solid = (Element) rects.item(1);
        double x = Double.parseDouble(startBand.getAttribute("x"));
        double w = Double.parseDouble(startBand.getAttribute("width"));
        assertEquals(Double.parseDouble(solid.getAttribute("x")), x + w, 0.5);
        return;
      }
    }
    throw new AssertionError("no bar for mem-cis-geo-1");
  }

  // ------------------------------------------------------------------ 2. offices

  @Test
  void each_rotating_office_shows_one_slot_per_schedule_slot() {
    List<Office> offices = Charts.rotatingOffices(data);
    assertEquals(2, offices.size());
    for (Office office : offices) {
      RotationRule rule = data.get(office.rotationRule().get());
      List<List<String>> expected = RotationSchedule.schedule(data, rule.id(),
          org.cstokit.model.time.YearSpan.closed(rule.anchor().year(), TODAY.getYear() + Charts.YEARS_AHEAD)).stream()
          .map(s -> List.of(String.valueOf(s.index()), s.start().toString(), s.endExclusive().toString(), s.expected().value(),
              s.rule().value()))
          .collect(Collectors.toList());
      List<List<String>> shown = points("chart-offices", "slot").stream()
          .filter(p -> p.get("office").equals(office.id().value()))
          .map(p -> List.of(p.get("index"), p.get("start"), p.get("end"), p.get("expected"), p.get("rule")))
          .collect(Collectors.toList());
      assertEquals(expected, shown, office.id().value());
    }
    assertTrue(points("chart-offices", "slot").stream().anyMatch(p -> p.get("office").equals(
        "office-csto-secretary-general") && p.get("start").equals("2017-01-01") && p.get("expected").equals("ARM")));
  }

  @Test
  void each_rotating_office_shows_one_lane_per_recorded_tenure() {
    for (Office office : Charts.rotatingOffices(data)) {
      Map<String, List<String>> expected = new TreeMap<>();
      for (Tenure t : data.tenures()) {
        if (t.office().equals(office.id())) {
          expected.put(t.id().value(), List.of(t.state().value(), t.period().start().toString(),
              t.period().end().map(PartialDate::toString).orElse("open"), String.valueOf(t.isActing())));
        }
      }
      Map<String, List<String>> shown = new TreeMap<>();
      points("chart-offices", "tenure").stream().filter(p -> p.get("office").equals(office.id().value()))
          .forEach(p -> assertEquals(null, shown.put(p.get("tenure"),
              List.of(p.get("state"), p.get("from"), p.get("to"), p.get("acting"))), p.get("tenure")));
      assertEquals(expected, shown, office.id().value());
    }
    assertEquals(Map.of("ten-csto-sg-semerikov-acting", "true", "ten-csto-sg-semerikov-acting-2017", "true",
        "ten-csto-chair-rus-2009", "true"), points("chart-offices", "tenure").stream()
        .filter(p -> p.get("acting").equals("true")).collect(Collectors.toMap(p -> p.get("tenure"), p -> p.get("acting"))));
  }

  // ------------------------------------------------------------------ 3. transfers

  @Test
  void the_transfer_bars_are_the_items_delivered_per_year_and_category_of_the_table_rows() {
    Set<List<String>> shown = points("chart-transfers", "transfers").stream()
        .map(p -> List.of(p.get("year"), p.get("category"), p.get("value"), p.get("records"), p.get("unknown")))
        .collect(Collectors.toSet());
    // brute force over the records: table rows, whole in the first delivery year
    Map<List<String>, int[]> sums = new LinkedHashMap<>();
    for (ArmsTransfer t : data.transfers()) {
      if (t.tableRow().isEmpty()) {
        continue;
      }
      String year = t.deliveryFirst().map(String::valueOf).orElse("unknown");
      int[] s = sums.computeIfAbsent(List.of(year, t.category().name()), k -> new int[3]);
      s[0] += t.numberDelivered().orElse(0);
      s[1] += 1;
      s[2] += t.numberDelivered().isPresent() ? 0 : 1;
    }
    Set<List<String>> expected = sums.entrySet().stream()
        .map(e -> List.of(e.getKey().get(0), e.getKey().get(1), String.valueOf(e.getValue()[0]),
            String.valueOf(e.getValue()[1]), String.valueOf(e.getValue()[2])))
        .collect(Collectors.toSet());
    assertEquals(expected, shown);
    assertEquals(shown.size(), points("chart-transfers", "transfers").size());
  }

  @Test
  void the_transfer_stacks_add_up_to_the_totals_by_delivery_year() {
    Map<String, BigDecimal> stacks = new TreeMap<>();
    Map<String, Integer> records = new TreeMap<>();
    for (Map<String, String> p : points("chart-transfers", "transfers")) {
      stacks.merge(p.get("year"), new BigDecimal(p.get("value")), BigDecimal::add);
      records.merge(p.get("year"), Integer.parseInt(p.get("records")), Integer::sum);
    }
    Map<String, String> expected = new TreeMap<>();
    Map<String, Integer> expectedRecords = new TreeMap<>();
    for (DeliveryYear y : Transfers.of(data).byDeliveryYear(DeliveryMode.WHOLE).all()) {
      String year = y.year().map(String::valueOf).orElse("unknown");
      expected.put(year, plain(y.delivered().best()));
      expectedRecords.put(year, y.records());
    }
    assertEquals(expected, stacks.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> plain(e.getValue()), (a, b) -> a, TreeMap::new)));
    assertEquals(expectedRecords, records);
  }

  // ------------------------------------------------------------------ 4. CRRF

  @Test
  void the_crrf_bars_are_the_composition_rows() {
    List<List<String>> shown = points("chart-crrf", "crrf").stream()
        .map(p -> List.of(p.get("state"), p.get("agency"), p.get("units"), p.get("size-best"), p.get("size-unknown")))
        .collect(Collectors.toList());
    List<List<String>> expected = new ArrayList<>();
    for (CompositionRow r : Forces.crrfComposition(data).values()) {
      expected.add(List.of(r.state().value(), r.agency().name(), String.valueOf(r.units()), plain(r.size().best()),
          String.valueOf(r.size().unknown())));
    }
    assertEquals(expected, shown);
  }

  // ------------------------------------------------------------------ 5. exercises

  @Test
  void every_exercise_is_one_circle_with_its_largest_personnel_figure_or_unknown() {
    Map<String, LargestExercise> sized = new HashMap<>();
    Exercises.largestByPersonnel(data, Integer.MAX_VALUE).forEach(l -> sized.put(l.exercise().value(), l));
    Map<String, List<String>> expected = new TreeMap<>();
    for (Exercise e : data.exercises()) {
      LargestExercise l = sized.get(e.id().value());
      expected.put(e.id().value(), List.of(String.valueOf(e.period().start().year()),
          l == null ? "unknown" : plain(l.personnel().value()), e.status().name()));
    }
    Map<String, List<String>> shown = new TreeMap<>();
    points("chart-exercises", "exercise").forEach(p -> assertEquals(null,
        shown.put(p.get("exercise"), List.of(p.get("year"), p.get("personnel"), p.get("status"))), p.get("exercise")));
    assertEquals(expected, shown);
    assertEquals("60000", shown.get("ex-2017-zapad").get(1));
  }

  @Test
  void the_exercises_per_year_are_those_of_the_aggregate() {
    Map<String, Long> shown = multiset(points("chart-exercises", "exercise").stream().map(p -> p.get("year"))
        .collect(Collectors.toList()));
    Map<String, Long> expected = new TreeMap<>();
    Exercises.perYear(data).forEach((year, g) -> expected.put(year.toString(), (long) g.exercises()));
    assertEquals(expected, shown);
  }

  @Test
  void circle_areas_are_proportional_to_personnel_and_unknown_personnel_is_drawn_hollow() {
    NodeList circles = chart("chart-exercises").getElementsByTagNameNS(SVG, "circle");
    Double ratio = null;
    int checked = 0;
    for (int i = 0; i < circles.getLength(); i++) {
      Element c = (Element) circles.item(i);
      if (!c.getAttribute("data-point").equals("exercise")) {
        continue;
      }
      double r = Double.parseDouble(c.getAttribute("r"));
      if (c.getAttribute("data-personnel").equals("unknown")) {
        assertTrue(c.getAttribute("class").contains("unknown"), c.getAttribute("data-exercise"));
        continue;
      }
      assertFalse(c.getAttribute("class").contains("unknown"), c.getAttribute("data-exercise"));
      double personnel = Double.parseDouble(c.getAttribute("data-personnel"));
      if (r > 3.5) { // smaller circles are held at the minimum radius to stay visible
        double areaPerPerson = r * r / personnel;
        if (ratio == null) {
          ratio = areaPerPerson;
        }
        assertEquals(ratio, areaPerPerson, ratio * 0.02, c.getAttribute("data-exercise"));
        checked++;
      }
    }
    assertTrue(checked >= 5, "only " + checked + " circles above the minimum radius");
  }

  // ------------------------------------------------------------------ 6. presence

  @Test
  void the_presence_cells_are_the_foreign_presence_rows_to_this_year() {
    List<List<String>> expected = new ArrayList<>();
    Map<String, String> undated = new TreeMap<>();
    for (Presence p : Facilities.foreignPresence(data, YearSpan.closed(Charts.PRESENCE_FROM, TODAY.getYear())).values()) {
      expected.add(List.of(p.host().value(), String.valueOf(p.year()), String.valueOf(p.certain()),
          String.valueOf(p.possible())));
      undated.put(p.host().value(), String.valueOf(p.undated()));
    }
    List<List<String>> shown = points("chart-presence", "presence").stream()
        .map(p -> List.of(p.get("host"), p.get("year"), p.get("certain"), p.get("possible")))
        .collect(Collectors.toList());
    assertEquals(expected, shown);
    assertEquals(undated, points("chart-presence", "undated").stream()
        .collect(Collectors.toMap(p -> p.get("host"), p -> p.get("undated"), (a, b) -> a + "," + b, TreeMap::new)));
  }

  // ------------------------------------------------------------------ 7. hub

  @Test
  void the_hub_bars_are_russias_shares_per_period() {
    Map<List<String>, Double> expected = new TreeMap<>(ReportTest::compareLists);
    for (StateShare s : Network.of(data).hubShare(Charts.HUB).values()) {
      expected.put(List.of(s.period().label(), "pairs"), s.share());
      expected.put(List.of(s.period().label(), "tie-records"), s.tieShare());
    }
    for (StateShare s : Network.of(data).kinds(Charts.BILATERAL).hubShare(Charts.HUB).values()) {
      expected.put(List.of(s.period().label(), "pairs-bases-arms"), s.share());
    }
    Map<List<String>, Double> shown = new TreeMap<>(ReportTest::compareLists);
    for (Map<String, String> p : points("chart-hub", "hub")) {
      assertEquals("RUS", p.get("state"));
      assertEquals(null, shown.put(List.of(p.get("period"), p.get("measure")), Double.parseDouble(p.get("value"))));
    }
    assertEquals(expected.keySet(), shown.keySet());
    expected.forEach((k, v) -> assertEquals(v, shown.get(k), 0.00005, k.toString()));
    assertEquals(1.0, shown.get(List.of("1990-1999", "pairs")), 0.00005);
  }

  private static int compareLists(List<String> a, List<String> b) {
    return String.join("|", a).compareTo(String.join("|", b));
  }

  // ------------------------------------------------------------------ writing

  @Test
  void write_puts_the_same_document_in_a_utf8_file(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    Report.write(data, out, CLOCK);
    assertEquals(html, Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void the_report_as_of_today_parses_too(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("today.html");
    Report.write(data, out, java.time.Clock.systemUTC());
    Document today = parse(Files.readString(out, StandardCharsets.UTF_8));
    assertEquals(CHARTS.size(), today.getElementsByTagNameNS(SVG, "svg").getLength());
    assertTrue(Report.html(data, java.time.Clock.systemUTC()).startsWith("<!DOCTYPE html>"));
    // the day in the header is the clock's, whatever the machine's
    java.time.Clock in2020 = java.time.Clock.fixed(java.time.Instant.parse("2020-06-01T12:00:00Z"), java.time.ZoneOffset.UTC);
    assertTrue(Report.html(data, in2020).contains("figures as of 2020-06-01"), "the header names the clock's day");
  }
}
