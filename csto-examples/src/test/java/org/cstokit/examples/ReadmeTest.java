package org.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quick-start snippet is the code of {@link QuickStart}, and it prints what it says. */
class ReadmeTest {
  private static List<String> snippet(List<String> lines, String start, String end) {
    int from = lines.indexOf(lines.stream().filter(l -> l.trim().equals(start)).findFirst().orElseThrow());
    int to = lines.indexOf(lines.stream().filter(l -> l.trim().equals(end)).findFirst().orElseThrow());
    return lines.subList(from + 1, to).stream().map(String::trim).collect(Collectors.toList());
  }

  @Test
  void the_readme_quick_start_is_the_compiled_snippet() throws IOException {
    List<String> code = Files.readAllLines(Path.of("src/main/java/org/cstokit/examples/QuickStart.java"));
    List<String> readme = Files.readAllLines(Path.of("../README.md"));
    assertEquals(snippet(code, "// README:start", "// README:end"),
        snippet(readme, "<!-- quick-start:start -->", "<!-- quick-start:end -->").stream()
            .filter(l -> !l.startsWith("```")).collect(Collectors.toList()));
  }

  @Test
  void the_quick_start_prints_the_seven_members_of_2010() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(7, out.lines().count(), out);
    assertTrue(out.contains("Uzbekistan (Узбекистан): YES"), out);
    assertTrue(out.contains("Armenia (Армения): YES"), out);
  }
}
