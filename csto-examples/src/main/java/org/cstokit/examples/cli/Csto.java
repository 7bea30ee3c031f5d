package org.cstokit.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.cstokit.analytics.rules.Audit;
import org.cstokit.analytics.rules.BasingCase;
import org.cstokit.analytics.rules.BasingRule;
import org.cstokit.analytics.rules.CollectiveDefenceCase;
import org.cstokit.analytics.rules.CollectiveDefenceRule;
import org.cstokit.analytics.rules.InterventionCase;
import org.cstokit.analytics.rules.InterventionRule;
import org.cstokit.analytics.rules.OutOfAreaCase;
import org.cstokit.analytics.rules.OutOfAreaRule;
import org.cstokit.analytics.rules.Reason;
import org.cstokit.analytics.rules.Request;
import org.cstokit.analytics.rules.RotationSchedule;
import org.cstokit.analytics.rules.Verdict;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.examples.Tour;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.State;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.Source;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.YearSpan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code csto} command-line tool. Bad input (an unknown state code, a malformed date, a range
 * the wrong way round) prints one line, with a suggestion for near-miss codes, and exits with 2;
 * an internal error prints one line and exits with 1.
 */
@Command(name = "csto", mixinStandardHelpOptions = true, version = Usage.VERSION, description = Usage.DESCRIPTION,
    subcommands = {Csto.Tour.class, Csto.Members.class, Csto.StateCommand.class, Csto.Basing.class, Csto.Defence.class,
        Csto.Intervention.class, Csto.Rotation.class, Csto.OfficeCommand.class, Csto.AuditCommand.class, Csto.Sources.class,
        AggregateCommands.TransfersCommand.class, AggregateCommands.ExercisesCommand.class,
        AggregateCommands.FacilitiesCommand.class, AggregateCommands.NetworkCommand.class, AggregateCommands.Export.class,
        AggregateCommands.ReportCommand.class},
    footer = {"", "Examples:", "  csto members --on 2010-06-01", "  csto basing --host KGZ --guest USA --objection RUS",
        "  csto rotation secretary-general --from 2017 --to 2035", "  csto office secretary-general --on 2021-06-01"})
public final class Csto implements Runnable {
  @Spec
  CommandSpec spec;

  private final java.time.Clock clock;

  /**
   * Creates the root command.
   *
   * @param clock the clock that tells "today", for the commands whose day defaults to it
   */
  public Csto(java.time.Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand; try `csto --help`");
  }

  /**
   * Runs the tool. When the arguments run a subcommand that reads the data, the bundled data set
   * starts loading on a daemon thread at once, while the command line is built and parsed.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    Prefetch.start(args);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, new SystemClock()));
  }

  /**
   * The system clock in the default time zone, as {@link java.time.Clock#systemDefaultZone()},
   * but looking the zone up only when a command asks for today: the lookup reads the JDK's time
   * zone database, which help, the version and most commands never need.
   */
  private static final class SystemClock extends java.time.Clock {
    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneId.systemDefault();
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return java.time.Clock.system(zone);
    }

