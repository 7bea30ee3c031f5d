package org.cstokit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every subcommand given a generated bad argument exits with 2 and one line on standard error, in
 * the user's words: no stack trace, no Java class name; and writing a file either replaces it
 * whole or leaves it alone.
 */
class CstoFuzzTest {
  private static final String[][] COMMANDS = {
      {"members", "--on"}, {"members", "--org"}, {"state"}, {"basing", "--host", "KGZ", "--guest"},
      {"basing", "--guest", "USA", "--host"}, {"defence", "--victim", "ARM", "--aggressor"},
      {"defence", "--victim", "ARM", "--aggressor", "AZE", "--on"}, {"intervention", "--host", "KGZ", "--on"},
      {"rotation", "chair", "--from"}, {"rotation", "secretary-general", "--to"}, {"office"}, {"office", "chair", "--on"},
      {"transfers", "--recipient"}, {"transfers", "--by"}, {"exercises", "--year"}, {"facilities", "--host"},
      {"export"}, {"network", "--period"}};
  private static final String[] BAD = {"", " ", "KGS", "ZZZ", "2010-13-01", "2010-02-30", "+1000000-01-01", "0000-01-01",
      "-0001-01-01", "1", "2147483647", "-2147483648", "99999999999999999999", "NaN", "--", "-x", "\u0000", "\uFFFF",
      "x".repeat(100_000), "2010..", "..", "9999..1", "ARM,ARM", "<script>", "%s%n", "\\", "'", "\""};

  @Test
  void every_subcommand_with_a_generated_bad_argument_exits_2_with_one_line_in_the_users_words() {
    long seed = Long.getLong("csto.fuzz.seed", 20261130L); // a failure names it; rerun with -Dcsto.fuzz.seed=N
    Random random = new Random(seed);
    int cases = 0;
    for (String[] command : COMMANDS) {
      for (int k = 0; k < 8; k++) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add(BAD[random.nextInt(BAD.length)]);
        CstoCliTest.Run r = CstoCliTest.csto(args.toArray(new String[0]));
        String shown = String.join(" ", args);
        shown = "seed " + seed + ": " + (shown.length() > 120 ? shown.substring(0, 120) + "…" : shown);
        assertEquals(2, r.code(), shown + "\n" + r.err() + r.out());
        assertEquals(1, r.err().lines().count(), shown + ": one line\n" + r.err());
        assertTrue(r.err().startsWith("csto: "), shown + "\n" + r.err());
        assertFalse(r.err().matches("(?s).*(Exception|\\bat org\\.|\\bjava\\.).*"), shown + ": no Java in the message\n" + r.err());
        assertTrue(r.err().length() < 400, shown + ": a long argument is not echoed whole");
        cases++;
      }
    }
    assertEquals(COMMANDS.length * 8, cases);
  }

  @Test
  void a_file_written_with_out_is_replaced_whole_and_a_failed_write_leaves_the_old_file(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("transfers.csv");
    Files.writeString(file, "old");
    CstoCliTest.Run ok = CstoCliTest.csto("export", "transfers", "--format", "csv", "--out", file.toString());
    assertEquals(0, ok.code(), ok.err());
    assertTrue(Files.readString(file).startsWith("id,"), "replaced whole");
    try (var leftovers = Files.list(dir)) {
      assertEquals(List.of(file), leftovers.toList(), "no temporary file left beside it");
    }
    CstoCliTest.Run toDir = CstoCliTest.csto("export", "transfers", "--format", "csv", "--out", dir.toString());
    assertEquals(2, toDir.code());
    assertTrue(toDir.err().contains("is a directory"), toDir.err());
    CstoCliTest.Run missing = CstoCliTest.csto("report", "--out", dir.resolve("no/such/dir/r.html").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no such directory"), missing.err());
  }

  @Test
  void output_that_cannot_be_written_is_not_reported_as_success() {
    java.io.StringWriter err = new java.io.StringWriter();
    java.io.PrintWriter broken = new java.io.PrintWriter(new java.io.Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void close() {}
    });
    int code = Csto.run(new String[] {"members", "--on", "2010-06-01"}, broken, new java.io.PrintWriter(err, true), java.time.Clock.systemUTC());
    assertEquals(1, code);
    assertEquals("csto: cannot write the output (standard output is full or closed)", err.toString().strip());
  }
}
