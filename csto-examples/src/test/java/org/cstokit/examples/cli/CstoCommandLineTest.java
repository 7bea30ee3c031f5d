package org.cstokit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line the tool builds for its arguments ({@link Csto#commandLine}), with only the
 * subcommand the arguments reach built whole, against the one built whole from the annotations.
 */
class CstoCommandLineTest {
  static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-11-26T00:00:00Z"),
      java.time.ZoneOffset.UTC);

  /** Exit code, standard output and standard error of one run. */
  static List<Object> run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Csto.run(cl, args, new PrintWriter(out, true), new PrintWriter(err, true));
    return List.of(code, out.toString(), err.toString());
  }

  static void sameAsWhole(String... args) {
    List<Object> whole = run(new CommandLine(new Csto(CLOCK)), args);
    List<Object> built = run(Csto.commandLine(args, CLOCK), args);
    assertEquals(whole, built, String.join(" ", args));
  }

  @Test
  void help_version_and_mistakes_at_the_root_answer_as_the_whole_command_line() {
    List<String[]> cases = new ArrayList<>(List.of(new String[0], new String[] {"--help"}, new String[] {"-h"},
        new String[] {"--version"}, new String[] {"-V"}, new String[] {"-hV"}, new String[] {"membres"},
        new String[] {"-x"}, new String[] {"--on", "2010-06-01"}, new String[] {"--", "members"},
        new String[] {"--help", "members"}, new String[] {"--version", "state", "--list"},
        new String[] {"members", "--hepl"}, new String[] {"members", "tour", "--on", "2010-06-01"},
        new String[] {"rotation"}, new String[] {"membres", "--help"}, new String[] {"-Vh"}, new String[] {"-hx"},
        new String[] {"--help=true"}, new String[] {"--hel"}, new String[] {"-"}, new String[] {"--"},
        new String[] {"-h", "-h"}, new String[] {"members", "members", "--help"}));
    for (String sub : new CommandLine(new Csto(CLOCK)).getSubcommands().keySet()) {
      cases.add(new String[] {sub, "--help"});
      cases.add(new String[] {sub, "-V"});
    }
    for (String[] args : cases) {
      sameAsWhole(args);
    }
    assertTrue(run(Csto.commandLine(new String[] {"--help"}, CLOCK), "--help").get(1).toString().contains("  members "),
        "the root's help lists the subcommands");
  }

  @Test
  void a_subcommand_answers_as_on_the_whole_command_line() {
    sameAsWhole("members", "--on", "2010-06-01");
    sameAsWhole("members", "--on", "2010-06-01", "--format", "json");
    sameAsWhole("state", "KGS");
    sameAsWhole("rotation", "chair", "--from", "2020", "--to", "2010");
    sameAsWhole("members", "--on", "2010-13-01");
    sameAsWhole("office", "chair", "--on", "2022-01-06", "--format", "csv");
  }

  @Test
  void the_roots_help_in_colour_is_the_whole_command_lines() {
    for (CommandLine.Help.Ansi ansi : CommandLine.Help.Ansi.values()) {
      assertEquals(new CommandLine(new Csto(CLOCK)).getUsageMessage(ansi),
          Csto.commandLine(new String[] {"--help"}, CLOCK).getUsageMessage(ansi), ansi.name());
    }
  }

  @Test
  void arguments_drawn_at_random_answer_as_on_the_whole_command_line() {
    String[] tokens = {"-h", "--help", "-V", "--version", "-hV", "-Vh", "-hx", "--he", "membres", "members", "tour",
        "state", "--list", "--on", "2010-06-01", "--format", "csv", "-x", "--", "-", "x", "", "-H", "help"};
    java.util.Random random = new java.util.Random(20261130L);
    for (int k = 0; k < 80; k++) {
      String[] args = new String[random.nextInt(4)];
      for (int i = 0; i < args.length; i++) {
        args[i] = tokens[random.nextInt(tokens.length)];
      }
      sameAsWhole(args);
    }
  }

  @Test
  void only_the_subcommand_the_arguments_reach_is_built_whole() {
    CommandLine help = Csto.commandLine(new String[] {"--help"}, CLOCK);
    assertEquals(new CommandLine(new Csto(CLOCK)).getSubcommands().keySet(), help.getSubcommands().keySet());
    assertTrue(help.getSubcommands().get("members").getCommandSpec().optionsMap().isEmpty(), "a stub has no options");
    CommandLine members = Csto.commandLine(new String[] {"--version", "members", "state", "--on", "2010-06-01"}, CLOCK);
    assertTrue(members.getSubcommands().get("members").getCommandSpec().optionsMap().containsKey("--on"));
    assertEquals(java.util.Set.of("members"), members.getSubcommands().keySet(),
        "only the first argument naming a subcommand reaches one, and without help no stub is needed");
    assertTrue(Csto.commandLine(new String[] {"--version"}, CLOCK).getSubcommands().isEmpty());
    assertTrue(Csto.commandLine(new String[] {"membres"}, CLOCK).getSubcommands().isEmpty());
    assertEquals(16, Csto.commandLine(new String[] {"membres", "-Vh"}, CLOCK).getSubcommands().size());
  }

  @Test
  void an_argument_file_may_name_any_subcommand_so_all_are_built(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("args");
    Files.writeString(file, "members\n--on\n2010-06-01\n");
    String at = "@" + file;
    CommandLine cl = Csto.commandLine(new String[] {at}, CLOCK);
    assertFalse(cl.getSubcommands().get("members").getCommandSpec().optionsMap().isEmpty());
    List<Object> r = run(cl, at);
    assertEquals(0, r.get(0), r.get(2).toString());
    assertTrue(r.get(1).toString().contains("UZB    Uzbekistan"), r.get(1).toString());
    sameAsWhole(at);
  }
}
