package org.cstokit.examples.cli;

import static org.cstokit.examples.cli.CstoCliTest.csto;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.cstokit.examples.cli.CstoCliTest.Run;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --format json} is real JSON, in the shapes docs/CLI.md documents: lists
 * are arrays, nested values objects, a verdict one object; and {@code --format} is refused where
 * it has no meaning.
 */
class CstoJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Two or more state codes and nothing else in one string: a list flattened to text. */
  private static final Pattern FLATTENED = Pattern.compile("[A-Z]{3}(?: [A-Z]{3})+");

  /** One run per shape, keyed by a name; each command of the tool appears at least once. */
  private static Map<String, String[]> runs() {
    Map<String, String[]> runs = new LinkedHashMap<>();
    runs.put("members", new String[] {"members", "--on", "2010-06-01"});
    runs.put("state --list", new String[] {"state", "--list"});
    runs.put("state", new String[] {"state", "UZB"});
    runs.put("basing", new String[] {"basing", "--host", "KGZ", "--guest", "USA", "--objection", "RUS", "--on", "2018-06-01"});
    runs.put("defence", new String[] {"defence", "--victim", "ARM", "--aggressor", "AZE", "--request", "--on", "2016-04-02"});
    runs.put("intervention", new String[] {"intervention", "--host", "KGZ", "--request", "--on", "2010-06-14"});
    runs.put("rotation", new String[] {"rotation", "secretary-general", "--from", "2017", "--to", "2035"});
    runs.put("rotation --deviations", new String[] {"rotation", "secretary-general", "--to", "2025", "--deviations"});
    runs.put("office", new String[] {"office", "secretary-general", "--on", "2021-06-01"});
    runs.put("audit", new String[] {"audit"});
    runs.put("sources", new String[] {"sources"});
    runs.put("transfers --recipient", new String[] {"transfers", "--recipient", "ARM"});
    runs.put("transfers --by", new String[] {"transfers", "--by", "decade"});
    runs.put("exercises --year", new String[] {"exercises", "--year", "2017"});
    runs.put("exercises --by", new String[] {"exercises", "--by", "framework"});
    runs.put("exercises --vienna", new String[] {"exercises", "--vienna"});
    runs.put("facilities", new String[] {"facilities", "--host", "KGZ"});
    runs.put("network", new String[] {"network"});
    runs.put("network --shares", new String[] {"network", "--shares"});
    runs.put("export table", new String[] {"export", "crrf-composition"});
    runs.put("export family", new String[] {"export", "states"});
    return runs;
  }

  private static JsonNode json(String... args) throws Exception {
    String[] withFormat = new String[args.length + 2];
    System.arraycopy(args, 0, withFormat, 0, args.length);
    withFormat[args.length] = "--format";
    withFormat[args.length + 1] = "json";
    Run r = csto(withFormat);
    assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
    return MAPPER.readTree(r.out());
  }

  private static void noFlattenedLists(String name, JsonNode node) {
    if (node.isTextual()) {
      assertFalse(FLATTENED.matcher(node.asText()).matches() || node.asText().contains(" | "),
          name + ": a list written as text: " + node);
    }
    node.forEach(child -> noFlattenedLists(name, child));
  }

  private static void arrayOfObjects(String name, JsonNode node) {
    assertTrue(node.isArray(), name + " is an array: " + node.getNodeType());
    assertFalse(node.isEmpty(), name + " has rows");
    node.forEach(row -> assertTrue(row.isObject(), name + ": each row is an object"));
  }

  @Test
  void every_command_with_a_format_is_run_here() {
    Set<String> commands = new TreeSet<>(new CommandLine(new Csto(java.time.Clock.systemUTC())).getSubcommands().keySet());
    commands.removeAll(Set.of("tour", "report"));
    Set<String> run = new TreeSet<>();
    runs().values().forEach(args -> run.add(args[0]));
    assertEquals(commands, run);
  }

  @Test
  void every_command_prints_json_that_parses_and_writes_no_list_as_text() throws Exception {
    for (Map.Entry<String, String[]> e : runs().entrySet()) {
      JsonNode node = json(e.getValue());
      assertTrue(node.isArray() || node.isObject(), e.getKey());
      noFlattenedLists(e.getKey(), node);
    }
  }

  @Test
  void tables_are_arrays_of_objects_with_typed_cells() throws Exception {
    for (String name : List.of("members", "state --list", "rotation", "rotation --deviations", "office", "audit", "sources",
        "transfers --recipient", "transfers --by", "exercises --year", "exercises --by", "exercises --vienna", "facilities",
        "network", "network --shares", "export table")) {
      arrayOfObjects(name, json(runs().get(name)));
    }
    JsonNode office = json(runs().get("office"));
    assertTrue(office.get(0).get("acting").isBoolean(), office.toString());
    JsonNode deviation = json(runs().get("rotation --deviations")).get(0);
    assertTrue(deviation.get("accounts").isArray() && deviation.get("accounts").get(0).isObject(), deviation.toString());
    assertTrue(deviation.get("minDays").isNumber(), deviation.toString());
    JsonNode transfer = json(runs().get("transfers --recipient")).get(0);
    assertTrue(transfer.get("deliveries").isObject(), transfer.toString());
    assertTrue(transfer.get("ordered").isNumber() || transfer.get("ordered").isNull(), transfer.toString());
    for (JsonNode exercise : json(runs().get("exercises --year"))) {
      assertTrue(exercise.get("hosts").isArray() && exercise.get("participants").isArray(), exercise.toString());
      assertTrue(exercise.get("dates").isObject(), exercise.toString());
      assertTrue(exercise.get("personnel").isObject() || exercise.get("personnel").isNull(), exercise.toString());
    }
    JsonNode kant = json(runs().get("facilities")).get(0);
    assertTrue(kant.get("personnel").get("value").isNumber(), kant.toString());
    JsonNode decade = json(runs().get("transfers --by")).get(0);
    assertTrue(decade.get("delivered").isObject(), decade.toString());
  }

  @Test
  void a_verdict_is_one_object_with_arrays_for_its_lists() throws Exception {
    for (String name : List.of("basing", "defence", "intervention")) {
      JsonNode v = json(runs().get(name));
      assertTrue(v.isObject(), name + ": " + v.getNodeType());
      assertTrue(v.get("outcome").isTextual(), name);
      for (String list : List.of("authorities", "canBlock", "blockedBy", "obliged", "mustConsent", "reasons")) {
        assertTrue(v.get(list).isArray(), name + "." + list + " is an array: " + v.get(list));
      }
      v.get("authorities").forEach(a -> assertTrue(a.isObject() && a.get("instrument").isTextual(), name + ": " + a));
    }
    JsonNode basing = json(runs().get("basing"));
    assertEquals(List.of("ARM", "BLR", "KAZ", "RUS", "TJK"), texts(basing.get("canBlock")));
    assertEquals(List.of("RUS"), texts(basing.get("blockedBy")));
    assertEquals(2, basing.get("reasons").size(), basing.toString());
  }

  @Test
  void one_state_is_one_object_with_its_memberships_as_an_array() throws Exception {
    JsonNode uzb = json(runs().get("state"));
    assertEquals("UZB", uzb.get("code").asText());
    assertTrue(uzb.get("cow").isNumber(), uzb.toString());
    arrayOfObjects("memberships", uzb.get("memberships"));
    JsonNode family = json(runs().get("export family"));
    assertTrue(family.isObject() && family.get("records").isArray(), family.getNodeType().toString());
  }

  @Test
  void format_is_refused_where_it_has_no_meaning_with_the_exit_code_of_bad_input() {
    for (String[] args : List.of(new String[] {"export", "states", "--format", "text"},
        new String[] {"report", "--out", "report.html", "--format", "json"}, new String[] {"tour", "--format", "json"})) {
      Run r = csto(args);
      assertEquals(2, r.code(), String.join(" ", args));
      assertEquals(1, r.err().lines().count(), r.err());
      assertEquals("", r.out());
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
