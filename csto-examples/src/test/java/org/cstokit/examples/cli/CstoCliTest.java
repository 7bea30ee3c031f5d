package org.cstokit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool: outputs, formats, help texts and the exit codes of bad input. */
class CstoCliTest {
  /** One run of the tool. */
  record Run(int code, String out, String err) {}

  /** The day the tests' clock tells. */
  static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 26);

  static Run csto(String... args) {
    return cstoOn(TODAY, args);
  }

  static Run cstoOn(java.time.LocalDate today, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    java.time.Clock clock = java.time.Clock.fixed(today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
        java.time.ZoneOffset.UTC);
    int code = Csto.run(args, new PrintWriter(out, true), new PrintWriter(err, true), clock);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void members_on_a_day_of_2010_lists_the_seven_members() {
    Run r = csto("members", "--on", "2010-06-01");
    assertEquals(0, r.code(), r.err());
    for (String code : List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB")) {
      assertTrue(r.out().contains(code + "    "), r.out());
    }
    assertEquals(9, r.out().lines().count(), r.out());
  }

  @Test
  void json_and_csv_outputs_are_machine_readable() throws Exception {
    JsonNode json = new ObjectMapper().readTree(csto("members", "--on", "2010-06-01", "--format", "json").out());
    assertEquals(7, json.size());
    assertEquals("UZB", json.get(6).get("state").asText());
    assertEquals("YES", json.get(6).get("truth").asText());
    String csv = csto("audit", "--format", "csv").out();
    assertEquals("record,rule,computed,reported,agreement,why", csv.lines().findFirst().get());
    JsonNode verdict = new ObjectMapper().readTree(csto("basing", "--host", "KGZ", "--guest", "USA", "--on", "2018-06-01",
        "--objection", "RUS", "--format", "json").out());
    assertEquals("BLOCKED", verdict.get("outcome").asText());
    assertEquals("RUS", verdict.get("blockedBy").get(0).asText());
  }

  @Test
  void a_near_miss_state_code_gets_a_suggestion_and_exit_code_2() {
    Run r = csto("state", "KGS");
    assertEquals(2, r.code());
    assertEquals("csto: unknown state code KGS? did you mean KGZ\n", r.err());
    assertEquals(2, csto("basing", "--host", "Kirgizstan", "--guest", "USA").code());
    assertTrue(csto("basing", "--host", "Kyrgyzstn", "--guest", "USA").err().contains("did you mean KGZ"));
  }

  @Test
  void malformed_dates_and_ranges_the_wrong_way_round_are_one_line_and_exit_2() {
    Run date = csto("members", "--on", "2010-13-01");
    assertEquals(2, date.code());
    assertEquals(1, date.err().lines().count(), date.err());
    assertTrue(date.err().startsWith("csto: malformed date 2010-13-01"));
    Run range = csto("rotation", "chair", "--from", "2020", "--to", "2010");
    assertEquals(2, range.code());
    assertEquals("csto: range the wrong way round: --from 2020 --to 2010\n", range.err());
    assertEquals(2, csto("network", "--period", "2019..2010").code());
    assertEquals(2, csto("export", "nothing").code());
    assertEquals(2, csto("defence", "--victim", "ARM", "--aggressor", "ARM", "--on", "2016-01-01").code(),
        "an IllegalArgumentException of a rule is bad input");
    assertEquals(2, csto().code(), "a missing subcommand is bad input");
  }

  @Test
  void every_subcommand_has_help_with_examples() {
    for (String sub : List.of("members", "state", "basing", "defence", "intervention", "rotation", "transfers", "exercises",
        "facilities", "network", "audit", "sources", "export", "report")) {
      Run r = csto(sub, "--help");
      assertEquals(0, r.code(), sub);
      assertTrue(r.out().contains("Example"), sub + ": " + r.out());
    }
  }

  @Test
  void help_texts_fit_80_columns_without_breaking_an_example() {
    java.util.Set<String> commands = new java.util.TreeSet<>(new picocli.CommandLine(new Csto(java.time.Clock.systemUTC())).getSubcommands().keySet());
    commands.add("");
    for (String sub : commands) {
      Run r = sub.isEmpty() ? csto("--help") : csto(sub, "--help");
      boolean examples = false;
      String previous = "";
      for (String line : r.out().lines().toList()) {
        assertTrue(line.length() <= 80, sub + ": longer than 80 columns: " + line);
        if (examples && !line.isEmpty()) {
          // an example is one line, or continues after a trailing backslash on an indented line
          assertTrue(line.startsWith("  csto ") || previous.endsWith("\\") && line.startsWith("      "),
              sub + ": an example broken by wrapping: " + line);
        }
        examples |= line.startsWith("Example");
        previous = line;
      }
      assertTrue(examples, sub + " has examples");
    }
  }

  @Test
  void rules_and_aggregates_answer_as_the_library_does() {
    assertTrue(csto("defence", "--victim", "ARM", "--aggressor", "AZE", "--territory", "disputed", "--request", "--on", "2016-04-02")
        .out().startsWith("collective defence (Treaty Article 4): UNDETERMINED"));
    assertTrue(csto("intervention", "--host", "KGZ", "--request", "--on", "2010-06-14").out().startsWith("use of collective forces: NOT_APPLICABLE"));
    String rotation = csto("rotation", "secretary-general", "--from", "2017", "--to", "2035").out();
    assertTrue(rotation.contains("2029-01-01  2031-12-31  RUS"), rotation);
    assertTrue(csto("transfers", "--by", "recipient").out().contains("KGZ        5        75"), csto("transfers").out());
    assertTrue(csto("exercises", "--vienna").out().contains("Zapad 2017"));
    assertTrue(csto("facilities", "--host", "KGZ").out().contains("rus-kant-air-base"));
    assertTrue(csto("network", "--period", "1990..1999").out().contains("1990-1999"));
    assertTrue(csto("sources").out().contains("ssi-2018-csto"));
    assertTrue(csto("tour").out().contains("member on 2009-01-01? YES"));
  }

  @Test
  void export_writes_families_and_tables(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("transfers.csv");
    Run r = csto("export", "transfers", "--format", "csv", "--out", file.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(file);
    assertEquals(128, lines.size(), "a header and 127 transfers");
    String sipri = csto("export", "sipri", "--format", "csv").out();
    assertTrue(sipri.startsWith("Recipient,Supplier,\"Year of order\""), sipri.substring(0, 80));
    JsonNode crrf = new ObjectMapper().readTree(csto("export", "crrf-composition", "--format", "json").out());
    assertTrue(crrf.size() > 5);
    assertTrue(csto("export", "states", "--format", "json").out().contains("\"schemaVersion\": 1"));
  }

  @Test
  void a_note_on_standard_error_says_when_the_day_defaulted_to_today_or_lies_past_the_horizon() {
    Run within = csto("members", "--on", "2010-06-01");
    assertEquals("", within.err(), "no note within the horizon");
    Run past = csto("members", "--on", "2030-01-01");
    assertEquals(1, past.err().lines().count(), past.err());
    assertTrue(past.err().startsWith("note: 2030-01-01 lies past the horizon of the memberships data (2025-11-01)"), past.err());
    assertTrue(past.out().lines().skip(2).allMatch(l -> l.contains("UNKNOWN")), past.out());
    Run today = csto("members");
    assertEquals(1, today.err().lines().count(), today.err());
    assertTrue(today.err().startsWith("note: no --on given, so the answer is for today, 2026-11-26; 2026-11-26 lies past"
        + " the horizon of the memberships data (2025-11-01)"), today.err());
    // "today" is the clock the tool is run with, not the machine's
    Run in2010 = cstoOn(java.time.LocalDate.of(2010, 6, 1), "members");
    assertEquals(within.out(), in2010.out());
    assertEquals("note: no --on given, so the answer is for today, 2010-06-01", in2010.err().strip());
    Run defence = csto("defence", "--victim", "ARM", "--aggressor", "AZE", "--request", "--on", "2027-09-13");
    assertTrue(defence.err().startsWith("note: 2027-09-13 lies past the horizon"), defence.err());
    assertTrue(defence.out().startsWith("collective defence: UNDETERMINED") || defence.out().contains("UNDETERMINED"), defence.out());
    assertTrue(defence.out().contains("past the horizon of the membership data"), defence.out());
  }

  @Test
  void contradictory_input_is_a_usage_error_naming_both_not_last_one_wins() {
    Run both = csto("intervention", "--out-of-area", "--on", "2017-07-01", "--support", "RUS", "--object", "RUS");
    assertEquals(2, both.code(), both.out());
    assertTrue(both.err().contains("RUS is given both --support and --object"), both.err());
    Run host = csto("intervention", "--out-of-area", "--host", "KGZ", "--on", "2017-07-01");
    assertEquals(2, host.code());
    assertTrue(host.err().contains("--out-of-area") && host.err().contains("KGZ"), host.err());
    Run basing = csto("basing", "--host", "KGZ", "--guest", "USA", "--objection", "RUS", "--consent", "RUS", "--on", "2018-06-01");
    assertEquals(2, basing.code());
    assertTrue(basing.err().contains("[RUS] also in consents"), basing.err());
  }

  @Test
  void office_prints_the_holders_with_their_truth_and_the_expected_holder() throws Exception {
    Run chair = csto("office", "chair", "--on", "2022-01-06", "--format", "csv");
    assertEquals(0, chair.code(), chair.err());
    List<String> rows = chair.out().lines().collect(java.util.stream.Collectors.toList());
    assertEquals("role,state,person,acting,truth,knownThrough,record", rows.get(0));
    assertTrue(rows.get(1).startsWith("holder,ARM,,no,YES,"), rows.toString());
    assertTrue(rows.get(2).startsWith("expected,ARM,,,derived,"), rows.toString());
    Run early = csto("office", "secretary-general", "--on", "2017-02-01");
    assertTrue(early.out().contains("Valeriy Semerikov  acting  YES"), "acting between Bordyuzha and Khachaturov: " + early.out());
    assertTrue(!early.out().contains("Bordyuzha"), "his term ran out on 31 December 2016: " + early.out());
    Run late = csto("office", "secretary-general", "--on", "2026-06-01", "--format", "json");
    JsonNode json = new ObjectMapper().readTree(late.out());
    assertEquals("UNKNOWN", json.get(0).get("truth").asText(), late.out());
    assertEquals("ten-csto-sg-masadykov", json.get(0).get("record").asText());
    assertEquals(2, csto("office", "deputy").code());
  }

  @Test
  void the_readme_commands_print_what_the_readme_shows() throws Exception {
    List<String> readme = Files.readAllLines(Path.of("../README.md"));
    int checked = 0;
    for (int i = 0; i < readme.size(); i++) {
      if (readme.get(i).matches("<!-- cli:[a-z-]+:start -->")) {
        String command = readme.get(i + 2);
        assertTrue(command.startsWith("$ java -jar csto-examples/target/csto.jar "), command);
        String[] args = command.substring("$ java -jar csto-examples/target/csto.jar ".length()).split(" ");
        StringBuilder expected = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        for (int j = i + 3; !readme.get(j).startsWith("```"); j++) {
          (readme.get(j).startsWith("note: ") ? notes : expected).append(readme.get(j)).append('\n');
        }
        Run r = csto(args);
        assertEquals(0, r.code(), r.err());
        assertEquals(expected.toString(), r.out(), command);
        assertEquals(notes.toString(), r.err(), "standard error of " + command);
        checked++;
      }
    }
    assertEquals(5, checked);
  }

  @Test
  void report_writes_a_self_contained_xhtml_file_with_seven_charts(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.html");
    Run r = csto("report", "--out", file.toString());
    assertEquals(0, r.code(), r.err());
    org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    assertEquals(7, doc.getElementsByTagName("svg").getLength());
    assertEquals(0, doc.getElementsByTagName("script").getLength());
    assertEquals(2, csto("report").code(), "--out is required");
  }

  @Test
  void one_recipients_transfers_can_be_grouped_by_any_key_but_delivery_year() throws Exception {
    Run byCategory = csto("transfers", "--recipient", "KAZ", "--by", "category", "--format", "json");
    assertEquals(0, byCategory.code(), byCategory.err());
    JsonNode rows = new ObjectMapper().readTree(byCategory.out());
    org.cstokit.data.Dataset data = org.cstokit.data.CstoData.bundled();
    java.util.Map<String, Long> expected = new java.util.TreeMap<>();
    data.transfers().stream().filter(t -> t.tableRow().isPresent() && t.recipient().value().equals("KAZ"))
        .forEach(t -> expected.merge(t.category().name(), 1L, Long::sum));
    java.util.Map<String, Long> shown = new java.util.TreeMap<>();
    rows.forEach(r -> shown.put(r.get("key").asText(), r.get("records").asLong()));
    assertEquals(expected, shown, "Kazakhstan's table rows per category");
    Run text = csto("transfers", "--recipient", "KAZ", "--by", "decade");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith("decade"), text.out());
    Run delivery = csto("transfers", "--recipient", "KAZ", "--by", "delivery");
    assertEquals(2, delivery.code());
    assertTrue(delivery.err().contains("--by delivery counts all recipients' deliveries"), delivery.err());
  }
}
