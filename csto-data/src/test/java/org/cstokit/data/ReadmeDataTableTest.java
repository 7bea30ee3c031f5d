package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's "What's in the data" table gives the true record count of every family. */
class ReadmeDataTableTest {
  @Test
  void the_readme_counts_match_the_bundled_data() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    Matcher m = Pattern.compile("\\| `([a-z-]+\\.json)` \\| (\\d+) \\|").matcher(readme);
    Map<String, Integer> shown = new TreeMap<>();
    while (m.find()) {
      shown.put(m.group(1), Integer.parseInt(m.group(2)));
    }
    Map<String, Integer> actual = new TreeMap<>();
    Dataset data = CstoData.bundled();
    for (Family f : Family.values()) {
      actual.put(f.fileName(), data.records(f).size());
    }
    assertEquals(actual, shown);
    assertEquals(true, readme.contains(data.facts().size() + " fact records and " + data.sources().size() + " sources"));
  }
}
