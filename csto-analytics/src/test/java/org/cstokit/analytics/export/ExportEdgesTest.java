package org.cstokit.analytics.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cstokit.model.source.ExerciseId;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.transfer.ArmsTransfer;
import org.cstokit.model.transfer.TransferTerms;
import org.junit.jupiter.api.Test;

/** The exports at their edges: one delivery year against a span, comments, list cells. */
class ExportEdgesTest {
  private static final Dataset DATA = CstoData.bundled();

  private static ArmsTransfer transfer(Optional<Integer> first, Optional<Integer> last, TransferTerms terms,
      Optional<String> remarks) {
    return ArmsTransfer.builder().from(DATA.transfers().get(0)).deliveryFirst(first).deliveryLast(last).terms(terms)
        .remarks(remarks).build();
  }

  @Test
  void a_sipri_row_gives_one_year_once_a_span_as_first_last_and_terms_before_remarks() {
    assertEquals("2010", SipriExport.row(DATA, transfer(Optional.of(2010), Optional.of(2010), TransferTerms.UNKNOWN,
        Optional.empty())).yearsOfDelivery());
    assertEquals("2010", SipriExport.row(DATA, transfer(Optional.of(2010), Optional.empty(), TransferTerms.UNKNOWN,
        Optional.empty())).yearsOfDelivery());
    assertEquals("2010-2012", SipriExport.row(DATA, transfer(Optional.of(2010), Optional.of(2012), TransferTerms.UNKNOWN,
        Optional.empty())).yearsOfDelivery());
    assertEquals("", SipriExport.row(DATA, transfer(Optional.empty(), Optional.empty(), TransferTerms.UNKNOWN,
        Optional.empty())).yearsOfDelivery());
    assertEquals("free of charge; gift after the visit", SipriExport.row(DATA, transfer(Optional.of(2010), Optional.empty(),
        TransferTerms.FREE_OF_CHARGE, Optional.of("gift after the visit"))).comments());
    assertEquals("", SipriExport.row(DATA, transfer(Optional.of(2010), Optional.empty(), TransferTerms.UNKNOWN,
        Optional.empty())).comments());
  }

  @Test
  void a_family_csv_joins_plain_lists_and_writes_lists_of_objects_as_json() throws Exception {
    Exercise e = Exercise.builder().from(DATA.exercises().stream().filter(x -> !x.personnel().isEmpty()).findFirst().orElseThrow())
        .id(ExerciseId.of("ex-csv")).participants(List.of(StateCode.of("RUS"), StateCode.of("KAZ"))).build();
    Map<Family<?>, List<?>> records = new TreeMap<>();
    records.put(Family.EXERCISES, List.of(e));
    Dataset one = Dataset.of("csv", records);
    String csv = FamilyCsv.toCsv(one, Family.EXERCISES);
    StringWriter written = new StringWriter();
    FamilyCsv.write(one, Family.EXERCISES, written);
    assertEquals(written.toString(), csv);
    com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
    List<Map<String, String>> rows;
    try (com.fasterxml.jackson.databind.MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      rows = it.readAll();
    }
    assertEquals("KAZ; RUS", rows.get(0).get("participants"));
    String personnel = rows.get(0).get("personnel");
    assertTrue(personnel.startsWith("[{") && personnel.contains("\"value\""), personnel);
  }
}
