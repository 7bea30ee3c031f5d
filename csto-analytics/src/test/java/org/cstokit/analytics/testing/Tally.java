package org.cstokit.analytics.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts how often each branch of a property ran, so that a property whose interesting case is
 * never generated fails instead of passing vacuously. Run the property with {@link #qt()}, call
 * {@link #hit} inside it and {@link #atLeast} after it; the failure message gives every count and
 * the seed, which {@code -DQT_SEED=N} replays (a new seed is drawn for every run otherwise).
 */
public final class Tally {
  private final String property;
  private final long seed;
  private final Map<String, Integer> counts = new TreeMap<>();

  /**
   * @param property the property's name, for messages
   */
  public Tally(String property) {
    this.property = property;
    this.seed = Long.getLong("QT_SEED", System.nanoTime());
  }

  /**
   * @return QuickTheories seeded with this tally's seed, so that a floor that fails can be replayed
   */
  public org.quicktheories.QuickTheory qt() {
    return org.quicktheories.QuickTheory.qt().withFixedSeed(seed);
  }

  /**
   * Records one run of a branch.
   *
   * @param branch the branch's label
   */
  public synchronized void hit(String branch) {
    counts.merge(branch, 1, Integer::sum);
  }

  /**
   * @param branch a branch's label
   * @return how often it ran
   */
  public synchronized int count(String branch) {
    return counts.getOrDefault(branch, 0);
  }

  /**
   * Fails unless a branch ran at least {@code floor} times.
   *
   * @param branch the branch's label
   * @param floor the least number of runs
   * @return this tally, to chain floors
   */
  public synchronized Tally atLeast(String branch, int floor) {
    if (Boolean.getBoolean("csto.tally.print")) {
      System.err.println("tally " + this + " floor " + branch + " >= " + floor);
    }
    assertTrue(count(branch) >= floor,
        () -> property + ": branch '" + branch + "' ran " + count(branch) + " times, below its floor of " + floor
            + "; all branches: " + counts + "; seed " + seed + " (rerun with -DQT_SEED=" + seed + ")");
    return this;
  }

  @Override
  public synchronized String toString() {
    return property + " " + counts;
  }
}
