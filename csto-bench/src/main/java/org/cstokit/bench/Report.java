package org.cstokit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Prints the table of issue 13 (What | Now | Target) in Markdown from one run's results: the
 * JMH result files ({@code *.json}, JMH's JSON format) and the harnesses' {@code RESULT key value}
 * lines ({@code *.txt}) in a results directory, as the script {@code csto-bench/run} leaves
 * them. A row whose figures are missing says so ("not measured") instead of inventing one.
 */
public final class Report {
  private final Map<String, JsonNode> jmh = new TreeMap<>();
  private final Map<String, String> results = new TreeMap<>();

  private Report(Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith(".json") && Files.size(f) > 0) {
          for (JsonNode run : mapper.readTree(f.toFile())) {
            jmh.put(key(run), run);
          }
        } else if (name.endsWith(".txt")) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.startsWith("RESULT ")) {
              String[] kv = line.substring(7).split(" ", 2);
              results.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
          }
        }
      }
    }
  }

  /** {@code Class.method} or {@code Class.method:param=value}, for one JMH result. */
  private static String key(JsonNode run) {
    String name = run.get("benchmark").asText();
    name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
    JsonNode params = run.get("params");
    if (params != null) {
      for (Map.Entry<String, JsonNode> p : params.properties()) {
        name += ":" + p.getKey() + "=" + p.getValue().asText();
      }
    }
    return name;
  }

  private Optional<JsonNode> run(String key) {
    return Optional.ofNullable(jmh.get(key));
  }

  /** A JMH score with its unit and error, e.g. {@code 7.41 ± 0.20 ms}. */
  private String score(String key, double scale, String unit) {
    return run(key).map(r -> {
      JsonNode m = r.get("primaryMetric");
      double s = m.get("score").asDouble() * scale;
      double e = m.get("scoreError").asDouble() * scale;
      return Double.isNaN(e) || e == 0 ? fmt(s) + " " + unit : fmt(s) + " ± " + fmt(e) + " " + unit;
    }).orElse("not measured");
  }

  /** Bytes allocated per operation from JMH's GC profiler, e.g. {@code 6.9 KB}. */
  private String allocated(String key) {
    return run(key).flatMap(r -> {
      for (Map.Entry<String, JsonNode> m : r.get("secondaryMetrics").properties()) {
        if (m.getKey().endsWith("gc.alloc.rate.norm")) {
          return Optional.of(bytes(m.getValue().get("score").asDouble()));
        }
      }
      return Optional.empty();
    }).orElse("? B (run with -prof gc)");
  }

  private static String bytes(double b) {
    if (b >= 1024 * 1024) {
      return fmt(b / (1024 * 1024)) + " MB";
    }
    return b >= 1024 ? fmt(b / 1024) + " KB" : fmt(b) + " B";
  }

  private static String fmt(double v) {
    if (v >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private String result(String key, String orElse) {
    return results.getOrDefault(key, orElse);
  }

  private String seconds(String key) {
    String ms = results.get(key);
    return ms == null ? "not measured" : fmt(Double.parseDouble(ms) / 1000) + " s";
  }

  private String load(int rows) {
    String key = "LoadBenchmark.load:rows=" + rows;
    if (run(key).isPresent()) {
      return score(key, 1e-3, "s");
    }
    String error = results.get("load.n" + rows + ".error");
    return error != null ? "fails: " + error.replace("|", "\\|") : "not measured";
  }

  private String side(String aggregation) {
    String p = "sidebyside." + aggregation + ".";
    if (!results.containsKey(p + "ratio")) {
      return "not measured";
    }
    return results.get(p + "ratio") + "× DuckDB (" + results.get(p + "library.ms") + " ms vs "
        + results.get(p + "duckdb.ms") + " ms, medians)";
  }

  private List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"`java -jar csto.jar members --on 2010-06-01`, cold, whole process",
        seconds("cli.members.ms") + " (`java -version` " + seconds("cli.java-version.ms") + ")",
        "≤ 0.35 s"});
    rows.add(new String[] {"`java -jar csto.jar --help` / `--version` / a typo",
        seconds("cli.help.ms") + " / " + seconds("cli.version.ms") + " / " + seconds("cli.typo.ms"),
        "≤ 0.15 s"});
    rows.add(new String[] {"first `CstoData.bundled()` in a fresh JVM",
        score("ColdStartBenchmark.firstBundled", 1, "ms"), "≤ 150 ms"});
    rows.add(new String[] {"the same, median of fresh JVMs: without / with an AppCDS archive (`-XX:SharedArchiveFile`)",
        result("cold.plain.ms", "not measured") + " / " + result("cold.appcds.ms", "not measured") + " ms",
        "≤ 150 ms (a JVM option: see the README)"});
    rows.add(new String[] {"warm reload of the bundled data",
        score("ReloadBenchmark.warmReload", 1, "ms") + " (" + allocated("ReloadBenchmark.warmReload")
            + " allocated)", "≤ 2 ms"});
    rows.add(new String[] {"`asOf(date)`", score("QueryBenchmark.asOf", 1, "µs") + " ("
        + allocated("QueryBenchmark.asOf") + " allocated)", "keep ≤ 0.2 µs"});
    rows.add(new String[] {"consensus verdict / basing verdict",
        score("QueryBenchmark.consensusVerdict", 1, "µs") + " / "
            + score("QueryBenchmark.basingVerdict", 1, "µs") + " ("
            + allocated("QueryBenchmark.consensusVerdict") + " / "
            + allocated("QueryBenchmark.basingVerdict") + " allocated)",
        "≤ 0.3 µs / ≤ 0.5 µs, ≤ 1 KB"});
    rows.add(new String[] {"load 10^5 / 10^6 synthetic transfers from the library's own JSON format",
        load(100_000) + " / " + load(1_000_000), "≤ 0.3 s / ≤ 2.5 s"});
    rows.add(new String[] {"heap per loaded transfer",
        results.containsKey("heap.per.transfer.bytes")
            ? "~" + result("heap.per.transfer.bytes", "") + " B (retained, from loads of "
                + result("heap.per.transfer.sizes", "?").replace(",", " and ") + " rows)"
            : "not measured", "≤ 250 B"});
    rows.add(new String[] {"deliveries by recipient × decade, and by category, at 10^6 transfers",
        side("BY_RECIPIENT_DECADE") + " / " + side("BY_CATEGORY") + "; DuckDB on "
            + result("sidebyside.duckdb.threads", "?") + " threads, "
            + result("sidebyside.rows", "?") + " rows; recipient × decade is `TransferQuery.pivot`;"
            + " the data set's first grouping, which builds its column table, took "
            + result("sidebyside.first.library.ms", "?") + " ms, once",
        "≤ 2× DuckDB, in the same run"});
    rows.add(new String[] {"(JMH, 10^6 transfers) `byCategory` / `byOrderDecade` / "
        + "recipient × decade (`pivot`)",
        score("AggregateBenchmark.byCategory:rows=1000000", 1, "ms") + " / "
            + score("AggregateBenchmark.byOrderDecade:rows=1000000", 1, "ms") + " / "
            + score("AggregateBenchmark.byRecipientDecade:rows=1000000", 1, "ms"),
        "(detail of the row above)"});
    rows.add(new String[] {"`mvn -B verify` (see the consumer issue)",
        results.containsKey("build.verify.ms") ? seconds("build.verify.ms")
            : "not measured by `run`", "≤ 3 min on 2 cores"});
    return rows;
  }

  /**
   * Prints the table: {@code Report <results directory>}.
   *
   * @param args the results directory
   */
  public static void main(String[] args) {
    Report report;
    try {
      report = new Report(Path.of(args[0]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("| What | Now | Target |");
    System.out.println("|---|---|---|");
    for (String[] row : report.rows()) {
      System.out.println("| " + String.join(" | ", row) + " |");
    }
  }
}
