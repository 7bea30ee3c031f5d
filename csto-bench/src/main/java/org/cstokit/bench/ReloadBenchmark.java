package org.cstokit.bench;

import java.util.concurrent.TimeUnit;
import org.cstokit.data.DataLoader;
import org.cstokit.data.DataSource;
import org.cstokit.data.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A warm reload of the bundled data: a new {@link DataLoader} over {@link DataSource#bundled()}
 * in a JVM that has loaded it many times already (parse, build, validate every family; the
 * resources are read from the jar each time).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ReloadBenchmark {
  /** Creates the benchmark (JMH instantiates it). */
  public ReloadBenchmark() {}

  /**
   * Loads and validates the bundled files once more.
   *
   * @return the data set
   */
  @Benchmark
  public Dataset warmReload() {
    return new DataLoader(DataSource.bundled()).load();
  }
}
