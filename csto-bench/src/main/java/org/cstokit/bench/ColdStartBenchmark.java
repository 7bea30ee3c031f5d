package org.cstokit.bench;

import java.util.concurrent.TimeUnit;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first {@link CstoData#bundled()} in a fresh JVM: one call per forked JVM (single-shot,
 * no warm-up), so every measurement pays class loading and reading and building every bundled
 * record, cold. The score is the mean over forks; raise {@code -f} for a tighter interval.
 * {@link FirstBundled} times the same call outside JMH, with and without an AppCDS archive.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
  /** Creates the benchmark (JMH instantiates it). */
  public ColdStartBenchmark() {}

  /**
   * The first call, which loads the data set.
   *
   * @return the data set
   */
  @Benchmark
  public Dataset firstBundled() {
    return CstoData.bundled();
  }
}
