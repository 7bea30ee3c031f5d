package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The streaming loader reports exactly what the loader that read each file whole into a tree
 * reported ({@link TreeDataLoader}, kept as the oracle): on the bundled files, on hand-written edge
 * cases (bad characters before and after a mapping error, in the id, in a field name, in a skipped
 * value, records that are not objects, a syntax error after good records), and on fuzzed mutants of
 * every family. Same problems in the same order, or the same data set (every family's records,
 * compared record by record, and declared horizons). 60 mutants by default, 2,000 in the {@code fuzz}
 * profile ({@code csto.fuzz.agree.cases}).
 *
 * <p>The loader reads each file first with its strict fast reader ({@link FastReader}) and falls back
 * to the general path; the law of the fast reader is checked on every mutant too: it either gives up
 * on the file, or yields exactly the records that the general path yields for it without a problem.
 */
class StreamingLoaderAgreesTest {
  private static final long SEED = Long.getLong("csto.fuzz.seed", 20261130L);

  /**
   * What a load gives: the data set's version, ids and every family's records (compared with
   * {@code equals}, record by record), or the problems' texts in order.
   */
  private static Object outcome(boolean streaming, DataSource source) {
    return outcome(() -> streaming ? new DataLoader(source).load() : new TreeDataLoader(source).load());
  }

