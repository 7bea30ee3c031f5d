package org.cstokit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cstokit.data.DataLoader;
import org.cstokit.data.DataSource;
import org.cstokit.data.Dataset;

/**
 * Where the run script keeps the synthetic data sets and how the benchmarks load them: a
 * directory {@code n<rows>} per size under the directory named by the system property
 * {@value #PROPERTY} (the script sets {@code csto-bench/target/data}), loaded through the
 * library's public loader, {@code new DataLoader(DataSource.directory(dir)).load()}.
 */
public final class Synthetic {
  /** The system property naming the directory of the data sets. */
  public static final String PROPERTY = "csto.bench.data";

  private Synthetic() {}

  /**
   * The directory of the data set of a size, which must have been generated.
   *
   * @param rows the number of transfers
   * @return the directory
   * @throws IllegalStateException if the property is unset or the data set missing
   */
  public static Path directory(int rows) {
    String base = System.getProperty(PROPERTY);
    if (base == null) {
      throw new IllegalStateException("system property " + PROPERTY + " is not set; run csto-bench/run");
    }
    Path dir = Path.of(base, "n" + rows);
    if (!Files.isRegularFile(dir.resolve("transfers.json"))) {
      throw new IllegalStateException("no synthetic data set of " + rows + " rows at " + dir
          + "; generate it with SyntheticTransfers " + dir + " " + rows);
    }
    return dir;
  }

  /**
   * Loads a data directory through the library's loader, validating everything.
   *
   * @param dir the directory
   * @return the data set
   */
  public static Dataset load(Path dir) {
    return new DataLoader(DataSource.directory(dir)).load();
  }
}
