package org.cstokit.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.cstokit.analytics.rules.BasingCase;
import org.cstokit.analytics.rules.BasingRule;
import org.cstokit.analytics.rules.ConsensusCase;
import org.cstokit.analytics.rules.ConsensusRule;
import org.cstokit.analytics.rules.Verdict;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Snapshot;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Queries on the bundled data, warm, one call per operation: {@code asOf(date)}, the consensus
 * verdict of the README (the Collective Security Council on 2016-10-14, Belarus objecting,
 * Armenia supporting; the procedure and the members read from the data, as the rule does) and the basing verdict of the README (Kyrgyzstan hosting a U.S. base on
 * 2018-06-01, Russia objecting). Run with {@code -prof gc} for the bytes allocated per call
 * ({@code gc.alloc.rate.norm}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class QueryBenchmark {
  private static final StateCode KGZ = StateCode.of("KGZ");
  private static final StateCode USA = StateCode.of("USA");

  private Dataset data;
  private LocalDate day;
  private ConsensusCase consensus;
  private BasingCase basing;

  /** Creates the benchmark (JMH instantiates it). */
  public QueryBenchmark() {}

  /** Loads the bundled data and the arguments of the verdicts. */
  @Setup
  public void setUp() {
    data = CstoData.bundled();
    day = LocalDate.of(2016, 10, 14);
    consensus = ConsensusCase.builder().on(day).putPosition(StateCode.of("BLR"), Position.OBJECT)
        .putPosition(StateCode.of("ARM"), Position.SUPPORT).build();
    basing = BasingCase.builder().host(KGZ).guest(USA).on(LocalDate.of(2018, 6, 1)).addObjection(StateCode.of("RUS")).build();
  }

  /**
   * A time slice of the data set.
   *
   * @return the snapshot
   */
  @Benchmark
  public Snapshot asOf() {
    return data.asOf(day);
  }

  /**
   * A consensus decision with one objection.
   *
   * @return the verdict
   */
  @Benchmark
  public Verdict consensusVerdict() {
    return ConsensusRule.evaluate(data, consensus);
  }

  /**
   * A third-state basing check with one objection.
   *
   * @return the verdict
   */
  @Benchmark
  public Verdict basingVerdict() {
    return BasingRule.evaluate(data, basing);
  }
}