  private static Object outcome(java.util.function.Supplier<Dataset> load) {
    try {
      Dataset d = load.get();
      Map<String, Object> records = new TreeMap<>();
      for (Family<?> f : Family.values()) {
        records.put(f.name(), List.of(d.records(f), d.declaredHorizon(f)));
      }
      return List.of("loaded " + d.dataVersion() + " " + d.facts().keySet() + " " + new TreeSet<>(d.sources().stream()
          .map(s -> s.id().value()).toList()), records);
    } catch (DataLoadException e) {
      // the one wording the streaming loader changed on purpose: its own check for a trailing value
      return "rejected\n" + String.join("\n", e.problems().stream().map(Problem::toString).toList())
          .replace("found after value (bound as `com.fasterxml.jackson.databind.JsonNode`): not allowed as per"
              + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", "found after the root value");
    }
  }

  private static Map<Family<?>, byte[]> bundled() throws Exception {
    Map<Family<?>, byte[]> files = new TreeMap<>();
    for (Family<?> f : Family.values()) {
      try (InputStream in = DataSource.bundled().open(f.fileName()).orElseThrow()) {
        files.put(f, in.readAllBytes());
      }
    }
    return files;
  }

  private static DataSource with(Map<Family<?>, byte[]> files, Family<?> family, byte[] replacement) {
    return name -> {
      for (Family<?> f : Family.values()) {
        if (f.fileName().equals(name)) {
          return Optional.of(new ByteArrayInputStream(f == family ? replacement : files.get(f)));
        }
      }
      return Optional.empty();
    };
  }

  private static void agree(Map<Family<?>, byte[]> files, Family<?> family, String text, String what) {
    DataSource source = with(files, family, text.getBytes(StandardCharsets.UTF_8));
    assertEquals(outcome(false, source), outcome(true, source), what);
  }

  @Test
  void both_loaders_load_the_bundled_files_alike() throws Exception {
    Map<Family<?>, byte[]> files = bundled();
    Object streaming = outcome(true, with(files, Family.STATES, files.get(Family.STATES)));
    assertEquals(outcome(false, with(files, Family.STATES, files.get(Family.STATES))), streaming);
    assertEquals(true, streaming instanceof List, String.valueOf(streaming));
  }

  @Test
  void both_loaders_report_the_same_problems_on_hand_written_edge_cases() throws Exception {
    Map<Family<?>, byte[]> files = bundled();
    String states = new String(files.get(Family.STATES), StandardCharsets.UTF_8);
    String head = states.substring(0, states.indexOf("\"records\": [") + "\"records\": [".length());
    String first = states.substring(head.length(), states.indexOf("\n    },", head.length()) + "\n    }".length());
    String tail = states.substring(head.length() + first.length());
    List<String[]> cases = List.of(
        new String[] {"a bad character after a mapping error", first.replace("\"nameEn\"", "\"capital\": 1, \"nameEn\"")
            .replace("\"Armenia\"", "\"Arme\u0000nia\"")},
        new String[] {"a bad character before a mapping error", first.replace("\"Armenia\"", "\"Arme\u0000nia\"")
            .replace("\"nameRu\"", "\"capital\": 1, \"nameRu\"")},
        new String[] {"a bad character in the id", first.replace("\"ARM\"", "\"AR\uFFFFM\"")},
        new String[] {"a bad character in a field name", first.replace("\"nameEn\"", "\"name\u0001En\"")},
        new String[] {"a bad character in an unknown field's object", first.replace("\"nameEn\"",
            "\"extra\": {\"deep\": [\"ok\", \"b\u0002d\"]}, \"nameEn\"")},
        new String[] {"a lone surrogate in a nested list", first.replace("\"nameEn\"", "\"aliases\": [\"x\", \"\uD800\"], \"nameEn\"")},
        new String[] {"records that are not objects", "null, 3, \"text\", [1], " + first},
        new String[] {"a record with no id and a mapping error", "{\"nameEn\": 5}, " + first},
        new String[] {"a number id", first.replace("\"ARM\"", "7")},
        new String[] {"a syntax error after a good record", first + ", {\"id\": \"X\" \"nameEn\": 1}"},
        new String[] {"an unreadable number in a record", first.replace("\"nameEn\"", "\"unknownFigure\": 1E-5000000166, \"nameEn\"")},
        new String[] {"a huge exponent in a record", first.replace("\"nameEn\"", "\"unknownFigure\": 1E+10000000, \"nameEn\"")},
        new String[] {"a long number in an unknown field", first.replace("\"nameEn\"",
            "\"unknownFigure\": 1" + "0".repeat(120) + ", \"nameEn\"")},
        new String[] {"a long string after a mapping error", first.replace("\"nameEn\"",
            "\"capital\": 1, \"other\": \"" + "x".repeat(1_000_001) + "\", \"nameEn\"")});
    for (String[] c : cases) {
      agree(files, Family.STATES, head + c[1] + tail, c[0]);
    }
    String noRecords = states.replace("\"records\": [", "\"horizon\": 5, \"records\": 3, \"x\": [").replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");
    agree(files, Family.STATES, noRecords, "envelope problems");
    agree(files, Family.STATES, "[1, 2]", "a root that is not an object");
    agree(files, Family.STATES, "", "an empty file");
    agree(files, Family.STATES, states + " {}", "a trailing value");
    agree(files, Family.STATES, states.replace("\"records\": [", "\"notes\": \"" + "x".repeat(1_000_001) + "\", \"records\": ["),
        "a long string in an unknown envelope field");
  }

  @Test
  void both_loaders_report_the_same_problems_on_fuzzed_files() throws Exception {
    Map<Family<?>, byte[]> files = bundled();
    Random random = new Random(SEED);
    String[] kinds = {"flip", "delete", "duplicate", "insert-token", "swap", "truncate", "extreme-number",
        "deep-nesting", "null-record", "bad-character"};
    int cases = Integer.getInteger("csto.fuzz.agree.cases", 60);
    for (int i = 0; i < cases; i++) {
      Family<?> family = Family.values().get(random.nextInt(Family.values().size()));
      String kind = kinds[random.nextInt(kinds.length)];
      byte[] mutant = FuzzTest.mutate(files.get(family), kind, random);
      DataSource source = with(files, family, mutant);
      assertEquals(outcome(false, source), outcome(true, source),
          "case " + i + " (" + kind + " of " + family.fileName() + ", seed " + SEED + ")");
      fastAgrees(family, mutant, "case " + i + " (" + kind + " of " + family.fileName() + ", seed " + SEED + ")");
    }
  }

  /**
   * The fast reader's law: on any file it either gives up, or it yields exactly the records the
   * general path yields for that file with no problem.
   */
  private static void fastAgrees(Family<?> family, byte[] file, String what) throws Exception {
    List<Object> general = null;
    // whole, and cut into pieces of whole records (every bundled file is shorter than a chunk)
    for (int chunk : new int[] {FastReader.CHUNK, 4096, 512}) {
      FastReader.Result fast = FastReader.read(family, new ByteArrayInputStream(file), chunk);
      if (fast != null) {
        if (general == null) {
          general = DataLoader.readGeneral(family, new ByteArrayInputStream(file));
        }
        assertEquals(general, fast.records(), what + ", read " + chunk + " bytes at a time");
      }
    }
  }

  /** Chunk sizes that cut the bundled files into pieces: a piece of one record, and of some. */
  private static final int[] SMALL_CHUNKS = {64, 700, 3000, 20_000};

  @Test
  void the_fast_reader_cuts_a_long_file_into_pieces_of_whole_records_and_reads_them_as_one() throws Exception {
    Map<Family<?>, byte[]> files = bundled();
    for (Family<?> f : Family.values()) {
      List<Object> general = DataLoader.readGeneral(f, new ByteArrayInputStream(files.get(f)));
      FastReader.Result whole = FastReader.read(f, new ByteArrayInputStream(files.get(f)));
      for (int chunk : SMALL_CHUNKS) {
        FastReader.Result cut = FastReader.read(f, new ByteArrayInputStream(files.get(f)), chunk);
        assertEquals(true, cut != null, f + " is read in pieces of " + chunk + " bytes");
        assertEquals(general, cut.records(), f + " in pieces of " + chunk + " bytes");
        assertEquals(whole.version(), cut.version(), f + " version");
        assertEquals(whole.horizon(), cut.horizon(), f + " horizon");
      }
    }
  }

  @Test
  void the_helper_threads_of_a_long_file_stop_when_it_is_read_and_never_hold_the_jvm_open() throws Exception {
    Map<Family<?>, byte[]> files = bundled();
    FastReader.Result cut = FastReader.read(Family.TRANSFERS, new ByteArrayInputStream(files.get(Family.TRANSFERS)), 700);
    assertEquals(true, cut != null, "read in pieces");
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("csto-data-reader")) {
        assertEquals(true, t.isDaemon(), "a helper is a daemon");
        // stopped with the read: it ends, and does not wait for work that will not come
        t.join(60_000);
        assertEquals(false, t.isAlive(), "a helper of a finished read has ended");
      }
    }
  }

  @Test
  void a_file_indented_otherwise_is_read_whole_or_given_up_and_never_misread_in_pieces() throws Exception {
    Map<Family<?>, byte[]> files = bundled();
    String transfers = new String(files.get(Family.TRANSFERS), StandardCharsets.UTF_8);
    // the citations' objects moved to the records' indent: each looks like a record opening
    String shifted = transfers.replace("[\n        {", "[\n    {").replace("},\n        {", "},\n    {");
    // one line: no cut anywhere, so the file is read as one stream
    String oneLine = transfers.replace("\n", "").replace("  ", "");
    // Windows line ends: cut after the comma and the carriage return
    String crlf = transfers.replace("\n", "\r\n");
    assertEquals(false, shifted.equals(transfers), "the shift changes the file");
    List<Object> expected = DataLoader.readGeneral(Family.TRANSFERS, new ByteArrayInputStream(files.get(Family.TRANSFERS)));
    for (String variant : List.of(shifted, oneLine, crlf)) {
      byte[] file = variant.getBytes(StandardCharsets.UTF_8);
      assertEquals(expected, DataLoader.readGeneral(Family.TRANSFERS, new ByteArrayInputStream(file)), "the general path reads it");
      for (int chunk : SMALL_CHUNKS) {
        FastReader.Result fast = FastReader.read(Family.TRANSFERS, new ByteArrayInputStream(file), chunk);
        if (fast != null) {
          assertEquals(expected, fast.records(), "read in pieces of " + chunk + " bytes");
        }
      }
    }
    // a wrong cut is never read as records: with the citations shifted, a chunk whose last cut
    // falls between two citations of one record gives up, and any other reads the right records
    int gaveUp = 0;
    for (int chunk = 200; chunk <= 6000; chunk += 50) {
      FastReader.Result fast = FastReader.read(Family.TRANSFERS, new ByteArrayInputStream(shifted.getBytes(StandardCharsets.UTF_8)), chunk);
      if (fast == null) {
        gaveUp++;
      } else {
        assertEquals(expected, fast.records(), "the shifted file read in pieces of " + chunk + " bytes");
      }
    }
    assertEquals(true, gaveUp > 0, "some chunk sizes cut between two citations, and give up");
    // a file with no cut, and one with Windows line ends, are read all the same
    assertEquals(expected, FastReader.read(Family.TRANSFERS, new ByteArrayInputStream(oneLine.getBytes(StandardCharsets.UTF_8)), 700).records());
    assertEquals(expected, FastReader.read(Family.TRANSFERS, new ByteArrayInputStream(crlf.getBytes(StandardCharsets.UTF_8)), 700).records());
  }

  @Test
  void the_fast_reader_reads_every_bundled_file_whole_as_the_general_path_does() throws Exception {
    Map<Family<?>, byte[]> files = bundled();
    for (Family<?> f : Family.values()) {
      FastReader.Result fast = FastReader.read(f, new ByteArrayInputStream(files.get(f)));
      assertEquals(true, fast != null, f + " is read whole by the fast reader");
      List<Object> general = DataLoader.readGeneral(f, new ByteArrayInputStream(files.get(f)));
      assertEquals(general, fast.records(), f.name());
      assertEquals(false, general.isEmpty(), f.name());
    }
  }

  @Test
  void the_fast_reader_reads_a_surrogate_pair_and_repeated_values_as_the_general_path_does() throws Exception {
    Map<Family<?>, byte[]> files = bundled();
    String transfers = new String(files.get(Family.TRANSFERS), StandardCharsets.UTF_8)
        .replace("\"description\": \"SAM\"", "\"description\": \"S\uD835\uDC9CM \u00e9\u4e2d\"");
    byte[] file = transfers.getBytes(StandardCharsets.UTF_8);
    FastReader.Result fast = FastReader.read(Family.TRANSFERS, new ByteArrayInputStream(file));
    assertEquals(true, fast != null, "read whole");
    assertEquals(DataLoader.readGeneral(Family.TRANSFERS, new ByteArrayInputStream(file)), fast.records());
    List<String> descriptions = fast.records().stream()
        .map(r -> ((org.cstokit.model.transfer.ArmsTransfer) r).description())
        .filter(d -> d.equals("S\uD835\uDC9CM \u00e9\u4e2d")).toList();
    assertEquals(true, descriptions.size() > 1, "the changed description repeats");
    assertEquals(1L, descriptions.stream().map(System::identityHashCode).distinct().count(), "a repeated value is held once");
  }

  @Test
  void the_fast_reader_gives_up_on_the_hand_written_edge_cases_of_transfers() throws Exception {
    Map<Family<?>, byte[]> files = bundled();
    String transfers = new String(files.get(Family.TRANSFERS), StandardCharsets.UTF_8);
    List<String> cases = List.of(
        transfers.replace("\"numberOrdered\": 9,", "\"numberOrdered\": 9.0,"),
        transfers.replace("\"numberOrdered\": 9,", "\"numberOrdered\": \"9\","),
        transfers.replace("\"numberOrdered\": 9,", "\"numberOrdered\": null,"),
        transfers.replace("\"numberOrdered\": 9,", "\"numberOrdered\": 9, \"numberOrdered\": 9,"),
        transfers.replace("\"numberOrdered\": 9,", "\"numberOrdered\": 9, \"extra\": 1,"),
        transfers.replace("\"category\": \"AIR_DEFENCE\"", "\"category\": \"air_defence\""),
        transfers.replace("\"designation\": \"2K11 Krug/SA-4\"", "\"designation\": \"2K11\u0001\""),
        transfers.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
        transfers.replace("\"horizon\": \"2018-06\"", "\"horizon\": \"2018-13\""),
        transfers + " {}",
        transfers.replace("\"section\": \"Table III-1\",\n          \"row\": 1", "\"section\": \"Table III-1\",\n          \"section\": \"Table III-1\""),
        transfers.replace("\"designation\": \"2K11 Krug/SA-4\"", "\"designation\": \"2K11 \\uD835\""),
        transfers.replace("\"description\": \"SAM\"", "\"description\": \"S\uFDD0M\""));
    for (String c : cases) {
      assertEquals(false, c.equals(transfers), "the edge case changes the file");
      assertEquals(null, FastReader.read(Family.TRANSFERS, new ByteArrayInputStream(c.getBytes(StandardCharsets.UTF_8))));
      for (int chunk : SMALL_CHUNKS) {
        assertEquals(null, FastReader.read(Family.TRANSFERS, new ByteArrayInputStream(c.getBytes(StandardCharsets.UTF_8)), chunk),
            "gives up in pieces of " + chunk + " bytes");
      }
      // the fast reader gives up, and the loader says what the general path alone says
      DataSource source = with(files, Family.TRANSFERS, c.getBytes(StandardCharsets.UTF_8));
      Object general = outcome(() -> new DataLoader(source, false).load());
      assertEquals(general, outcome(() -> new DataLoader(source).load()));
      assertEquals(true, general instanceof String && ((String) general).startsWith("rejected"), String.valueOf(general));
    }
  }
}
