package org.cstokit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's property-test example is the consumer project's test that CI builds against the
 * installed artifacts, and its dependency snippet names this artifact.
 */
class ReadmeExampleTest {
  private static String between(String text, String name) {
    String start = "<!-- " + name + ":start -->\n";
    int a = text.indexOf(start);
    int b = text.indexOf("<!-- " + name + ":end -->");
    assertEquals(true, a >= 0 && b > a, "README markers " + name);
    return text.substring(a + start.length(), b);
  }

  @Test
  void the_readme_shows_the_consumer_projects_property_test_and_the_dependency_it_uses() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String example = Files.readString(Path.of("src/it/consumer/src/test/java/example/BasingLawTest.java"),
        StandardCharsets.UTF_8);
    assertEquals("```java\n" + example + "```\n", between(readme, "testing-example"));
    String pom = Files.readString(Path.of("src/it/consumer/pom.xml"), StandardCharsets.UTF_8);
    String dependency = between(readme, "testing-dependency").replace("```xml\n", "").replace("```\n", "");
    String indented = dependency.lines().map(l -> "    " + l).reduce((x, y) -> x + "\n" + y).orElseThrow();
    assertEquals(true, pom.contains(indented), "the consumer's pom declares the README's dependency:\n" + indented);
  }
}
