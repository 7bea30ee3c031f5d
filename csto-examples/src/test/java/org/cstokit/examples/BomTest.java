package org.cstokit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM has no parent (so that importing it manages only CSTO Kit's artifacts), so nothing in
 * Maven keeps it in step with the build: this test does.
 */
class BomTest {
  private static final Path ROOT = Path.of("..");

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(pom.toFile());
  }

  /** The text of the first child element of {@code parent} with that name, or "". */
  private static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    return "";
  }

  private static List<Element> all(Element parent, String name) {
    NodeList list = parent.getElementsByTagName(name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  @Test
  void the_bom_has_the_build_s_version_and_manages_exactly_the_artifacts_of_the_reactor() throws Exception {
    Element parent = read(ROOT.resolve("pom.xml")).getDocumentElement();
    Element bom = read(ROOT.resolve("csto-bom/pom.xml")).getDocumentElement();
    assertEquals("", child(bom, "parent"), "the BOM inherits nothing");
    assertEquals(child(parent, "groupId"), child(bom, "groupId"));
    assertEquals(child(parent, "version"), child(bom, "version"), "the BOM's version is the build's");

    List<String> published = new ArrayList<>();
    List<String> unpublished = new ArrayList<>();
    for (Element module : all(parent, "module")) {
      if (!module.getTextContent().trim().equals("csto-bom")) {
        Element pom = read(ROOT.resolve(module.getTextContent().trim()).resolve("pom.xml")).getDocumentElement();
        // a module that is never deployed (csto-bench) is not published, so not in the BOM
        if (!child(pom, "properties").isEmpty() && all(pom, "maven.deploy.skip").stream()
            .anyMatch(e -> e.getTextContent().trim().equals("true"))) {
          unpublished.add(child(pom, "artifactId"));
          continue;
        }
        published.add(child(pom, "artifactId"));
      }
    }
    assertTrue(published.contains("csto-model"), "modules read: " + published);
    assertEquals(List.of("csto-bench"), unpublished, "the modules that are never deployed");

    List<String> managed = new ArrayList<>();
    for (Element dependency : all(bom, "dependency")) {
      assertEquals("org.cstokit", child(dependency, "groupId"));
      assertEquals("${project.version}", child(dependency, "version"), child(dependency, "artifactId"));
      assertEquals("", child(dependency, "scope"), "a BOM entry sets no scope: " + child(dependency, "artifactId"));
      managed.add(child(dependency, "artifactId"));
    }
    assertEquals(published, managed, "the BOM lists every module of the reactor, in the reactor's order");
  }

  @Test
  void the_readme_imports_the_bom_at_the_build_s_version_and_names_real_artifacts() throws Exception {
    String version = child(read(ROOT.resolve("pom.xml")).getDocumentElement(), "version");
    List<String> readme = java.nio.file.Files.readAllLines(ROOT.resolve("README.md"));
    int from = readme.indexOf("<!-- use-it:start -->");
    int to = readme.indexOf("<!-- use-it:end -->");
    assertTrue(from >= 0 && to > from, "the README's use-it block");
    String xml = String.join("\n", readme.subList(from + 2, to - 1));
    Element snippet = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new org.xml.sax.InputSource(new java.io.StringReader("<project>" + xml + "</project>"))).getDocumentElement();
    Element bomImport = all(all(snippet, "dependencyManagement").get(0), "dependency").get(0);
    assertEquals("csto-bom", child(bomImport, "artifactId"));
    assertEquals(version, child(bomImport, "version"));
    assertEquals("import", child(bomImport, "scope"));
    List<String> artifacts = new ArrayList<>();
    for (Element module : all(read(ROOT.resolve("pom.xml")).getDocumentElement(), "module")) {
      artifacts.add(module.getTextContent().trim());
    }
    for (Element dependency : all(snippet, "dependency")) {
      assertTrue(artifacts.contains(child(dependency, "artifactId")), child(dependency, "artifactId"));
      if (dependency != bomImport) {
        assertEquals("", child(dependency, "version"), "the BOM gives the version");
      }
    }
  }
}
