package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cstokit.data.internal.Json;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.Source;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * The counterpart of {@link MonographCitationTest} for the public sources: every source other
 * than the monograph has its address and the date it was read; every citation of one carries the
 * address of the page; and every record about something after the monograph's horizon cites at
 * least one source other than the monograph.
 */
class PublicSourcesTest {
  private static final Dataset DATA = CstoData.bundled();
  private static final SourceId MONOGRAPH = SourceId.of("ssi-2018-csto");
  /** The fields that date what a record is about (not a scheduled end such as a lease's expiry). */
  private static final List<String> MAIN_DATES = List.of("date", "signed", "inForce", "start");

  @Test
  void every_public_source_has_its_address_and_the_date_it_was_read() {
    List<String> problems = new ArrayList<>();
    for (Source s : DATA.sources()) {
      if (s.id().equals(MONOGRAPH)) {
        continue;
      }
      if (s.url().isEmpty()) {
        problems.add(s.id() + ": no url");
      }
      if (s.accessed().isEmpty()) {
        problems.add(s.id() + ": no access date");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void every_citation_of_a_public_source_gives_the_address_of_the_page() {
    List<String> problems = new ArrayList<>();
    for (Fact f : DATA.facts().values()) {
      JsonNode record = Json.MAPPER.valueToTree(f);
      record.findValues("citations").forEach(list -> list.forEach(c -> check(f, Json.MAPPER.convertValue(c, Citation.class), problems)));
      f.disputes().forEach(d -> check(f, d.citation(), problems));
    }
    assertEquals(List.of(), problems);
  }

  private static void check(Fact f, Citation c, List<String> problems) {
    if (!c.source().equals(MONOGRAPH) && c.locator().isEmpty()) {
      problems.add(f.id() + ": citation of " + c.source() + " gives no address");
    }
  }

  @Test
  void every_record_about_something_after_the_monographs_horizon_cites_another_source() {
    PartialDate horizon = DATA.source(MONOGRAPH).knownAsOf();
    List<String> problems = new ArrayList<>();
    for (Fact f : DATA.facts().values()) {
      boolean later = false;
      JsonNode record = Json.MAPPER.valueToTree(f);
      for (String field : MAIN_DATES) {
        for (JsonNode n : record.findValues(field)) {
          if (n.isTextual() && n.textValue().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")
              && horizon.isCertainlyBefore(PartialDate.parse(n.textValue()))) {
            later = true;
          }
        }
      }
      if (later && f.citations().stream().allMatch(c -> c.source().equals(MONOGRAPH))) {
        problems.add(f.id() + ": dated after " + horizon + " but cites only the monograph");
      }
    }
    assertEquals(List.of(), problems);
  }
}
