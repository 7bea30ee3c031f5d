package org.cstokit.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.cstokit.analytics.transfers.Scope;
import org.cstokit.analytics.transfers.TransferCell;
import org.cstokit.analytics.transfers.TransferGroup;
import org.cstokit.analytics.transfers.TransferKey;
import org.cstokit.analytics.transfers.TransferQuery;
import org.cstokit.analytics.transfers.Transfers;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.YearSpan;
import org.cstokit.model.transfer.ArmsTransfer;
import org.cstokit.model.transfer.WeaponCategory;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The same aggregations in the library and in DuckDB (in-process, in memory), on the same rows,
 * in one JVM: items ordered and delivered, with record counts, by weapon category and by
 * recipient × decade of order. Both sides start from rows already in memory — the library from
 * a loaded {@link Dataset}, DuckDB from a table filled from that data set's table rows through
 * its appender — so only the aggregation is timed, never a load. The answers are compared group
 * by group before anything is timed: a disagreement is an error, not a slow result.
 *
 * <p>On the library's side, by category is {@code Transfers.of(data).byCategory()}; recipient ×
 * decade is the library's two-key grouping, {@link TransferQuery#pivot}. Both sides' group keys
 * are written as text: a category's name, {@code KAZ|1990s}, {@code unknown} for a decade the
 * records lack.
 * DuckDB runs with its default thread count (every core); the library runs on one thread.
 */
public final class SideBySide implements AutoCloseable {
  /** An aggregation run on both sides. */
  public enum Aggregation {
    /** Totals by weapon category. */
    BY_CATEGORY("SELECT category AS k, count(*), sum(number_ordered), sum(number_delivered) "
        + "FROM transfers GROUP BY category"),
    /** Totals by recipient and decade of order ({@code unknown} without an order year). */
    BY_RECIPIENT_DECADE("SELECT recipient || '|' || coalesce(CAST(order_year - order_year % 10 AS VARCHAR)"
        + " || 's', 'unknown') AS k, count(*), sum(number_ordered), sum(number_delivered) "
        + "FROM transfers GROUP BY recipient, order_year - order_year % 10");

    private final String sql;

    Aggregation(String sql) {
      this.sql = sql;
    }

    /**
     * The DuckDB query of this aggregation.
     *
     * @return the SQL text
     */
    public String sql() {
      return sql;
    }
  }

  /**
   * One group's figures, as both sides can state them exactly.
   *
   * @param records how many records the group has
   * @param ordered the sum of the numbers ordered that are given
   * @param delivered the sum of the numbers delivered that are given
   */
  public record Sums(long records, long ordered, long delivered) {}

  /** Every result's size is added here, so that no timed run is optimised away. */
  private static volatile int consumed;

  private final Dataset data;
  private final Connection duck;