    @Override
    public java.time.Instant instant() {
      return java.time.Instant.now();
    }
  }

  /**
   * Runs the tool with the given streams.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @param clock the clock that tells "today" ({@code --on} left out, the report's last day)
   * @return the exit code: 0 success, 1 internal error, 2 bad input
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, java.time.Clock clock) {
    return run(commandLine(args, clock), args, out, err);
  }

  /** Runs the given command line of the tool (built whole or by {@link #commandLine}) on the arguments. */
  static int run(CommandLine cl, String[] args, PrintWriter out, PrintWriter err) {
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    Errors errors = new Errors(err);
    cl.setParameterExceptionHandler(errors);
    cl.setExecutionExceptionHandler(errors);
    int code = cl.execute(args);
    if (out.checkError()) {
      // a PrintWriter swallows write errors (a full device, a closed pipe): output lost is not success
      err.println("csto: cannot write the output (standard output is full or closed)");
      err.flush();
      return 1;
    }
    return code;
  }

  /**
   * The command line that parses these arguments: it parses, helps and fails as
   * {@code new CommandLine(new Csto(clock))}, but builds from annotations only the subcommand the
   * arguments reach. Picocli's reflection over a command (its annotations, its options, its help
   * mixin, its methods) takes most of the tool's start-up, and one run reaches at most one
   * subcommand: the first argument that names one, since no option of the root takes a value. The
   * root is built from {@link Usage} instead, and the other subcommands only if an argument may
   * ask for the root's help (one beginning with {@code -} and holding an {@code h}: {@code -h},
   * {@code --help}, {@code -hV}), as stubs with only the name and description that the help lists:
   * nothing else reads them, neither the version, nor the errors (which print only picocli's
   * message). An argument file ({@code @file}) may name any subcommand, so with one the whole tool
   * is built from its annotations.
   */
  static CommandLine commandLine(String[] args, java.time.Clock clock) {
    Csto root = new Csto(clock);
    boolean help = false;
    for (String a : args) {
      if (Usage.isArgumentFile(a)) {
        return new CommandLine(root);
      }
      help |= Usage.mayAskHelp(a);
    }
    String reached = Usage.reached(args);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(root).name("csto").version(Usage.VERSION);
    spec.usageMessage().description(Usage.DESCRIPTION).footer(Usage.FOOTER);
    // the options of mixinStandardHelpOptions, without picocli's reflection over its mixin class
    spec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).versionHelp(true)
        .description("Print version information and exit.").build());
    root.spec = spec;
    CommandLine cl = new CommandLine(spec);
    for (String[] sub : Usage.SUBCOMMANDS) {
      if (sub[0].equals(reached)) {
        cl.addSubcommand(new CommandLine(subcommand(reached)));
      } else if (help) {
        CommandSpec stub = CommandSpec.create().name(sub[0]);
        stub.usageMessage().description(sub[1]);
        cl.addSubcommand(stub);
      }
    }
    return cl;
  }

  /**
   * The class of the subcommand of this name, one of {@link Usage#SUBCOMMANDS}: a switch rather
   * than the annotation's list, whose reading loads every subcommand's class.
   */
  private static Class<?> subcommand(String name) {
    switch (name) {
      case "tour":
        return Tour.class;
      case "members":
        return Members.class;
      case "state":
        return StateCommand.class;
      case "basing":
        return Basing.class;
      case "defence":
        return Defence.class;
      case "intervention":
        return Intervention.class;
      case "rotation":
        return Rotation.class;
      case "office":
        return OfficeCommand.class;
      case "audit":
        return AuditCommand.class;
      case "sources":
        return Sources.class;
      case "transfers":
        return AggregateCommands.TransfersCommand.class;
      case "exercises":
        return AggregateCommands.ExercisesCommand.class;
      case "facilities":
        return AggregateCommands.FacilitiesCommand.class;
      case "network":
        return AggregateCommands.NetworkCommand.class;
      case "export":
        return AggregateCommands.Export.class;
      case "report":
        return AggregateCommands.ReportCommand.class;
      default:
        throw new IllegalArgumentException("no subcommand " + name);
    }
  }

  /**
   * How the tool reports bad input (exit code 2) and internal errors (1): one line on standard
   * error. A class rather than lambdas, whose first use costs the start-up a bootstrap each.
   */
  private static final class Errors implements CommandLine.IParameterExceptionHandler,
      CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    Errors(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      err.println("csto: " + Codes.oneLine(ex.getMessage()));
      err.flush();
      return 2;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, CommandLine.ParseResult parseResult) {
      if (ex instanceof IllegalArgumentException || ex instanceof ParameterException) {
        err.println("csto: " + Codes.oneLine(ex.getMessage()));
        err.flush();
        return 2;
      }
      err.println("csto: internal error: " + ex);
      err.flush();
      return 1;
    }
  }

  /**
   * Helpers of every subcommand over the data. The data set is loaded when a subcommand runs,
   * not when the command line is built, so that help, the version and a mistyped command answer
   * without loading it.
   */
  abstract static class Common implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The bundled data set; set by {@link #call()} before {@link #run()}. */
    Dataset data;

    @Override
    public final Integer call() throws Exception {
      data = Prefetch.data();
      return run();
    }

    /**
     * Runs the subcommand, with {@link #data} loaded.
     *
     * @return the exit code
     * @throws Exception as {@link Callable#call()} does
     */
    abstract Integer run() throws Exception;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    StateCode state(String text) {
      try {
        return Codes.state(data, text);
      } catch (CommandLine.TypeConversionException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }

    LocalDate day(String text, LocalDate otherwise) {
      if (text == null) {
        return otherwise;
      }
      try {
        return Codes.day(text);
      } catch (CommandLine.TypeConversionException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }

    /**
     * The query day of a command whose {@code --on} defaults to today, with the one
     * {@code note:} line on standard error that the answer needs: that the day defaulted to
     * today, and or that it lies past the horizon of the family the command answers from.
     */
    LocalDate queryDay(String text, Family<?> family) {
      LocalDate day = day(text, LocalDate.now(clock()));
      LocalDate horizon = data.horizon(family);
      StringBuilder note = new StringBuilder();
      if (text == null) {
        note.append("no --on given, so the answer is for today, ").append(day);
      }
      if (day.isAfter(horizon)) {
        note.append(note.length() == 0 ? "" : "; ").append(day).append(" lies past the horizon of the ")
            .append(family.fileName().replace(".json", "")).append(" data (").append(horizon)
            .append("): a record counts as YES only up to the last day its sources speak for, and a state or holder"
                + " not listed is unknown, not absent");
      }
      if (note.length() > 0) {
        spec.commandLine().getErr().println("note: " + note);
        spec.commandLine().getErr().flush();
      }
      return day;
    }

    /** The clock of "today": the one the tool was run with ({@link Csto#run}). */
    java.time.Clock clock() {
      return ((Csto) spec.root().userObject()).clock;
    }

    /**
     * Writes a file whole or not at all: into a temporary file beside the target, then moved over
     * it, so a full disk never leaves a truncated file in place of the old one. A path the user
     * got wrong (empty, a directory, in a missing directory) or a write that fails is a usage
     * error with one line.
     */
    void writeAtomically(java.nio.file.Path file, String text) {
      String name = file.toString();
      if (name.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--out needs a file name");
      }
      java.nio.file.Path target = file.toAbsolutePath();
      java.nio.file.Path dir = target.getParent();
      if (java.nio.file.Files.isDirectory(target)) {
        throw new ParameterException(spec.commandLine(), "--out " + Codes.shown(name) + " is a directory, not a file");
      }
      if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
        throw new ParameterException(spec.commandLine(), "--out " + Codes.shown(name) + ": no such directory");
      }
      java.nio.file.Path temporary = null;
      try {
        temporary = java.nio.file.Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        java.nio.file.Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
          java.nio.file.Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
          java.nio.file.Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (java.io.IOException e) {
        if (temporary != null) {
          try {
            java.nio.file.Files.deleteIfExists(temporary);
          } catch (java.io.IOException ignored) {
            // the write failed already; the temporary file is a leftover at worst
          }
        }
        throw new ParameterException(spec.commandLine(), "cannot write " + Codes.shown(name) + ": "
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "; the old file, if any, is unchanged");
      }
    }

    /** The rotation rule of an office named on the command line: secretary-general or chair. */
    org.cstokit.model.source.RotationRuleId rotationRule(String office) {
      if (office.equalsIgnoreCase("secretary-general")) {
        return org.cstokit.data.WellKnown.SECRETARY_GENERAL_ROTATION;
      }
      if (office.equalsIgnoreCase("chair")) {
        return org.cstokit.data.WellKnown.CHAIR_ROTATION;
      }
      throw new ParameterException(spec.commandLine(), "unknown office " + Codes.shown(office) + ": secretary-general or chair");
    }

    /** The Council positions given by --support and --object; a state given both is a usage error. */
    Map<StateCode, Position> positions(java.util.List<String> support, java.util.List<String> object) {
      Map<StateCode, Position> given = new TreeMap<>();
      support.forEach(s -> given.put(state(s), Position.SUPPORT));
      for (String o : object) {
        if (given.put(state(o), Position.OBJECT) == Position.SUPPORT) {
          throw new ParameterException(spec.commandLine(), "contradictory positions: " + state(o)
              + " is given both --support and --object");
        }
      }
      return given;
    }

  }

  /** The subcommands that print tables or verdicts, with {@code --format}. */
  abstract static class Base extends Common {
    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or csv", defaultValue = "text")
    Format format;

    int print(Table t) {
      t.print(out(), format);
      return 0;
    }

    /**
     * Prints a verdict: its explanation as text; in JSON one object with the verdict's fields
     * (the rule by its name in words, lists as arrays, each authority an object, each reason an
     * object with its code and text); in CSV one row with lists joined by spaces and the reasons'
     * text by {@code " | "}.
     */
    int print(Verdict v) {
      switch (format) {
        case TEXT:
          out().print(v.explain());
          out().flush();
          return 0;
        case JSON:
          Map<String, Object> o = new java.util.LinkedHashMap<>();
          o.put("outcome", v.outcome());
          o.put("rule", v.rule().label());
          o.put("authorities", v.authorities());
          o.put("canBlock", v.canBlock());
          o.put("blockedBy", v.blockedBy());
          o.put("obliged", v.obliged());
          o.put("mustConsent", v.mustConsent());
          o.put("reasons", v.reasons());
          out().println(Table.jsonText(o));
          out().flush();
          return 0;
        default:
          Table.Builder t = Table.of("outcome", "rule", "authorities", "canBlock", "blockedBy", "obliged", "mustConsent", "reasons");
          t.row(v.outcome(), v.rule().label(), join(v.authorities()), join(v.canBlock()), join(v.blockedBy()), join(v.obliged()),
              join(v.mustConsent()), texts(v.reasons(), " | "));
          return print(t.build());
      }
    }

    /** The reasons' text, joined. */
    static String texts(java.util.List<Reason> reasons, String separator) {
      StringBuilder s = new StringBuilder();
      for (Reason r : reasons) {
        s.append(s.length() == 0 ? "" : separator).append(r.text());
      }
      return s.toString();
    }

    static String join(Iterable<?> items) {
      StringBuilder s = new StringBuilder();
      for (Object o : items) {
        s.append(s.length() == 0 ? "" : " ").append(o);
      }
      return s.toString();
    }
  }

  /** The tour of the model. */
  @Command(name = "tour", mixinStandardHelpOptions = true, description = Usage.TOUR,
      footer = {"", "Example:", "  csto tour"})
  static final class Tour implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      org.cstokit.examples.Tour.run(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
      spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** Members and observers of an organization on a day. */
  @Command(name = "members", mixinStandardHelpOptions = true, description = Usage.MEMBERS,
      footer = {"", "Examples:", "  csto members --on 2010-06-01", "  csto members --org CIS --on 1995-01-01 --format csv"})
  static final class Members extends Base {
    @Option(names = "--on", paramLabel = "DATE", description = "the day (YYYY-MM-DD); default today")
    String on;

    @Option(names = "--org", paramLabel = "ORG", description = "the organization id; default CSTO", defaultValue = "CSTO")
    String org;

    @Override
    public Integer run() {
      OrganizationId id;
      try {
        id = OrganizationId.of(org.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "malformed organization id " + org);
      }
      if (data.findOrganization(id).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "unknown organization " + org);
      }
      LocalDate day = queryDay(on, Family.MEMBERSHIPS);
      Table.Builder t = Table.of("state", "name", "status", "truth", "since", "membership");
      for (Map.Entry<Membership, Truth> e : data.asOf(day).memberships().entrySet()) {
        Membership m = e.getKey();
        if (m.organization().equals(id)) {
          t.row(m.state(), data.state(m.state()).nameEn(), m.status(), e.getValue(), m.period().start(), m.id());
        }
      }
      return print(t.build());
    }
  }

  /** One state and its memberships. */
  @Command(name = "state", mixinStandardHelpOptions = true, description = Usage.STATE,
      footer = {"", "Examples:", "  csto state UZB", "  csto state --list"})
  static final class StateCommand extends Base {
    @Parameters(arity = "0..1", paramLabel = "CODE", description = "ISO alpha-3 or alpha-2 code or English name")
    String code;

    @Option(names = "--list", description = "list every state of the data set")
    boolean list;

    @Override
    public Integer run() {
      if (list || code == null) {
        Table.Builder t = Table.of("code", "alpha2", "name", "russian");
        data.states().forEach(s -> t.row(s.id(), s.alpha2(), s.nameEn(), s.nameRu()));
        return print(t.build());
      }
      State s = data.state(state(code));
      Table.Builder t = Table.of("organization", "status", "from", "to", "ending", "record");
      data.memberships().stream().filter(m -> m.state().equals(s.id())).forEach(m -> t.row(m.organization(), m.status(),
          m.period().start(), m.period().end(), m.ending(), m.id()));
      Table table = t.build();
      if (format == Format.JSON) {
        // one object: the state's names and codes, and its memberships as an array
        com.fasterxml.jackson.databind.node.ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        o.set("code", Table.json(s.id()));
        o.set("alpha2", Table.json(s.alpha2()));
        o.set("name", Table.json(s.nameEn()));
        o.set("russian", Table.json(s.nameRu()));
        o.set("cow", Table.json(s.cow()));
        o.set("wikidata", Table.json(s.wikidata()));
        o.set("memberships", table.toJson());
        out().println(Table.jsonText(o));
        out().flush();
        return 0;
      }
      if (format == Format.TEXT) {
        out().println(s.nameEn() + " (" + s.nameRu() + "), " + s.id() + " / " + s.alpha2()
            + s.cow().map(c -> ", COW " + c).orElse("") + s.wikidata().map(w -> ", Wikidata " + w).orElse(""));
      }
      return print(table);
    }
  }

  /** The third-state basing rule. */
  @Command(name = "basing", mixinStandardHelpOptions = true, description = Usage.BASING,
      footer = {"", "Examples:", "  csto basing --host KGZ --guest USA", "  csto basing --host KGZ --guest USA --objection RUS",
          "  csto basing --host TJK --guest CHN --reading explicit-consent \\",
          "      --consent RUS --consent KAZ"})
  static final class Basing extends Base {
    @Option(names = "--host", required = true, paramLabel = "CODE", description = "the host member")
    String host;

    @Option(names = "--guest", required = true, paramLabel = "CODE", description = "the state whose forces it would host")
    String guest;

    @Option(names = "--on", paramLabel = "DATE", description = "the day; default today")
    String on;

    @Option(names = "--objection", paramLabel = "CODE", description = "a member that officially objects (repeatable)")
    java.util.List<String> objections = new java.util.ArrayList<>();

    @Option(names = "--consent", paramLabel = "CODE", description = "a member that explicitly consents (repeatable)")
    java.util.List<String> consents = new java.util.ArrayList<>();

    @Option(names = "--reading", paramLabel = "READING", defaultValue = "no-objection",
        description = "no-objection (the protocol's text, default) or explicit-consent (the leaders' statements)")
    String reading;

    @Override
    public Integer run() {
      BasingRule.Reading r;
      if (reading.equalsIgnoreCase("no-objection")) {
        r = BasingRule.Reading.NO_OBJECTION;
      } else if (reading.equalsIgnoreCase("explicit-consent")) {
        r = BasingRule.Reading.EXPLICIT_CONSENT;
      } else {
        throw new ParameterException(spec.commandLine(), "unknown reading " + reading + ": no-objection or explicit-consent");
      }
      BasingCase.Builder c = BasingCase.builder().host(state(host)).guest(state(guest)).reading(r);
      objections.forEach(o -> c.addObjection(state(o)));
      consents.forEach(o -> c.addConsent(state(o)));
      return print(BasingRule.evaluate(data, c.on(queryDay(on, Family.MEMBERSHIPS)).build()));
    }
  }

  /** Collective defence. */
  @Command(name = "defence", mixinStandardHelpOptions = true, description = Usage.DEFENCE,
      footer = {"", "Examples:", "  csto defence --victim ARM --aggressor AZE --territory disputed \\",
          "      --request --on 2016-04-02",
          "  csto defence --victim ARM --aggressor AZE --request --on 2016-04-02",
          "  csto defence --victim KAZ --aggressor AFG --request --on 2022-01-06 \\",
          "      --support BLR,KGZ,RUS,TJK,ARM"})
  static final class Defence extends Base {
    @Option(names = "--victim", required = true, paramLabel = "CODE", description = "the attacked state")
    String victim;

    @Option(names = "--aggressor", required = true, paramLabel = "CODE", description = "the attacking state")
    String aggressor;

    @Option(names = "--territory", defaultValue = "recognised", paramLabel = "WHERE",
        description = "recognised (default) or disputed")
    String territory;

    @Option(names = "--request", description = "the victim asked for assistance")
    boolean request;

    @Option(names = "--on", paramLabel = "DATE", description = "the day; default today")
    String on;

    @Option(names = "--support", split = ",", paramLabel = "CODE", description = "members supporting assistance in the Council")
    java.util.List<String> support = new java.util.ArrayList<>();

    @Option(names = "--object", split = ",", paramLabel = "CODE", description = "members objecting in the Council")
    java.util.List<String> object = new java.util.ArrayList<>();

    @Override
    public Integer run() {
      Map<StateCode, Position> council = positions(support, object);
      CollectiveDefenceRule.Territory t;
      if (territory.equalsIgnoreCase("recognised") || territory.equalsIgnoreCase("recognized")) {
        t = CollectiveDefenceRule.Territory.RECOGNISED;
      } else if (territory.equalsIgnoreCase("disputed")) {
        t = CollectiveDefenceRule.Territory.DISPUTED;
      } else {
        throw new ParameterException(spec.commandLine(), "unknown territory " + territory + ": recognised or disputed");
      }
      return print(CollectiveDefenceRule.evaluate(data, CollectiveDefenceCase.builder().victim(state(victim))
          .aggressor(state(aggressor)).on(queryDay(on, Family.MEMBERSHIPS)).territory(t)
          .request(request ? Request.REQUESTED : Request.NOT_REQUESTED).positions(council).build()));
    }
  }

  /** Use of collective forces. */
  @Command(name = "intervention", mixinStandardHelpOptions = true, description = Usage.INTERVENTION,
      footer = {"", "Examples:", "  csto intervention --host KGZ --situation internal-unrest --request \\",
          "      --on 2010-06-14",
          "  csto intervention --out-of-area --on 2017-07-01 --support ARM,BLR,RUS,TJK"})
  static final class Intervention extends Base {
    @Option(names = "--host", paramLabel = "CODE", description = "the member where forces would act")
    String host;

    @Option(names = "--situation", defaultValue = "internal-unrest", paramLabel = "KIND",
        description = "external-aggression, unrest-with-external-involvement or internal-unrest (default)")
    String situation;

    @Option(names = "--request", description = "the host asked for or consented to the forces")
    boolean request;

    @Option(names = "--out-of-area", description = "a deployment outside the members' territory")
    boolean outOfArea;

    @Option(names = "--un-mandate", description = "the UN Security Council mandated the mission")
    boolean mandate;

    @Option(names = "--parliament", split = ",", paramLabel = "CODE", description = "members whose parliaments approved")
    java.util.List<String> parliaments = new java.util.ArrayList<>();

    @Option(names = "--support", split = ",", paramLabel = "CODE", description = "members supporting in the Council")
    java.util.List<String> support = new java.util.ArrayList<>();

    @Option(names = "--object", split = ",", paramLabel = "CODE", description = "members objecting in the Council")
    java.util.List<String> object = new java.util.ArrayList<>();

    @Option(names = "--on", paramLabel = "DATE", description = "the day; default today")
    String on;

    @Override
    public Integer run() {
      Map<StateCode, Position> positions = positions(support, object);
      if (outOfArea && host != null) {
        throw new ParameterException(spec.commandLine(), "contradictory options: --out-of-area is a deployment outside"
            + " the members' territory, so it takes no --host (" + host + ")");
      }
      StateCode hostCode = outOfArea || host == null ? null : state(host);
      LocalDate day = queryDay(on, Family.MEMBERSHIPS);
      if (outOfArea) {
        OutOfAreaCase.Builder c = OutOfAreaCase.builder().on(day).positions(positions)
            .mandate(mandate ? OutOfAreaRule.Mandate.MANDATED : OutOfAreaRule.Mandate.NOT_MANDATED);
        parliaments.forEach(p -> c.addParliamentaryApproval(state(p)));
        return print(OutOfAreaRule.evaluate(data, c.build()));
      }
      if (host == null) {
        throw new ParameterException(spec.commandLine(), "--host is required unless --out-of-area is given");
      }
      InterventionRule.Situation s;
      try {
        s = InterventionRule.Situation.valueOf(situation.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "unknown situation " + situation);
      }
      return print(InterventionRule.evaluate(data, InterventionCase.builder().host(hostCode).on(day).situation(s)
          .request(request ? Request.REQUESTED : Request.NOT_REQUESTED).positions(positions).build()));
    }
  }

  /** Rotation schedules. */
  @Command(name = "rotation", mixinStandardHelpOptions = true, description = Usage.ROTATION,
      footer = {"", "Examples:", "  csto rotation secretary-general --from 2017 --to 2035", "  csto rotation chair --deviations"})
  static final class Rotation extends Base {
    @Parameters(paramLabel = "OFFICE", description = "secretary-general or chair")
    String office;

    @Option(names = "--from", paramLabel = "YEAR", description = "the first year; default the rule's start")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "the last year; default ten years after --from")
    Integer to;

    @Option(names = "--deviations", description = "list the deviations of the recorded tenures instead")
    boolean deviations;

    @Override
    public Integer run() {
      org.cstokit.model.source.RotationRuleId rule = rotationRule(office);
      int start = from != null ? from : data.get(rule).anchor().year();
      int end = to != null ? to : Math.min(start + 10, Codes.LAST_YEAR);
      for (int year : new int[] {start, end}) {
        if (year < Codes.FIRST_YEAR || year > Codes.LAST_YEAR) {
          throw new ParameterException(spec.commandLine(), "year " + year + " is out of range: the rotation is answered for the"
              + " years " + Codes.FIRST_YEAR + " to " + Codes.LAST_YEAR);
        }
      }
      if (end < start) {
        throw new ParameterException(spec.commandLine(), "range the wrong way round: --from " + start + " --to " + end);
      }
      if (deviations) {
        Table.Builder t = Table.of("slot", "expected", "tenure", "kind", "minDays", "maxDays", "accounts", "description");
        RotationSchedule.deviations(data, rule, java.time.Year.of(end)).forEach(d -> t.row(d.slot().start(),
            d.slot().expected(), d.tenure(), d.kind(), d.minDays(), d.maxDays(), Table.cell(accounts(d.accounts()),
                d.accounts().stream().map(Object::toString).collect(java.util.stream.Collectors.joining("; "))),
            d.description()));
        return print(t.build());
      }
      Table.Builder t = Table.of("from", "to", "expected", "name", "derivedFrom");
      RotationSchedule.schedule(data, rule, YearSpan.closed(start, end)).forEach(s -> t.row(s.start(), s.lastDay(),
          s.expected(), data.state(s.expected()).nameEn(), s.rule()));
      return print(t.build());
    }

    /** Each account's figure as a JSON object: account, preferred (a boolean), minDays, maxDays. */
    static java.util.List<Map<String, Object>> accounts(java.util.List<RotationSchedule.AccountFigure> figures) {
      java.util.List<Map<String, Object>> out = new java.util.ArrayList<>();
      for (RotationSchedule.AccountFigure f : figures) {
        Map<String, Object> o = new java.util.LinkedHashMap<>();
        o.put("account", f.account());
        o.put("preferred", f.isPreferred());
        o.put("minDays", f.minDays());
        o.put("maxDays", f.maxDays());
        out.add(o);
      }
      return out;
    }
  }

  /** Who held a rotating office on a day. */
  @Command(name = "office", mixinStandardHelpOptions = true,
      description = Usage.OFFICE,
      footer = {"", "Examples:", "  csto office secretary-general --on 2021-06-01", "  csto office chair --on 2022-01-06 --format csv"})
  static final class OfficeCommand extends Base {
    @Parameters(paramLabel = "OFFICE", description = "secretary-general or chair")
    String office;

    @Option(names = "--on", paramLabel = "DATE", description = "the day (YYYY-MM-DD); default today")
    String on;

    @Override
    public Integer run() {
      org.cstokit.model.source.RotationRuleId rule = rotationRule(office);
      org.cstokit.model.institution.RotationRule r = data.get(rule);
      RecordId officeId = r.office();
      LocalDate day = queryDay(on, Family.TENURES);
      Table.Builder t = Table.of("role", "state", "person", "acting", "truth", "knownThrough", "record");
      Map<org.cstokit.model.institution.Tenure, Truth> holders = data.asOf(day).holders(officeId);
      holders.forEach((ten, truth) -> t.row("holder", ten.state(),
          ten.holder().map(p -> data.get(p).name()),
          Table.cell(ten.isActing(), ten.isActing() ? "acting" : "no"), truth, data.knownThrough(ten), ten.id()));
      if (holders.isEmpty()) {
        t.row("holder", null, null, null, Truth.UNKNOWN, null, "no tenure recorded on this day");
      }
      if (!day.isBefore(r.slotStart(0))) {
        RotationSchedule.schedule(data, rule, YearSpan.closed(day.getYear(), day.getYear())).stream()
            .filter(s -> s.covers(day)).findFirst()
            .ifPresent(s -> t.row("expected", s.expected(), null, null, "derived", null, rule + " slot " + s.start() + " to "
                + s.lastDay()));
      }
      return print(t.build());
    }
  }

  /** The audit of recorded decisions. */
  @Command(name = "audit", mixinStandardHelpOptions = true, description = Usage.AUDIT,
      footer = {"", "Example:", "  csto audit --format csv"})
  static final class AuditCommand extends Base {
    @Override
    public Integer run() {
      Table.Builder t = Table.of("record", "rule", "computed", "reported", "agreement", "why");
      Audit.evaluate(data).forEach(r -> t.row(r.record(), r.rule().label(), r.computed(), r.reported(), r.agreement(),
          texts(r.why(), "; ")));
      return print(t.build());
    }
  }

  /** The sources of the data. */
  @Command(name = "sources", mixinStandardHelpOptions = true, description = Usage.SOURCES,
      footer = {"", "Example:", "  csto sources"})
  static final class Sources extends Base {
    @Override
    public Integer run() {
      Table.Builder t = Table.of("id", "year", "kind", "records", "title", "address");
      for (Source s : data.sources()) {
        long n = data.facts().values().stream().filter(f -> f.citations().stream().anyMatch(c -> c.source().equals(s.id()))).count();
        t.row(s.id(), s.year(), s.kind(), n, s.title(), s.url());
      }
      return print(t.build());
    }
  }
}
