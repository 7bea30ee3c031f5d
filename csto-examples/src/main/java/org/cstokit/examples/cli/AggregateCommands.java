package org.cstokit.examples.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cstokit.analytics.exercises.ExerciseGroup;
import org.cstokit.analytics.exercises.Exercises;
import org.cstokit.analytics.exercises.ViennaCheck;
import org.cstokit.analytics.exercises.ViennaFlag;
import org.cstokit.analytics.exercises.ViennaThresholds;
import org.cstokit.analytics.export.CsvTables;
import org.cstokit.analytics.export.FamilyCsv;
import org.cstokit.analytics.export.JsonTables;
import org.cstokit.analytics.export.SipriExport;
import org.cstokit.analytics.facilities.Facilities;
import org.cstokit.analytics.forces.Forces;
import org.cstokit.analytics.membership.MemberCounts;
import org.cstokit.analytics.membership.MembershipTimeline;
import org.cstokit.analytics.network.Network;
import org.cstokit.analytics.network.PeriodSummary;
import org.cstokit.analytics.network.StateShare;
import org.cstokit.model.time.YearSpan;
import org.cstokit.analytics.table.Figures;
import org.cstokit.analytics.table.Groups;
import org.cstokit.analytics.table.Total;
import org.cstokit.analytics.transfers.DeliveryMode;
import org.cstokit.analytics.transfers.Scope;
import org.cstokit.analytics.transfers.DeliveryYear;
import org.cstokit.analytics.transfers.TransferGroup;
import org.cstokit.analytics.transfers.TransferKey;
import org.cstokit.analytics.transfers.TransferQuery;
import org.cstokit.analytics.transfers.Transfers;
import org.cstokit.data.DataLoader;
import org.cstokit.data.Family;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.military.Facility;
import org.cstokit.model.military.Framework;
import org.cstokit.model.transfer.ArmsTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The subcommands over the aggregates of {@code csto-analytics}, and the exports. */
final class AggregateCommands {
  private AggregateCommands() {}

  /** Text of a total: "best [lower..upper]" ("+∞)" when unbounded, as the library writes it) or just the number when exact. */
  static String total(Total t) {
    if (t.inputs() == 0) {
      return "0";
    }
    Range<BigDecimal> b = t.bounds();
    boolean open = b.lowerBoundType() == BoundType.OPEN;
    boolean point = b.hasUpperBound() && b.upperEndpoint().compareTo(b.lowerEndpoint()) == 0 && !open;
    if (point) {
      return t.best().toPlainString();
    }
    return t.best().toPlainString() + " " + (open ? "(" : "[") + b.lowerEndpoint().toPlainString() + ".."
        + (b.hasUpperBound() ? b.upperEndpoint().toPlainString() + (b.upperBoundType() == BoundType.OPEN ? ")" : "]")
            : "+∞)");
  }

  /**
   * Text of a group key in the text tables: a decade as {@code 1990s}, any other key as its text,
   * {@code unknown} where the records lack it.
   */
  static String key(Optional<?> key) {
    return key.map(k -> k instanceof YearSpan s && s.length() == 10 && s.first() % 10 == 0 ? s.first() + "s"
        : k.toString()).orElse("unknown");
  }

  /** A value that may be unknown: {@code ?} in text and CSV, {@code null} in JSON. */
  static Object unknown(Optional<?> value) {
    return Table.cell(value, value.map(Object::toString).orElse("?"));
  }

  /** The delivery years of a transfer as an object {@code {first, last}}, each possibly null. */
  private static Map<String, Optional<Integer>> deliveries(ArmsTransfer x) {
    Map<String, Optional<Integer>> m = new java.util.LinkedHashMap<>();
    m.put("first", x.deliveryFirst());
    m.put("last", x.deliveryLast());
    return m;
  }

  /** Shared printing of record tables: text built by hand, JSON and CSV with the export columns. */
  abstract static class Records extends Csto.Base {
    <R extends Record> int emit(Class<R> type, List<? extends R> rows, Supplier<Table> text) {
      switch (format) {
        case CSV:
          out().print(CsvTables.toCsv(type, rows));
          out().flush();
          return 0;
        case JSON:
          out().println(JsonTables.toJson(rows));
          out().flush();
          return 0;
        default:
          return print(text.get());
      }
    }
  }