  /**
   * Opens an in-memory DuckDB and fills its table {@code transfers} with the table rows of a
   * data set (recipient, category, order year, numbers ordered and delivered; absent values as
   * NULL).
   *
   * @param data the loaded data set
   * @throws SQLException if DuckDB fails
   */
  public SideBySide(Dataset data) throws SQLException {
    this.data = data;
    this.duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duck.createStatement()) {
      s.execute("CREATE TABLE transfers (recipient VARCHAR NOT NULL, category VARCHAR NOT NULL, "
          + "order_year INTEGER, number_ordered INTEGER, number_delivered INTEGER)");
    }
    try (DuckDBAppender a = duck.unwrap(DuckDBConnection.class).createAppender(
        DuckDBConnection.DEFAULT_SCHEMA, "transfers")) {
      for (ArmsTransfer t : data.transfers()) {
        if (!Scope.TABLE_ROWS.includes(t)) {
          continue;
        }
        a.beginRow();
        a.append(t.recipient().value());
        a.append(t.category().name());
        appendOrNull(a, t.orderYear().orElse(null));
        appendOrNull(a, t.numberOrdered().orElse(null));
        appendOrNull(a, t.numberDelivered().orElse(null));
        a.endRow();
      }
    }
  }

  private static void appendOrNull(DuckDBAppender a, Integer value) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else {
      a.append(value.intValue());
    }
  }

  /**
   * Runs an aggregation in the library.
   *
   * @param aggregation which
   * @return the figures by group key
   */
  public Map<String, Sums> library(Aggregation aggregation) {
    Map<String, Sums> out = new TreeMap<>();
    if (aggregation == Aggregation.BY_CATEGORY) {
      for (TransferGroup<WeaponCategory> g : Transfers.of(data).byCategory().all()) {
        out.put(g.key().map(WeaponCategory::name).orElse("unknown"), sums(g));
      }
    } else {
      for (TransferCell<StateCode, YearSpan> c : Transfers.of(data).pivot(TransferKey.RECIPIENT,
          TransferKey.ORDER_DECADE).values()) {
        out.put(c.row().map(StateCode::value).orElse("unknown") + "|"
            + c.column().map(d -> d.first() + "s").orElse("unknown"), sums(c.asGroup()));
      }
    }
    return out;
  }

  /**
   * Runs an aggregation in DuckDB.
   *
   * @param aggregation which
   * @return the figures by group key
   * @throws SQLException if DuckDB fails
   */
  public Map<String, Sums> duckdb(Aggregation aggregation) throws SQLException {
    Map<String, Sums> out = new TreeMap<>();
    try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(aggregation.sql())) {
      while (r.next()) {
        out.put(r.getString(1), new Sums(r.getLong(2), r.getLong(3), r.getLong(4)));
      }
    }
    return out;
  }

  private static Sums sums(TransferGroup<?> g) {
    return new Sums(g.records(), g.ordered().best().longValueExact(), g.delivered().best().longValueExact());
  }

  /**
   * Checks that both sides give the same figures for every group.
   *
   * @param aggregation which
   * @throws IllegalStateException naming the first differing group if they disagree
   * @throws SQLException if DuckDB fails
   */
  public void checkAgreement(Aggregation aggregation) throws SQLException {
    Map<String, Sums> lib = library(aggregation);
    Map<String, Sums> db = duckdb(aggregation);
    if (!lib.equals(db)) {
      for (String key : new java.util.TreeSet<>(union(lib, db))) {
        if (!java.util.Objects.equals(lib.get(key), db.get(key))) {
          throw new IllegalStateException(aggregation + ": library and DuckDB disagree on " + key
              + ": library " + lib.get(key) + ", DuckDB " + db.get(key));
        }
      }
    }
  }

  private static List<String> union(Map<String, Sums> a, Map<String, Sums> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  /**
   * The median wall time of an aggregation in the library, in milliseconds.
   *
   * @param aggregation which
   * @param warmUps untimed runs first
   * @param runs timed runs
   * @return the median
   */
  public double timeLibrary(Aggregation aggregation, int warmUps, int runs) {
    return median(() -> library(aggregation), warmUps, runs);
  }

  /**
   * The median wall time of an aggregation in DuckDB (query and reading every result row), in
   * milliseconds.
   *
   * @param aggregation which
   * @param warmUps untimed runs first
   * @param runs timed runs
   * @return the median
   */
  public double timeDuckdb(Aggregation aggregation, int warmUps, int runs) {
    return median(() -> {
      try {
        return duckdb(aggregation);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }, warmUps, runs);
  }

  private static double median(Supplier<Map<String, Sums>> run, int warmUps, int runs) {
    int sink = 0;
    for (int i = 0; i < warmUps; i++) {
      sink += run.get().size();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      sink += run.get().size();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    consumed = sink;
    Arrays.sort(ms);
    return runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
  }

  /**
   * The number of threads DuckDB runs with.
   *
   * @return the setting
   * @throws SQLException if DuckDB fails
   */
  public long duckdbThreads() throws SQLException {
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery("SELECT current_setting('threads')")) {
      r.next();
      return r.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    duck.close();
  }

  /**
   * Loads a synthetic data set, checks agreement, then times both aggregations on both sides:
   * {@code SideBySide <dir> [warmUps] [runs]}. Prints {@code RESULT} lines for the report.
   *
   * @param args the data directory, and optionally warm-up and timed run counts (5 and 11)
   * @throws SQLException if DuckDB fails
   */
  public static void main(String[] args) throws SQLException {
    Dataset data = Synthetic.load(Path.of(args[0]));
    int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 11;
    int n = data.transfers().size();
    try (SideBySide sides = new SideBySide(data)) {
      System.out.println("RESULT sidebyside.rows " + n);
      System.out.println("RESULT sidebyside.duckdb.threads " + sides.duckdbThreads());
      // the first grouping of a data set builds its column table (TransferQuery reads it, and it
      // is kept for the data set's life): timed once, apart from the medians below, which do not
      // include it
      long start = System.nanoTime();
      int groups = Transfers.of(data).byCategory().size();
      System.out.printf("RESULT sidebyside.first.library.ms %.2f%n", (System.nanoTime() - start) / 1e6);
      consumed = groups;
      for (Aggregation a : Aggregation.values()) {
        sides.checkAgreement(a);
        System.out.println("RESULT sidebyside." + a + ".groups " + sides.library(a).size());
        double lib = sides.timeLibrary(a, warmUps, runs);
        double db = sides.timeDuckdb(a, warmUps, runs);
        System.out.printf("RESULT sidebyside.%s.library.ms %.2f%n", a, lib);
        System.out.printf("RESULT sidebyside.%s.duckdb.ms %.2f%n", a, db);
        System.out.printf("RESULT sidebyside.%s.ratio %.1f%n", a, lib / db);
      }
    }
  }
}
