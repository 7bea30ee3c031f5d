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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.reflect.TypeToken;
import java.math.BigDecimal;
import java.util.Optional;
import org.cstokit.analytics.forces.Forces;
import org.cstokit.analytics.forces.StrengthRow;
import org.cstokit.analytics.transfers.DeliveryMode;
import org.cstokit.analytics.transfers.DeliveryYear;
import org.cstokit.analytics.transfers.TransferGroup;
import org.cstokit.analytics.transfers.Transfers;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;
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
    String csv = CsvTables.toCsv(TransferGroup.class, Transfers.of(data).byRecipient().all().subList(0, 1));
    assertEquals("ARM,26,items,2597,false,2597,,false,25,0,1,items,2597,false,2597,,false,25,0,1",
        csv.lines().toList().get(1));
  }

  @Test
  void typed_keys_are_written_as_text_and_an_unknown_key_as_an_empty_cell_or_null() {
    assertEquals(List.of("1990-1999", "2000-2009", "2010-2019"), CsvTables.toCsv(TransferGroup.class,
        Transfers.of(data).byOrderDecade().all()).lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList());
    assertEquals("1993", CsvTables.toCsv(TransferGroup.class, Transfers.of(data).byOrderYear().all()).lines().skip(1)
        .findFirst().orElseThrow().substring(0, 4));
    List<DeliveryYear> years = Transfers.of(data).byDeliveryYear(DeliveryMode.WHOLE).all();
    String last = CsvTables.toCsv(DeliveryYear.class, years).lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.startsWith(",5,0,items,"), last);
    String json = JsonTables.toJson(years);
    assertTrue(json.contains("\"year\" : 1993,"), json.substring(0, 200));
    assertTrue(json.contains("\"year\" : null,"), json);
    assertTrue(JsonTables.toJson(Transfers.of(data).byOrderDecade().all()).contains("\"key\" : \"1990-1999\""));
  }

  @Test
  void a_total_is_a_json_object_with_the_csv_names_and_a_null_upper_when_unbounded() throws IOException {
    JsonNode arm = new ObjectMapper().readTree(JsonTables.toJson(Transfers.of(data).byRecipient().all())).get(0);
    assertEquals("ARM", arm.get("key").asText());
    JsonNode delivered = arm.get("delivered");
    assertEquals(List.of("unit", "lower", "lower_open", "best", "upper", "upper_open", "exact", "approximate",
        "unknown"), com.google.common.collect.ImmutableList.copyOf(delivered.fieldNames()));
    assertTrue(delivered.get("upper").isNull());
    assertEquals(2597, delivered.get("lower").asInt());
    assertTrue(delivered.get("lower_open").isBoolean());
  }

  @Test
  void a_stated_figure_spreads_into_its_bounds_with_open_ends() {
    assertEquals(List.of("force", "date", "component", "strength_value", "strength_qualifier", "strength_basis",
        "strength_unit", "strength_lower", "strength_lower_open", "strength_upper", "strength_upper_open"),
        CsvTables.columns(StrengthRow.class));
    StrengthRow enlarged = Forces.strengthsOverTime(data).stream()
        .filter(r -> r.strength().qualifier() == Qualifier.MORE_THAN).findFirst().orElseThrow();
    String row = CsvTables.toCsv(StrengthRow.class, List.of(enlarged)).lines().toList().get(1);
    assertTrue(row.endsWith(",25000,MORE_THAN,DECLARED,troops,25000,true,,false"), row);
    Quantity up = Quantity.builder().value(new BigDecimal("5")).lower(new BigDecimal("2")).qualifier(Qualifier.UP_TO)
        .basis(Basis.REPORTED).unit("items").build();
    Quantity about = Quantity.builder().value(new BigDecimal("5")).lower(new BigDecimal("4"))
        .upper(new BigDecimal("5")).qualifier(Qualifier.ABOUT).basis(Basis.ESTIMATED).unit("items").build();
    for (Quantity q : List.of(up, Quantity.of(5, Qualifier.UP_TO, Basis.REPORTED, "items"),
        Quantity.range(1, 3, "items"), Quantity.exact(4, "items"), Quantity.moreThan(4, "items"),
        Quantity.builder().from(Quantity.moreThan(4, "items")).upper(new BigDecimal("9")).build(),
        Quantity.of(4, Qualifier.AT_LEAST, Basis.DECLARED, "items"),
        Quantity.builder().from(Quantity.of(4, Qualifier.AT_LEAST, Basis.DECLARED, "items")).upper(new BigDecimal("6"))
            .build(), Quantity.about(4, "items"),
        Quantity.builder().from(about).lower(new BigDecimal("3")).upper(new BigDecimal("6")).build())) {
      StrengthRow r = new StrengthRow(enlarged.force(), Optional.empty(), Optional.empty(), q);
      StrengthRow back = CsvTables.fromCsv(StrengthRow.class, CsvTables.toCsv(StrengthRow.class, List.of(r))).get(0);
      assertEquals(q, back.strength(), "a figure whose bounds the source states only where needed reads back equal");
    }
    assertEquals(about.bounds(), CsvTables.fromCsv(StrengthRow.class, CsvTables.toCsv(StrengthRow.class,
        List.of(new StrengthRow(enlarged.force(), Optional.empty(), Optional.empty(), about)))).get(0).strength()
        .bounds());
    StrengthRow r = new StrengthRow(enlarged.force(), Optional.empty(), Optional.empty(), about);
    assertEquals(Optional.empty(), CsvTables.fromCsv(StrengthRow.class, CsvTables.toCsv(StrengthRow.class, List.of(r)))
        .get(0).strength().upper(), "a stated bound equal to the value reads back as implied");
  }

  @Test
  void a_total_with_an_open_upper_bound_reads_back_from_csv_and_json() {
    Total t = Total.builder().unit("items").best(new BigDecimal("5")).bounds(com.google.common.collect.Range.open(
        new BigDecimal("4"), new BigDecimal("7.5"))).approximate(2).build();
    List<TransferGroup<StateCode>> rows = List.of(new TransferGroup<>(Optional.of(StateCode.of("KAZ")), 2, t, t));
    String csv = CsvTables.toCsv(TransferGroup.class, rows);
    assertEquals("KAZ,2,items,4,true,5,7.5,true,0,2,0,items,4,true,5,7.5,true,0,2,0", csv.lines().toList().get(1));
    assertEquals(rows, CsvTables.fromCsv(new TypeToken<TransferGroup<StateCode>>() {}, csv));
    assertEquals(rows, JsonTables.fromJson(new TypeToken<TransferGroup<StateCode>>() {}, JsonTables.toJson(rows)));
    List<TransferGroup<StateCode>> none = List.of(new TransferGroup<>(Optional.<StateCode>empty(), 2, t, t));
    assertEquals(none, CsvTables.fromCsv(new TypeToken<TransferGroup<StateCode>>() {},
        CsvTables.toCsv(TransferGroup.class, none)));
  }

  @Test
  void a_row_type_with_a_type_parameter_is_read_with_a_type_token_naming_it() {
    String csv = CsvTables.toCsv(TransferGroup.class, Transfers.of(data).byRecipient().all());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvTables.fromCsv(TransferGroup.class, csv));
    assertTrue(e.getMessage().startsWith("row 2, column key: cannot read \"ARM\" (the type of K is unknown"),
        e.getMessage());
    assertEquals(Transfers.of(data).byRecipient().all(),
        CsvTables.fromCsv(new TypeToken<TransferGroup<StateCode>>() {}, csv));
    assertThrows(IllegalArgumentException.class, () -> CsvTables.columns(String.class));
    IllegalArgumentException total = assertThrows(IllegalArgumentException.class, () -> CsvTables.fromCsv(
        new TypeToken<TransferGroup<StateCode>>() {}, csv.replaceFirst("items,2597,false,2597,,false", "items,2597,false,2597,,true")));
    assertEquals("row 2: upper_open: true although upper is unbounded", total.getMessage());
    IllegalArgumentException span = assertThrows(IllegalArgumentException.class, () -> CsvTables.fromCsv(
        new TypeToken<TransferGroup<YearSpan>>() {}, CsvTables.toCsv(TransferGroup.class,
            Transfers.of(data).byOrderDecade().all()).replace("1990-1999", "1990s")));
    assertTrue(span.getMessage().contains("not a span of years FIRST-LAST: 1990s"), span.getMessage());
  }

  @Test
  void a_json_table_with_a_bad_total_or_key_is_rejected_naming_what_is_wrong() {
    String json = JsonTables.toJson(Transfers.of(data).byOrderDecade().all());
    TypeToken<TransferGroup<YearSpan>> type = new TypeToken<TransferGroup<YearSpan>>() {};
    assertEquals(Transfers.of(data).byOrderDecade().all(), JsonTables.fromJson(type, json));
    String unknown = assertThrows(RuntimeException.class,
        () -> JsonTables.fromJson(type, json.replaceFirst("\"best\"", "\"median\""))).getMessage();
    assertTrue(unknown.contains("Total: unknown property median"), unknown);
    String missing = assertThrows(RuntimeException.class,
        () -> JsonTables.fromJson(type, json.replaceFirst("\"unit\" : \"items\",", ""))).getMessage();
    assertTrue(missing.contains("Total: missing property unit"), missing);
    String open = assertThrows(RuntimeException.class, () -> JsonTables.fromJson(type,
        json.replaceFirst("\"upper_open\" : false", "\"upper_open\" : true").replaceFirst("\"upper\" : [0-9]+",
            "\"upper\" : null"))).getMessage();
    assertTrue(open.contains("Total: upper_open: true although upper is unbounded"), open);
    String span = assertThrows(RuntimeException.class,
        () -> JsonTables.fromJson(type, json.replace("\"1990-1999\"", "\"1990s\""))).getMessage();
    assertTrue(span.contains("not a span of years FIRST-LAST: 1990s"), span);
    List<DeliveryYear> years = Transfers.of(data).byDeliveryYear(DeliveryMode.WHOLE).all();
    assertEquals(years, JsonTables.fromJson(DeliveryYear.class, JsonTables.toJson(years)));
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
    SipriExport.write(Transfers.of(data), w);
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
