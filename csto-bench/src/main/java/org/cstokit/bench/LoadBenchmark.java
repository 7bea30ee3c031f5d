package org.cstokit.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * A load of a synthetic data set ({@link SyntheticTransfers}) of {@code rows} transfers from
 * the library's own JSON format through its public loader (every family parsed, built and
 * validated; the other families are the bundled ones and weigh little). Single shots: one load
 * per iteration after a warm-up load, in a JVM with a 10 GB heap. Needs the system property
 * {@value Synthetic#PROPERTY} (the run script passes it).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx10g"})
@State(Scope.Benchmark)
public class LoadBenchmark {
  /** The number of synthetic transfers. */
  @Param({"100000", "1000000"})
  public int rows;

  private Path dir;

  /** Creates the benchmark (JMH instantiates it). */
  public LoadBenchmark() {}

  /** Finds the data set of the size. */
  @Setup
  public void setUp() {
    dir = Synthetic.directory(rows);
  }

  /**
   * Loads the data set.
   *
   * @return the data set
   */
  @Benchmark
  public Dataset load() {
    return Synthetic.load(dir);
  }
}
