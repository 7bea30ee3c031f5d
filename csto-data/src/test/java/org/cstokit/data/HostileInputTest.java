package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile and broken inputs each give one clear {@link DataLoadException} naming the file, the
 * record and the field — never another exception, a hang, or a partial data set.
 */
class HostileInputTest {
  private static final Path BASE = Path.of("src/test/resources/fixtures/base");

  /** The base fixture with one file replaced by the given text. */
  static DataSource with(String file, String text) {
    return name -> name.equals(file)
        ? Optional.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        : DataSource.directory(BASE).open(name);
  }

  static String state(String fields) {
    return "{\"schemaVersion\": 1, \"dataVersion\": \"test\", \"records\": [{\"id\": \"ARM\", \"nameEn\": \"Armenia\","
        + " \"nameRu\": \"Армения\", \"alpha2\": \"AM\", " + fields + "\"citations\": [{\"source\": \"doc\", \"section\": \"Intro\"}]},"
        + " {\"id\": \"RUS\", \"nameEn\": \"Russia\", \"nameRu\": \"Россия\", \"alpha2\": \"RU\","
        + " \"citations\": [{\"source\": \"doc\", \"section\": \"Intro\"}]}]}";
  }

  static String facility(String personnel) {
    return "{\"schemaVersion\": 1, \"dataVersion\": \"test\", \"records\": [{\"id\": \"rus-base\", \"kind\": \"MILITARY_BASE\","
        + " \"name\": \"A base\", \"host\": \"ARM\", \"operator\": \"RUS\", \"personnel\": [" + personnel + "],"
        + " \"status\": \"OPERATING\", \"citations\": [{\"source\": \"doc\", \"section\": \"Intro\"}]}]}";
  }

  static String problems(DataSource source) {
    DataLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(DataLoadException.class, () -> new DataLoader(source).load()), "a hostile input must not hang");
    return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  record Case(String name, String file, String text, String expected) {}