  /** Arms transfers. */
  @Command(name = "transfers", mixinStandardHelpOptions = true, description = Usage.TRANSFERS,
      footer = {"", "Examples:", "  csto transfers --by recipient", "  csto transfers --recipient ARM",
          "  csto transfers --recipient KAZ --by category",
          "  csto transfers --by decade --scope all"})
  static final class TransfersCommand extends Records {
    @Option(names = "--recipient", paramLabel = "CODE",
        description = "one recipient's transfers: listed, or grouped with --by")
    String recipient;

    @Option(names = "--by", paramLabel = "KEY",
        description = "group by recipient (default), supplier, year (of order), decade (of order), category or delivery (year)")
    String by;

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "table",
        description = "table (Appendix III rows, default), text (transfers the text describes) or all")
    String scope;

    @Override
    public Integer run() {
      Scope s = switch (scope.toLowerCase(Locale.ROOT)) {
        case "table" -> Scope.TABLE_ROWS;
        case "text" -> Scope.TEXTUAL;
        case "all" -> Scope.ALL;
        default -> throw new ParameterException(spec.commandLine(), "unknown scope " + scope + ": table, text or all");
      };
      TransferQuery query = Transfers.of(data).scope(s);
      if (recipient != null) {
        query = query.recipient(state(recipient));
      }
      if (recipient != null && by == null) {
        Table.Builder t = Table.of("id", "designation", "category", "order", "deliveries", "ordered", "delivered", "terms");
        query.records().forEach(x -> t.row(x.id(), x.designation(), x.category(), unknown(x.orderYear()),
            Table.cell(deliveries(x), x.deliveryFirst().map(f -> f + x.deliveryLast().filter(l -> !l.equals(f))
                .map(l -> "-" + l).orElse("")).orElse("?")),
            unknown(x.numberOrdered()), unknown(x.numberDelivered()), x.terms()));
        return print(t.build());
      }
      String key = by == null ? "recipient" : by.toLowerCase(Locale.ROOT);
      if (key.equals("delivery")) {
        if (recipient != null) {
          throw new ParameterException(spec.commandLine(), "--by delivery counts all recipients' deliveries per year;"
              + " group one recipient's transfers by recipient, supplier, year, decade or category");
        }
        var rows = query.byDeliveryYear(DeliveryMode.WHOLE).all();
        return emit(DeliveryYear.class, rows, () -> {
          Table.Builder t = Table.of("delivery year", "records", "multi-year", "delivered");
          rows.forEach(r -> t.row(key(r.year()), r.records(), r.multiYear(), total(r.delivered())));
          return t.build();
        });
      }
      TransferKey<?> k = switch (key) {
        case "recipient" -> TransferKey.RECIPIENT;
        case "supplier" -> TransferKey.SUPPLIER;
        case "year" -> TransferKey.ORDER_YEAR;
        case "decade" -> TransferKey.ORDER_DECADE;
        case "category" -> TransferKey.CATEGORY;
        default -> throw new ParameterException(spec.commandLine(),
            "unknown grouping " + by + ": recipient, supplier, year, decade, category or delivery");
      };
      return grouped(query, k, key);
    }

