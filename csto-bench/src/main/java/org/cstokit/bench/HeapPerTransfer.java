package org.cstokit.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cstokit.data.Dataset;

/**
 * Measures the heap that a loaded transfer retains, and whether (and how fast, once) data sets
 * of given sizes load at all. Run it in a fresh JVM with a large enough {@code -Xmx}:
 * {@code HeapPerTransfer <dir> …}, directories of synthetic data sets, smallest first.
 *
 * <p>Method: the used heap ({@code totalMemory - freeMemory}) after repeated full collections is
 * read before and after each load, keeping every loaded {@link Dataset} reachable. A load of
 * {@code n} rows retains {@code F + n·t}, where {@code F} is what the other families cost; two
 * sizes give {@code t = (Δ₂ − Δ₁) / (n₂ − n₁)}, free of {@code F}. Prints {@code RESULT} lines
 * that the run script's report reads: {@code load.<n>.ms}, {@code retained.<n>.bytes},
 * {@code load.<n>.error} when a load fails, and {@code heap.per.transfer.bytes}.
 */
public final class HeapPerTransfer {
  private HeapPerTransfer() {}

  /**
   * Loads each directory in turn and prints the results.
   *
   * @param args directories of synthetic data sets, smallest first
   */
  public static void main(String[] args) {
    List<Dataset> kept = new ArrayList<>();
    long[] rows = new long[args.length];
    long[] retained = new long[args.length];
    int loaded = 0;
    warmUp(args[0]);
    for (String arg : args) {
      Path dir = Path.of(arg);
      long before = usedAfterGc();
      long start = System.nanoTime();
      Dataset data;
      try {
        data = Synthetic.load(dir);
      } catch (RuntimeException | OutOfMemoryError e) {
        String why = String.valueOf(e).replaceAll("\\s+", " ");
        System.out.println("RESULT load." + dir.getFileName() + ".error "
            + (why.length() > 200 ? why.substring(0, 200) + "…" : why));
        continue;
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      kept.add(data);
      long after = usedAfterGc();
      int n = data.transfers().size();
      System.out.println("RESULT load." + n + ".ms " + ms);
      System.out.println("RESULT retained." + n + ".bytes " + (after - before));
      rows[loaded] = n;
      retained[loaded] = after - before;
      loaded++;
    }
    if (loaded >= 2) {
      long perTransfer = (retained[loaded - 1] - retained[0]) / (rows[loaded - 1] - rows[0]);
      System.out.println("RESULT heap.per.transfer.bytes " + perTransfer);
      System.out.println("RESULT heap.per.transfer.sizes " + rows[0] + "," + rows[loaded - 1]);
    }
    System.out.println("(kept " + kept.size() + " data sets reachable to the end)");
  }

  /** Loads the smallest set once and drops it, so that class loading is not counted as data. */
  private static void warmUp(String dir) {
    Synthetic.load(Path.of(dir)).transfers().size();
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
