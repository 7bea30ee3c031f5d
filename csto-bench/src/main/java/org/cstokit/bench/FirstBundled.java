package org.cstokit.bench;

import java.util.Locale;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;

/**
 * Prints how long the first {@link CstoData#bundled()} of this JVM took, in milliseconds: what
 * {@link ColdStartBenchmark} measures, outside JMH, so that {@code csto-bench/run} can time it in
 * fresh JVMs started with and without an AppCDS archive ({@code -XX:SharedArchiveFile}), a start-up
 * option of the JVM that a library cannot set for its users.
 */
public final class FirstBundled {
  private FirstBundled() {}

  /**
   * Loads the bundled data once and prints the time it took.
   *
   * @param args none
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    Dataset data = CstoData.bundled();
    long ns = System.nanoTime() - start;
    if (data.memberships().isEmpty()) {
      throw new IllegalStateException("the bundled data set has no memberships");
    }
    System.out.println(String.format(Locale.ROOT, "%.1f", ns / 1e6));
  }
}
