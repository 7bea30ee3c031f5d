package org.cstokit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.source.Source;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The report of a small fixture data set: markup in the data is escaped, empty charts still parse. */
class ReportFixtureTest {
  @Test
  void markup_characters_in_the_data_are_escaped_and_an_almost_empty_data_set_still_renders() throws Exception {
    Source source = Source.builder().id(SourceId.of("fixture")).title("A <b>bold</b> & \"quoted\" title")
        .publisher("Press & Co <Ltd>").year(2020).knownAsOf(org.cstokit.model.time.PartialDate.of(2020)).kind(SourceKind.WEB_PAGE).url("https://example.org/?a=1&b=2").build();
    Dataset data = Dataset.of("v<1>&2", Map.of(Family.SOURCES, List.of(source)));
    String html = Report.html(data, java.time.Clock.fixed(java.time.Instant.parse("2020-06-01T00:00:00Z"), java.time.ZoneOffset.UTC));
    Document doc = ReportTest.parse(html);
    String text = doc.getDocumentElement().getTextContent();
    assertTrue(text.contains("A <b>bold</b> & \"quoted\" title. Press & Co <Ltd>, 2020."), text);
    assertTrue(text.contains("https://example.org/?a=1&b=2"), text);
    assertTrue(text.contains("Data version v<1>&2"), text);
    assertEquals(ReportTest.CHARTS.size(), doc.getElementsByTagNameNS(ReportTest.SVG, "svg").getLength());
    assertEquals(0, doc.getElementsByTagNameNS(ReportTest.XHTML, "b").getLength());
  }
}
