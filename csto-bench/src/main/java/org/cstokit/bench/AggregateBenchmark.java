package org.cstokit.bench;

import com.google.common.collect.ImmutableTable;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cstokit.analytics.table.Groups;
import org.cstokit.analytics.transfers.TransferCell;
import org.cstokit.analytics.transfers.TransferGroup;
import org.cstokit.analytics.transfers.TransferKey;
import org.cstokit.analytics.transfers.TransferQuery;
import org.cstokit.analytics.transfers.Transfers;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.YearSpan;
import org.cstokit.model.transfer.WeaponCategory;
import org.cstokit.data.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Transfer aggregates over a loaded synthetic data set of {@code rows} transfers (loaded once,
 * not timed): the library's {@code Transfers.of(data).byCategory()} and
 * {@code byOrderDecade()}, and recipient × decade through the library's two-key grouping
 * ({@link TransferQuery#pivot}). DuckDB's times for
 * the same aggregations come from {@link SideBySide}, in one JVM with the library's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx10g"})
@State(Scope.Benchmark)
public class AggregateBenchmark {
  /** The number of synthetic transfers. */
  @Param({"1000000"})
  public int rows;

  private Dataset data;

  /** Creates the benchmark (JMH instantiates it). */
  public AggregateBenchmark() {}

  /** Loads the data set. */
  @Setup
  public void setUp() {
    data = Synthetic.load(Synthetic.directory(rows));
  }

  /**
   * Totals by weapon category.
   *
   * @return the table
   */
  @Benchmark
  public Groups<WeaponCategory, TransferGroup<WeaponCategory>> byCategory() {
    return Transfers.of(data).byCategory();
  }

  /**
   * Totals by decade of order.
   *
   * @return the table
   */
  @Benchmark
  public Groups<YearSpan, TransferGroup<YearSpan>> byOrderDecade() {
    return Transfers.of(data).byOrderDecade();
  }

  /**
   * Totals by recipient × decade of order: the library's two-key grouping.
   *
   * @return the cells
   */
  @Benchmark
  public ImmutableTable<Optional<StateCode>, Optional<YearSpan>, TransferCell<StateCode, YearSpan>>
      byRecipientDecade() {
    return Transfers.of(data).pivot(TransferKey.RECIPIENT, TransferKey.ORDER_DECADE);
  }
}
