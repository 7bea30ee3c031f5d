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

/**
 * The README's "What's in the data" table gives the true record count of every family, and
 * docs/ERRATA.md lists every dispute of the data.
 */
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
    for (Family<?> f : Family.values()) {
      actual.put(f.fileName(), data.records(f).size());
    }
    assertEquals(actual, shown);
    assertEquals(true, readme.contains(data.facts().size() + " fact records and " + data.sources().size() + " sources"));
  }

  @Test
  void the_errata_page_lists_every_dispute_of_the_data_under_its_rank() throws IOException {
    java.util.List<String> errata = Files.readAllLines(Path.of("../docs/ERRATA.md"));
    Dataset data = CstoData.bundled();
    java.util.List<String> deprecated = new java.util.ArrayList<>();
    java.util.List<String> alternative = new java.util.ArrayList<>();
    for (Family<?> f : Family.values()) {
      if (f == Family.SOURCES) {
        continue;
      }
      for (Object o : data.records(f)) {
        org.cstokit.model.source.Fact fact = (org.cstokit.model.source.Fact) o;
        for (org.cstokit.model.source.Dispute d : fact.disputes()) {
          String line = "- `" + fact.id().value() + "` · " + d.field() + ": \u201c" + d.value() + "\u201d"
              + d.note().map(n -> " \u2014 " + n).orElse("");
          (d.rank() == org.cstokit.model.source.Rank.DEPRECATED ? deprecated : alternative).add(line);
        }
      }
    }
    assertEquals(deprecated, section(errata, "## Printing errors the data corrects"));
    assertEquals(alternative, section(errata, "## Discrepancies inside the document and between sources"));
  }

  private static java.util.List<String> section(java.util.List<String> lines, String heading) {
    int from = lines.indexOf(heading);
    assertEquals(true, from >= 0, "heading " + heading);
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = from + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
      if (lines.get(i).startsWith("- `")) {
        out.add(lines.get(i));
      }
    }
    return out;
  }
}
