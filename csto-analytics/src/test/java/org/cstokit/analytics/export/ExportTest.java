package org.cstokit.analytics.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cstokit.analytics.membership.MemberCounts;
import org.cstokit.analytics.table.Total;
import org.cstokit.analytics.transfers.TransferGroup;
import org.cstokit.analytics.transfers.Transfers;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.source.Fact;
import org.cstokit.model.time.YearSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
  private final Dataset data = CstoData.bundled();

  private static List<String[]> parse(String csv) throws IOException {
    try (MappingIterator<String[]> it = new CsvMapper().readerFor(String[].class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
      return it.readAll();
    }
  }

  @Test
  void every_table_of_the_bundled_data_reads_back_equal_from_csv_and_json() {
    ExportProperties.roundTripAll(data, LocalDate.of(2010, 6, 1));
    ExportProperties.roundTrip(MemberCounts.Row.class,
        MemberCounts.perYear(data, OrganizationId.of("CSTO"), YearSpan.closed(1992, 2018)).values().asList());
  }

  @Test
  void a_total_spreads_into_snake_case_columns_prefixed_by_its_name() {
    assertEquals(List.of("key", "records", "ordered_unit", "ordered_lower", "ordered_lower_open", "ordered_best",
        "ordered_upper", "ordered_upper_open", "ordered_exact", "ordered_approximate", "ordered_unknown",
        "delivered_unit", "delivered_lower", "delivered_lower_open", "delivered_best", "delivered_upper",
        "delivered_upper_open", "delivered_exact", "delivered_approximate", "delivered_unknown"),
        CsvTables.columns(TransferGroup.class));
    assertEquals(9, CsvTables.columns(Total.class).size());
  }

  @Test
  void an_unbounded_upper_bound_is_an_empty_cell() {
    String csv = CsvTables.toCsv(TransferGroup.class, Transfers.byRecipient(data).subList(0, 1));
    assertEquals("ARM,26,items,2597,false,2597,,false,25,0,1,items,2597,false,2597,,false,25,0,1",
        csv.lines().toList().get(1));
  }

  @Test
  void a_csv_with_another_header_is_rejected_naming_the_header() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvTables.fromCsv(TransferGroup.class, "key,rows\nARM,1\n"));
    assertTrue(e.getMessage().startsWith("header: [key, rows] differs"), e.getMessage());
  }

  @Test
  void the_sipri_export_has_sipri_column_names_and_order_and_names_states_as_sipri_does() throws IOException {
    StringBuilderWriter w = new StringBuilderWriter();
    SipriExport.write(data, w);
    List<String[]> rows = parse(w.toString());
    assertEquals(List.of("Recipient", "Supplier", "Year of order", "Number ordered", "Weapon designation",
        "Weapon description", "Number delivered", "Year(s) of delivery", "Comments", "CSTO Kit id"),
        List.of(rows.get(0)));
    assertEquals(94, rows.size());
    assertEquals(List.of("Armenia", "Russia", "1993", "945", "9M111 Fagot/AT-4"), List.of(rows.get(3)).subList(0, 5));
    assertEquals("1993-1996", rows.get(3)[7]);
  }

  @Test
  void every_family_exports_as_flat_csv_with_one_row_per_record_in_id_order(@TempDir Path dir) throws IOException {
    List<Path> files = FamilyCsv.writeAll(data, dir);
    assertEquals(Family.values().size(), files.size());
    for (Family<?> f : Family.values()) {
      List<String[]> rows = parse(Files.readString(dir.resolve(f.fileName().replace(".json", ".csv"))));
      assertEquals(FamilyCsv.columns(f), List.of(rows.get(0)));
      assertEquals(data.records(f).size() + 1, rows.size(), f.name());
      if (f != Family.SOURCES) {
        for (int i = 0; i < data.records(f).size(); i++) {
          assertEquals(((Fact) data.records(f).get(i)).id().value(), rows.get(i + 1)[0]);
        }
      }
    }
  }

  @Test
  void the_flat_transfer_columns_spread_the_table_row_and_the_value() {
    List<String> columns = FamilyCsv.columns(Family.TRANSFERS);
    assertTrue(columns.containsAll(List.of("tableRow.table", "tableRow.row", "value.value", "value.qualifier")));
    assertTrue(FamilyCsv.columns(Family.FACILITIES).containsAll(List.of("period.start", "period.end", "lease.expires")));
  }

  /** A writer into a string builder. */
  private static final class StringBuilderWriter extends java.io.StringWriter {}
}
