package org.cstokit.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maintenance tool, not a test: loads the data files of a directory (default: the module's
 * bundled resources), validates them and rewrites each in the normal form of
 * {@link DataLoader#write}. Run after editing data by hand:
 * {@code mvn -pl csto-data test-compile exec...} or from an IDE.
 */
public final class NormalizeData {
  private NormalizeData() {}

  /**
   * Normalises the data files.
   *
   * @param args optionally, the directory of the data files
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/org/cstokit/data");
    Dataset data = new DataLoader(DataSource.directory(dir)).load();
    for (Family<?> f : Family.values()) {
      Files.writeString(dir.resolve(f.fileName()), DataLoader.write(data.records(f), data.dataVersion(),
          f == Family.SOURCES ? java.util.Optional.empty() : data.declaredHorizon(f)),
          StandardCharsets.UTF_8);
    }
  }
}
