package org.cstokit.examples;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every snippet of the README is code of the examples module, and every output block of the
 * README is what that code prints.
 */
class ReadmeTest {
  private static final Path README = Path.of("../README.md");
  private static final List<Path> SOURCES = List.of(
      Path.of("src/main/java/org/cstokit/examples/QuickStart.java"),
      Path.of("src/main/java/org/cstokit/examples/CharterRules.java"));

  static List<String> between(List<String> lines, String start, String end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(start)) {
        from = i;
      } else if (lines.get(i).trim().equals(end)) {
        to = i;
      }
    }
    assertTrue(from >= 0 && to > from, "markers " + start + " … " + end);
    return lines.subList(from + 1, to).stream().filter(l -> !l.startsWith("```")).collect(Collectors.toList());
  }

  /**
   * The snippet as the README must show it: the imports of its source file that the snippet's
   * code uses (by simple name), a blank line, then the code.
   */
  static List<String> code(String name) throws IOException {
    for (Path p : SOURCES) {
      List<String> lines = Files.readAllLines(p);
      if (lines.stream().anyMatch(l -> l.trim().equals("// README:" + name + ":start"))) {
        List<String> code = between(lines, "// README:" + name + ":start", "// README:" + name + ":end").stream()
            .map(String::trim).collect(Collectors.toList());
        List<String> shown = new ArrayList<>(imports(lines, code));
        assertTrue(!shown.isEmpty(), name + " uses no import");
        shown.add("");
        shown.addAll(code);
        return shown;
      }
    }
    throw new AssertionError("no snippet " + name + " in " + SOURCES);
  }

  /** The import lines of a source file whose imported simple name occurs as a word in the code. */
  static List<String> imports(List<String> source, List<String> code) {
    String text = String.join("\n", code);
    List<String> out = new ArrayList<>();
    for (String line : source) {
      Matcher m = IMPORT.matcher(line.trim());
      if (m.matches() && Pattern.compile("\\b" + Pattern.quote(m.group(1)) + "\\b").matcher(text).find()) {
        out.add(line.trim());
      }
    }
    return out;
  }

  private static final Pattern IMPORT = Pattern.compile("import (?:static )?[\\w.]+\\.(\\w+);");

  static String run(String name) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReadmeSnippet.SNIPPETS.get(name).accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).stripTrailing();
  }

  @TestFactory
  Stream<DynamicTest> every_readme_snippet_is_compiled_code_and_prints_what_the_readme_shows() throws IOException {
    List<String> readme = Files.readAllLines(README);
    assertEquals(ReadmeSnippet.SNIPPETS.size(),
        readme.stream().filter(l -> l.matches("<!-- snippet:[a-z-]+:start -->")).count(), "one README snippet per named snippet");
    return ReadmeSnippet.SNIPPETS.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
      assertEquals(code(name), between(readme, "<!-- snippet:" + name + ":start -->", "<!-- snippet:" + name + ":end -->"));
      assertEquals(String.join("\n", between(readme, "<!-- output:" + name + ":start -->", "<!-- output:" + name + ":end -->")),
          run(name));
    }));
  }
}
