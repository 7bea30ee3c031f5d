package org.cstokit.analytics.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Aggregates" section shows exactly the code of the snippet classes (the lines
 * between their {@code README} markers) and exactly what that code prints on the bundled data.
 */
class ReadmeAggregatesTest {
  private static final Path README = Path.of("../README.md");
  private static final Path SOURCES = Path.of("src/test/java/org/cstokit/analytics/readme");
  private static final Pattern IMPORT = Pattern.compile("import (?:static )?[\\w.]+\\.(\\w+);");

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

  /** The import lines of a source file whose imported simple name occurs as a word in the code. */
  private static List<String> imports(List<String> source, List<String> code) {
    String text = String.join("\n", code);
    List<String> out = new ArrayList<>();
    for (String line : source) {
      Matcher m = IMPORT.matcher(line.strip());
      if (m.matches() && Pattern.compile("\\b" + Pattern.quote(m.group(1)) + "\\b").matcher(text).find()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  private static String output(Consumer<PrintStream> snippet) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    snippet.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void check(String name, String file, Consumer<PrintStream> snippet) throws IOException {
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
    List<String> source = Files.readAllLines(SOURCES.resolve(file), StandardCharsets.UTF_8);
    List<String> code = between(source, "// README:start", "// README:end").stream().map(String::strip).toList();
    List<String> shown = new ArrayList<>(imports(source, code));
    assertTrue(!shown.isEmpty(), name + " uses no import");
    shown.add("");
    shown.addAll(code);
    assertEquals(shown, between(readme, "<!-- " + name + ":start -->", "<!-- " + name + ":end -->").stream()
        .map(String::strip).toList(), "imports and code of " + name);
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