    private <K extends Comparable<? super K>> int grouped(TransferQuery query, TransferKey<K> k, String label) {
      List<TransferGroup<K>> rows = query.by(k).all();
      return emit(TransferGroup.class, rows, () -> {
        Table.Builder t = Table.of(label, "records", "ordered", "delivered", "unknown delivered");
        rows.forEach(g -> t.row(key(g.key()), g.records(), total(g.ordered()), total(g.delivered()),
            g.delivered().unknown()));
        return t.build();
      });
    }
  }

  /** Exercises. */
  @Command(name = "exercises", mixinStandardHelpOptions = true, description = Usage.EXERCISES,
      footer = {"", "Examples:", "  csto exercises --year 2017", "  csto exercises --by framework", "  csto exercises --vienna"})
  static final class ExercisesCommand extends Records {
    @Option(names = "--year", paramLabel = "YEAR", description = "list the exercises of one year")
    Integer year;

    @Option(names = "--by", paramLabel = "KEY", description = "group by year, host, series or framework")
    String by;

    @Option(names = "--vienna", description = "flag declared strengths under 13,000 with estimates above it")
    boolean vienna;

    @Override
    public Integer run() {
      if (year != null && (year < Codes.FIRST_YEAR || year > Codes.LAST_YEAR)) {
        throw new ParameterException(spec.commandLine(), "year " + year + " is out of range: exercises are"
            + " answered for the years " + Codes.FIRST_YEAR + " to " + Codes.LAST_YEAR);
      }
      if (vienna) {
        List<ViennaCheck> rows = Exercises.viennaCheck(data, ViennaThresholds.VIENNA_DOCUMENT_2011);
        return emit(ViennaCheck.class, rows, () -> {
          Table.Builder t = Table.of("exercise", "year", "declared", "estimated", "flag");
          rows.forEach(v -> t.row(v.name(), v.year(), v.declared().map(d -> d.toPlainString()).orElse("?"),
              v.estimated().map(d -> d.toPlainString()).orElse("?"), v.flag() == ViennaFlag.UNDERSTATED ? "FLAGGED" : ""));
          return t.build();
        });
      }
      if (by != null) {
        List<ExerciseRow> rows = switch (by.toLowerCase(Locale.ROOT)) {
          case "year" -> ExerciseRow.of(Groups.of(Exercises.perYear(data), Optional.empty()), Year::toString);
          case "host" -> ExerciseRow.of(Exercises.perHost(data), StateCode::value);
          case "series" -> ExerciseRow.of(Exercises.perSeries(data), s -> s);
          case "framework" -> ExerciseRow.of(Groups.of(Exercises.perFramework(data), Optional.empty()), Framework::name);
          default -> throw new ParameterException(spec.commandLine(), "unknown grouping " + by + ": year, host, series or framework");
        };
        return emit(ExerciseRow.class, rows, () -> {
          Table.Builder t = Table.of(by, "exercises", "held", "planned", "personnel");
          rows.forEach(g -> t.row(g.key(), g.exercises(), g.held(), g.planned(), total(g.personnel())));
          return t.build();
        });
      }
      Table.Builder t = Table.of("id", "name", "framework", "dates", "hosts", "participants", "personnel", "status");
      for (Exercise e : data.exercises()) {
        if (year == null || e.period().start().year() == year) {
          t.row(e.id(), e.name(), e.framework(), Table.cell(e.period(), e.period().toString()), e.hosts(), e.participants(),
              unknown(Figures.largest(e.personnel())), e.status());
        }
      }
      return print(t.build());
    }
  }

  /**
   * A row of a grouped exercise table as the tool prints it: the key as text ({@code unknown} for
   * the exercises without one), then the group's columns.
   *
   * @param key the key, or {@code unknown}
   * @param exercises the number of exercises
   * @param held how many were held
   * @param planned how many were planned
   * @param cancelled how many were cancelled
   * @param personnel the personnel of the held exercises
   */
  @JsonPropertyOrder({"key", "exercises", "held", "planned", "cancelled", "personnel"})
  public record ExerciseRow(String key, int exercises, int held, int planned, int cancelled, Total personnel) {
    static <K extends Comparable<? super K>> List<ExerciseRow> of(Groups<K, ExerciseGroup> groups,
        Function<K, String> label) {
      List<ExerciseRow> rows = new java.util.ArrayList<>();
      groups.known().forEach((k, g) -> rows.add(row(label.apply(k), g)));
      groups.unknown().ifPresent(g -> rows.add(row("unknown", g)));
      return rows;
    }

    private static ExerciseRow row(String key, ExerciseGroup g) {
      return new ExerciseRow(key, g.exercises(), g.held(), g.planned(), g.cancelled(), g.personnel());
    }
  }

  /** Facilities. */
  @Command(name = "facilities", mixinStandardHelpOptions = true, description = Usage.FACILITIES,
      footer = {"", "Examples:", "  csto facilities --host KGZ", "  csto facilities --format json"})
  static final class FacilitiesCommand extends Csto.Base {
    @Option(names = "--host", paramLabel = "CODE", description = "only the facilities in this state")
    String host;

    @Override
    public Integer run() {
      Optional<StateCode> h = Optional.ofNullable(host).map(this::state);
      Table.Builder t = Table.of("id", "name", "kind", "host", "operator", "status", "personnel", "expires");
      for (Facility f : data.facilities()) {
        if (h.map(x -> x.equals(f.host())).orElse(true)) {
          t.row(f.id(), f.name(), f.kind(), f.host(), f.operator(), f.status(), unknown(Figures.largest(f.personnel())),
              Facilities.expiry(data, f).map(l -> l.expires()));
        }
      }
      return print(t.build());
    }
  }

  /** The network of ties. */
  @Command(name = "network", mixinStandardHelpOptions = true, description = Usage.NETWORK,
      footer = {"", "Examples:", "  csto network", "  csto network --period 2010..2019"})
  static final class NetworkCommand extends Records {
    @Option(names = "--period", paramLabel = "FROM..TO", description = "one period of years, e.g. 2010..2019; default the decades")
    String period;

    @Option(names = "--shares", description = "list each state's share instead of the period summaries")
    boolean shares;

    @Override
    public Integer run() {
      Network network = Network.of(data);
      if (period != null) {
        String[] p = period.split("\\.\\.");
        try {
          int from = Integer.parseInt(p[0].trim());
          int to = Integer.parseInt(p[1].trim());
          if (to < from) {
            throw new ParameterException(spec.commandLine(), "range the wrong way round: " + period);
          }
          network = network.spans(YearSpan.closed(from, to));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
          throw new ParameterException(spec.commandLine(), "malformed period " + period + ": expected FROM..TO, e.g. 2010..2019");
        }
      }
      if (shares) {
        List<StateShare> rows = network.shares().values().stream().sorted(StateShare.RANKING).toList();
        return emit(StateShare.class, rows, () -> {
          Table.Builder t = Table.of("period", "state", "degree", "ties", "share", "tie share");
          rows.forEach(r -> t.row(r.period(), r.state(), r.degree(), r.ties(), String.format(Locale.ROOT, "%.2f", r.share()),
              String.format(Locale.ROOT, "%.2f", r.tieShare())));
          return t.build();
        });
      }
      List<PeriodSummary> rows = network.periods().values().asList();
      Map<YearSpan, StateShare> russia = network.hubShare(StateCode.of("RUS"));
      return emit(PeriodSummary.class, rows, () -> {
        Table.Builder t = Table.of("period", "states", "pairs", "ties", "centralisation", "Russia's share of pairs");
        for (PeriodSummary r : rows) {
          String share = Optional.ofNullable(russia.get(r.period()))
              .map(s -> String.format(Locale.ROOT, "%.2f", s.share())).orElse("0.00");
          t.row(r.period(), r.states(), r.pairs(), r.ties(), String.format(Locale.ROOT, "%.2f", r.centralization()), share);
        }
        return t.build();
      });
    }

  }

  /** Exports of families and tables. */
  @Command(name = "export", mixinStandardHelpOptions = true, description = Usage.EXPORT,
      footer = {"", "Families: states, memberships, transfers, … (the data files' names without",
          "  .json).",
          "Tables: transfers-by-recipient, transfers-by-category, transfers-by-decade,",
          "  deliveries, sipri, crrf-composition, strengths, exercises-per-year,",
          "  participation, vienna, facilities-by-host, presence, network-periods,",
          "  network-shares, membership-timeline, member-counts.",
          "", "Examples:", "  csto export transfers --format csv --out transfers.csv", "  csto export sipri --format csv",
          "  csto export crrf-composition --format json"})
  static final class Export extends Csto.Common {
    /** The formats of an export: it writes for programs, never an aligned text table. */
    enum ExportFormat {
      /** Comma-separated values with a header row. */
      CSV,
      /** JSON. */
      JSON
    }

    @Parameters(paramLabel = "NAME", description = "a family or a table")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv (default) or json")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
    Path file;

    @Override
    public Integer run() throws IOException {
      String text = render();
      if (file == null) {
        out().print(text);
        out().flush();
      } else {
        writeAtomically(file, text);
        out().println("wrote " + file + " (" + text.lines().count() + " lines)");
        out().flush();
      }
      return 0;
    }

    private String render() throws IOException {
      for (Family<?> f : Family.values()) {
        if (f.fileName().equals(name + ".json")) {
          return format == ExportFormat.CSV ? FamilyCsv.toCsv(data, f) : DataLoader.write(data.records(f), data.dataVersion());
        }
      }
      Map<String, Function<Boolean, String>> tables = new TreeMap<>();
      TransferQuery transfers = Transfers.of(data);
      tables.put("transfers-by-recipient", csv -> table(csv, TransferGroup.class, transfers.byRecipient().all()));
      tables.put("transfers-by-category", csv -> table(csv, TransferGroup.class, transfers.byCategory().all()));
      tables.put("transfers-by-decade", csv -> table(csv, TransferGroup.class, transfers.byOrderDecade().all()));
      tables.put("deliveries", csv -> table(csv, DeliveryYear.class, transfers.byDeliveryYear(DeliveryMode.WHOLE).all()));
      tables.put("sipri", csv -> table(csv, org.cstokit.analytics.export.SipriRow.class, SipriExport.rows(transfers)));
      tables.put("crrf-composition", csv -> table(csv, org.cstokit.analytics.forces.CompositionRow.class, List.copyOf(Forces.crrfComposition(data).values())));
      tables.put("strengths", csv -> table(csv, org.cstokit.analytics.forces.StrengthRow.class, Forces.strengthsOverTime(data)));
      tables.put("exercises-per-year", csv -> table(csv, ExerciseRow.class,
          ExerciseRow.of(Groups.of(Exercises.perYear(data), Optional.empty()), Year::toString)));
      tables.put("participation", csv -> table(csv, org.cstokit.analytics.exercises.Participation.class,
          Exercises.participation(data).cells()));
      tables.put("vienna", csv -> table(csv, ViennaCheck.class,
          Exercises.viennaCheck(data, ViennaThresholds.VIENNA_DOCUMENT_2011)));
      tables.put("facilities-by-host", csv -> table(csv, org.cstokit.analytics.facilities.FacilityGroup.class,
          Facilities.byHost(data).values().asList()));
      tables.put("presence", csv -> table(csv, org.cstokit.analytics.facilities.Presence.class,
          List.copyOf(Facilities.foreignPresence(data, YearSpan.closed(1991, LocalDate.now(clock()).getYear())).values())));
      tables.put("network-periods", csv -> table(csv, PeriodSummary.class, Network.of(data).periods().values().asList()));
      tables.put("network-shares", csv -> table(csv, StateShare.class,
          Network.of(data).shares().values().stream().sorted(StateShare.RANKING).toList()));
      tables.put("membership-timeline", csv -> table(csv, org.cstokit.analytics.membership.TimelineRow.class,
          MembershipTimeline.table(data)));
      tables.put("member-counts", csv -> table(csv, MemberCounts.Row.class,
          MemberCounts.perYear(data, OrganizationId.of("CSTO"), YearSpan.closed(1992, LocalDate.now(clock()).getYear()))
              .values().asList()));
      Function<Boolean, String> t = tables.get(name);
      if (t == null) {
        throw new ParameterException(spec.commandLine(), "unknown family or table " + name + "; see `csto export --help`");
      }
      return t.apply(format == ExportFormat.CSV);
    }

    private static <R extends Record> String table(boolean csv, Class<R> type, List<? extends R> rows) {
      return csv ? CsvTables.toCsv(type, rows) : JsonTables.toJson(rows) + "\n";
    }
  }

  /** The HTML report. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = Usage.REPORT,
      footer = {"", "Example:", "  csto report --out report.html"})
  static final class ReportCommand extends Csto.Common {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the HTML file to write")
    Path file;

    @Override
    public Integer run() throws IOException {
      String html = org.cstokit.examples.report.Report.html(data, clock());
      writeAtomically(file, html);
      out().println("wrote " + file + " (" + Files.size(file) + " bytes)");
      out().flush();
      return 0;
    }
  }
}
