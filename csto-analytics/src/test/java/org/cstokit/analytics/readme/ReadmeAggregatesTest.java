package org.cstokit.analytics.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Aggregates" section shows exactly the code of the snippet classes (the lines
 * between their {@code README} markers) and exactly what that code prints on the bundled data.
 */
class ReadmeAggregatesTest {
  private static final Path README = Path.of("../README.md");
  private static final Path SOURCES = Path.of("src/test/java/org/cstokit/analytics/readme");

  private static List<String> between(List<String> lines, String start, String end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(start)) {
        from = i;
      } else if (lines.get(i).trim().equals(end)) {
        to = i;
      }
    }
    if (from < 0 || to < from) {
      throw new AssertionError("markers " + start + " / " + end + " not found in order");
    }
    return lines.subList(from + 1, to).stream().filter(l -> !l.startsWith("```")).collect(Collectors.toList());
  }

  private static String output(Consumer<PrintStream> snippet) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    snippet.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void check(String name, String file, Consumer<PrintStream> snippet) throws IOException {
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
    List<String> code = Files.readAllLines(SOURCES.resolve(file), StandardCharsets.UTF_8);
    assertEquals(between(code, "// README:start", "// README:end").stream().map(String::strip).toList(),
        between(readme, "<!-- " + name + ":start -->", "<!-- " + name + ":end -->").stream().map(String::strip)
            .toList(), "code of " + name);
    assertEquals(output(snippet).lines().toList(),
        between(readme, "<!-- " + name + "-output:start -->", "<!-- " + name + "-output:end -->"),
        "output of " + name);
  }

  @Test
  void the_readme_shows_the_transfers_per_recipient_snippet_and_what_it_prints() throws IOException {
    check("aggregates-transfers", "TransfersPerRecipient.java", TransfersPerRecipient::run);
  }

  @Test
  void the_readme_shows_the_crrf_composition_snippet_and_what_it_prints() throws IOException {
    check("aggregates-crrf", "CrrfComposition.java", CrrfComposition::run);
  }

  @Test
  void the_readme_shows_the_hub_share_snippet_and_what_it_prints() throws IOException {
    check("aggregates-hub", "RussiaHubShare.java", RussiaHubShare::run);
  }

  @Test
  void the_transfers_snippet_prints_one_line_per_recipient_of_appendix_iii() {
    List<String> lines = output(TransfersPerRecipient::run).lines().toList();
    assertEquals(List.of("ARM", "BLR", "KAZ", "KGZ", "TJK"), lines.stream().map(l -> l.substring(0, 3)).toList());
  }
}