  @TestFactory
  Stream<DynamicTest> each_hostile_input_is_one_clear_error_naming_file_record_and_field() {
    String q = "{\"value\": %s, \"qualifier\": \"EXACT\", \"basis\": \"DECLARED\", \"unit\": \"personnel\"}";
    return Stream.of(
        new Case("a huge exponent", "facilities.json", facility(String.format(q, "1E+10000000")),
            "facilities.json: rus-base: personnel[0]"),
        new Case("a tiny exponent", "facilities.json", facility(String.format(q, "1E-999999999")),
            "facilities.json: rus-base: personnel[0]"),
        new Case("an unreadable number", "facilities.json", facility(String.format(q, "1E-5000000166")),
            "facilities.json: -: -: malformed JSON"),
        new Case("a 101-digit number", "facilities.json", facility(String.format(q, "1" + "0".repeat(100))),
            "facilities.json: -: -: malformed JSON"),
        new Case("a string over the limit", "states.json", state("\"sipri\": \"" + "x".repeat(1_000_001) + "\", "),
            "states.json: -: -: malformed JSON"),
        new Case("nesting past the limit", "states.json", state("\"sipri\": " + "[".repeat(70) + "]".repeat(70) + ", "),
            "states.json: -: -: malformed JSON"),
        new Case("a null record", "states.json", "{\"schemaVersion\": 1, \"dataVersion\": \"test\", \"records\": [null]}",
            "states.json: #0: -: is null, not a record"),
        new Case("a float for an int", "states.json", state("\"cow\": 700.9, "), "states.json: ARM: cow"),
        new Case("a number for a string", "states.json", state("\"nameEn\": 5, ").replace("\"nameEn\": \"Armenia\",", ""),
            "states.json: ARM: nameEn"),
        new Case("a string for a number", "facilities.json", facility(String.format(q, "\"1000\"")),
            "facilities.json: rus-base: personnel[0].value"),
        new Case("a number for an enum", "facilities.json", facility(String.format(q, "1000").replace("\"EXACT\"", "0")),
            "facilities.json: rus-base: personnel[0].qualifier"),
        new Case("a string for a boolean", "offices.json", "{\"schemaVersion\": 1, \"dataVersion\": \"test\", \"records\": [{\"id\":"
            + " \"office-x\", \"organization\": \"CSTO\", \"name\": \"X\", \"singleHolder\": \"false\", \"citations\": [{\"source\":"
            + " \"doc\", \"section\": \"Intro\"}]}]}", "offices.json: office-x: singleHolder"),
        new Case("a NUL character", "states.json", state("\"sipri\": \"a\\u0000b\", "), "states.json: ARM: sipri: holds the control character U+0000"),
        new Case("a non-character", "states.json", state("\"sipri\": \"a\\uFFFFb\", "), "states.json: ARM: sipri: holds the non-character U+FFFF"),
        new Case("a lone surrogate", "states.json", state("\"sipri\": \"a\\ud800b\", "), "states.json: ARM: sipri: holds a lone surrogate U+D800"))
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
          String p = problems(with(c.file(), c.text()));
          assertTrue(p.contains(c.expected()), c.name() + ": expected a problem starting " + c.expected() + " in\n" + p);
        }));
  }

  @Test
  void an_honest_long_summary_loads() throws IOException {
    Dataset d = new DataLoader(with("states.json", state("\"sipri\": \"" + "A long summary. ".repeat(3000) + "\", "))).load();
    assertEquals(48_000, d.states().get(0).sipri().orElseThrow().length());
    assertTrue(Files.exists(BASE));
  }

  @Test
  void the_smaller_gaps_give_the_librarys_typed_errors() {
    assertEquals(0, Dataset.of("empty", java.util.Map.of()).facts().size(), "an empty map is an empty data set");
    IllegalArgumentException nullRecord = assertThrows(IllegalArgumentException.class,
        () -> Dataset.of("x", java.util.Map.of(Family.STATES, java.util.Arrays.asList((Object) null))));
    assertEquals("records: STATES holds null at index 0", nullRecord.getMessage());
    org.cstokit.model.InvalidValueException parse = assertThrows(org.cstokit.model.InvalidValueException.class,
        () -> org.cstokit.model.time.PartialDate.parse(null));
    assertTrue(parse.getMessage().contains("date"), parse.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DataSource.directory(null));
    DataLoadException nulls = assertThrows(DataLoadException.class, () -> new DataLoader(name -> null).load());
    assertTrue(nulls.getMessage().contains("returned null"), nulls.getMessage());
    DataLoadException fails = assertThrows(DataLoadException.class, () -> new DataLoader(name -> {
      throw new IllegalStateException("disk on fire");
    }).load());
    assertTrue(fails.getMessage().contains("disk on fire"), fails.getMessage());
  }

  @Test
  void an_organ_that_is_its_own_parent_directly_or_through_others_is_reported() {
    String organs = "{\"schemaVersion\": 1, \"dataVersion\": \"test\", \"records\": ["
        + "{\"id\": \"a\", \"organization\": \"CSTO\", \"name\": \"A\", \"kind\": \"COUNCIL\", \"parent\": \"b\","
        + " \"citations\": [{\"source\": \"doc\", \"section\": \"Intro\"}]},"
        + "{\"id\": \"b\", \"organization\": \"CSTO\", \"name\": \"B\", \"kind\": \"COUNCIL\", \"parent\": \"a\","
        + " \"citations\": [{\"source\": \"doc\", \"section\": \"Intro\"}]},"
        + "{\"id\": \"c\", \"organization\": \"CSTO\", \"name\": \"C\", \"kind\": \"COUNCIL\", \"parent\": \"c\","
        + " \"citations\": [{\"source\": \"doc\", \"section\": \"Intro\"}]}]}";
    String p = problems(with("organs.json", organs));
    assertTrue(p.contains("organs.json: a: parent: leads back to the organ itself through a -> b"), p);
    assertTrue(p.contains("organs.json: c: parent: is the organ itself"), p);
  }
}
