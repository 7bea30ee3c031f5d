package org.cstokit.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the loader reads data files from: the seam that lets tests load fixtures instead of the
 * bundled files (after libphonenumber's {@code MetadataLoader}).
 */
@FunctionalInterface
public interface DataSource {
  /**
   * Opens a data file. The loader opens every file once, one at a time, in family order; then,
   * one at a time and in family order again, it opens a second time each file that its fast
   * reader could not read whole (a file not in the form {@link DataLoader#write} writes, or with
   * a problem), to read it through the general path that reports what is wrong. A source must
   * therefore give the same content each time a file is opened during one load.
   *
   * @param fileName the file name, e.g. {@code states.json}
   * @return the stream, or empty when the source has no such file
   * @throws IOException if the file exists but cannot be read
   */
  Optional<InputStream> open(String fileName) throws IOException;

  /**
   * The files bundled in the jar under {@code org/cstokit/data/}.
   *
   * @return the bundled data source
   */
  static DataSource bundled() {
    return fileName -> Optional.ofNullable(DataSource.class.getResourceAsStream(fileName));
  }

  /**
   * The files of a directory.
   *
   * @param directory the directory
   * @return a data source reading from it
   */
  static DataSource directory(Path directory) {
    if (directory == null) {
      throw new IllegalArgumentException("directory: null; give the directory that holds the data files");
    }
    return fileName -> {
      try {
        return Optional.of(Files.newInputStream(directory.resolve(fileName)));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
    };
  }
}
