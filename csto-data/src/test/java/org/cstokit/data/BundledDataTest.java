package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cstokit.model.source.TransferId;
import org.cstokit.model.source.FacilityId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Facility;
import org.cstokit.model.military.FacilityStatus;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.time.Truth;
import org.cstokit.model.transfer.ArmsTransfer;
import org.junit.jupiter.api.Test;

/** One sweep over the whole bundled data set, and golden questions the monograph answers. */
class BundledDataTest {
  private final Dataset data = CstoData.bundled();

  /**
   * The build-time validation that lets {@link CstoData#bundled()} skip the cross-record checks:
   * the bundled files as packaged load, with every check ({@code DataLoader.load()} throws on any
   * problem) and through the general path alone, to a data set equal to the bundled one.
   */
  @Test
  void the_bundled_data_set_equals_the_fully_validated_load_of_the_files_as_packaged() {
    Dataset validated = new DataLoader(DataSource.bundled()).load();
    Dataset general = new DataLoader(DataSource.bundled(), false).load();
    assertEquals(validated.dataVersion(), data.dataVersion());
    assertEquals(general.dataVersion(), data.dataVersion());
    for (Family<?> f : Family.values()) {
      assertEquals(validated.records(f), data.records(f), f.name());
      assertEquals(general.records(f), data.records(f), f.name());
      assertEquals(validated.declaredHorizon(f), data.declaredHorizon(f), f.name());
      assertEquals(general.declaredHorizon(f), data.declaredHorizon(f), f.name());
      assertFalse(data.records(f).isEmpty(), f.name());
    }
    assertEquals(validated.facts().keySet(), data.facts().keySet());
  }

  @Test
  void every_fact_is_found_by_its_id_and_the_facts_map_lists_each_once_in_family_then_id_order() {
    List<String> expected = new java.util.ArrayList<>();
    int n = 0;
    for (Family<?> f : Family.values()) {
      if (f == Family.SOURCES) {
        continue;
      }
      for (Object o : data.records(f)) {
        Fact r = (Fact) o;
        expected.add(r.id().value());
        if (r.id() instanceof RecordId id) {
          assertEquals(java.util.Optional.of(r), data.find(id), r.id().value());
          assertEquals(java.util.Optional.of(r), data.find(RecordId.of(id.value())), r.id().value());
        }
        assertEquals(r, data.facts().get(r.id().value()));
        n++;
      }
    }
    assertEquals(expected, List.copyOf(data.facts().keySet()));
    assertEquals(n, data.facts().size());
    assertEquals(java.util.Optional.empty(), data.find(RecordId.of("no-such-record")));
    assertEquals(java.util.Optional.empty(), data.find(TransferId.of("ssi-2018-csto")), "a source id is not a fact");
  }

  @Test
  void a_load_that_skips_the_cross_record_checks_still_fails_on_a_bad_record_and_then_runs_them() {
    DataSource broken = name -> name.equals("transfers.json")
        ? java.util.Optional.of(new java.io.ByteArrayInputStream(
            "{\"schemaVersion\": 1, \"dataVersion\": \"x\", \"records\": [{\"id\": \"tr-x\"}]}".getBytes(StandardCharsets.UTF_8)))
        : DataSource.bundled().open(name);
    DataLoadException trusted = assertThrows(DataLoadException.class, () -> new DataLoader(broken, true, false).load());
    DataLoadException full = assertThrows(DataLoadException.class, () -> new DataLoader(broken).load());
    assertEquals(full.problems(), trusted.problems());
  }

  @Test
  void every_record_of_every_file_is_loaded_and_none_is_dropped_or_added() throws IOException {
    // the files' records counted by a plain parse, independently of the loader's own path
    com.fasterxml.jackson.databind.ObjectMapper plain = new com.fasterxml.jackson.databind.ObjectMapper();
    for (Family<?> f : Family.values()) {
      com.fasterxml.jackson.databind.JsonNode root;
      try (InputStream in = DataSource.class.getResourceAsStream(f.fileName())) {
        root = plain.readTree(in);
      }
      List<String> fileIds = new java.util.ArrayList<>();
      root.get("records").forEach(r -> fileIds.add(r.get("id").asText()));
      assertFalse(fileIds.isEmpty(), f + " is empty");
      List<String> loaded = data.records(f).stream()
          .map(r -> r instanceof org.cstokit.model.source.Source s ? s.id().value() : ((Fact) r).id().value()).toList();
      assertEquals(fileIds.stream().sorted().toList(), loaded, f.fileName());
    }
    for (Fact fact : data.facts().values()) {
      assertFalse(fact.citations().isEmpty(), fact.id().value());
    }
  }

  @Test
  void every_data_file_is_in_normal_form_so_a_write_reproduces_it_byte_for_byte() throws IOException {
    for (Family<?> f : Family.values()) {
      String stored;
      try (InputStream in = DataSource.class.getResourceAsStream(f.fileName())) {
        stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String written = DataLoader.write(data.records(f), data.dataVersion(),
          f == Family.SOURCES ? java.util.Optional.empty() : data.declaredHorizon(f));
      assertEquals(stored, written, f.fileName() + " is not in normal form; run NormalizeData");
    }
  }

  @Test
  void every_bundled_family_declares_the_horizon_through_which_it_is_kept_complete() {
    for (Family<?> f : Family.values()) {
      if (f != Family.SOURCES) {
        assertTrue(data.declaredHorizon(f).isPresent(), f.fileName() + " declares no horizon");
      }
    }
    assertEquals(LocalDate.of(2018, 6, 1), data.source(org.cstokit.model.source.SourceId.of("ssi-2018-csto")).horizonDay(),
        "the monograph speaks for June 2018: its latest facts (the SCO summit in Qingdao, the SIPRI data read on 25-26 June)");
  }

  @Test
  void records_of_each_family_are_sorted_by_id() {
    for (Family<?> f : Family.values()) {
      if (f == Family.SOURCES) {
        continue;
      }
      List<String> ids = data.records(f).stream().map(r -> ((Fact) r).id().value()).collect(Collectors.toList());
      assertEquals(ids.stream().sorted().collect(Collectors.toList()), ids, f.fileName());
    }
  }

  @Test
  void the_member_map_names_its_certain_possible_and_uncertain_members() {
    OrganizationId csto = OrganizationId.of("CSTO");
    Set<String> seven = Set.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB");
    Snapshot in2010 = data.asOf(LocalDate.of(2010, 6, 1));
    assertEquals(seven, in2010.members(csto).certain().stream().map(StateCode::value).collect(Collectors.toSet()));
    assertEquals(in2010.members(csto).certain(), in2010.members(csto).possible());
    assertEquals(Set.of(), in2010.members(csto).uncertain());
    assertEquals(in2010.members(csto).certain(), in2010.members(csto).select(org.cstokit.model.time.Policy.DEFINITELY));
    // past the membership data's horizon (November 2025) no membership is certain, six are possible
    Snapshot in2026 = data.asOf(LocalDate.of(2026, 12, 31));
    assertEquals(Set.of(), in2026.members(csto).certain());
    assertEquals(List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"),
        in2026.members(csto).possible().stream().map(StateCode::value).toList());
    assertEquals(in2026.members(csto).possible(), in2026.members(csto).uncertain());
    assertEquals(in2026.members(csto).keySet(), in2026.members(csto).select(org.cstokit.model.time.Policy.POSSIBLY));
  }

  @Test
  void golden_the_members_of_the_csto_on_a_day_in_2010_include_uzbekistan() {
    Map<StateCode, Truth> members = data.asOf(LocalDate.of(2010, 6, 1)).members(OrganizationId.of("CSTO"));
    assertEquals(Set.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"),
        members.keySet().stream().map(StateCode::value).collect(Collectors.toSet()));
    assertTrue(members.values().stream().allMatch(t -> t == Truth.YES), members.toString());
    Map<StateCode, Truth> in2013 = data.asOf(LocalDate.of(2013, 6, 1)).members(OrganizationId.of("CSTO"));
    assertFalse(in2013.containsKey(StateCode.of("UZB")));
    assertEquals(Truth.YES, data.asOf(LocalDate.of(2012, 3, 1)).members(OrganizationId.of("CSTO")).get(StateCode.of("UZB")),
        "Uzbekistan suspended its membership by a note of June 2012 (in effect 28 June), so it was a member on 1 March");
    assertEquals(Truth.YES, data.asOf(LocalDate.of(2012, 9, 1)).withStatus(OrganizationId.of("CSTO"),
        org.cstokit.model.membership.MembershipStatus.SUSPENDED).get(StateCode.of("UZB")), "suspended, not withdrawn, until December 2012");
  }

  @Test
  void golden_russian_facilities_in_kyrgyzstan() {
    List<Facility> russian = data.facilities().stream()
        .filter(f -> f.host().value().equals("KGZ") && f.operator().value().equals("RUS"))
        .collect(Collectors.toList());
    Set<String> operating = russian.stream().filter(f -> f.status() == FacilityStatus.OPERATING)
        .map(f -> f.id().value()).collect(Collectors.toSet());
    assertEquals(Set.of("rus-kant-air-base", "rus-karakul-naval-station", "rus-mailuu-suu-communications-center",
        "rus-kara-balta-naval-communications-centre"), operating, "the monograph's three and the Kara-Balta centre it omits");
    assertTrue(russian.stream().anyMatch(f -> f.status() == FacilityStatus.PROPOSED));
    Facility kant = data.get(FacilityId.of("rus-kant-air-base"));
    assertEquals(500, kant.personnel().get(0).value().intValue());
  }

  @Test
  void golden_the_units_kazakhstan_assigned_to_the_crrf() {
    Set<String> units = data.units().stream()
        .filter(u -> u.state().value().equals("KAZ") && u.force().value().equals("force-crrf"))
        .map(u -> u.id().value()).collect(Collectors.toSet());
    assertEquals(Set.of("unit-kaz-1st-marines-brigade", "unit-kaz-37th-airborne-assault-brigade",
        "unit-kaz-aviation-group", "unit-kaz-national-guard"), units);
  }

  @Test
  void golden_what_armenia_received_from_russia_in_2016() {
    Set<String> designations = data.transfers().stream()
        .filter(t -> t.recipient().value().equals("ARM") && t.tableRow().isPresent() && deliveredIn(t, 2016))
        .map(ArmsTransfer::designation).collect(Collectors.toCollection(java.util.TreeSet::new));
    assertEquals(Set.of("9P78 Iskander", "Iskander", "T-90S", "BM-9A52 Smerch", "Igla-S/SA-24", "Verba/SA-25"), designations);
  }

  private static boolean deliveredIn(ArmsTransfer t, int year) {
    return t.deliveryFirst().map(f -> f <= year).orElse(false)
        && t.deliveryLast().or(t::deliveryFirst).map(l -> l >= year).orElse(false);
  }

  @Test
  void golden_who_held_the_office_of_secretary_general_answers_one_holder_or_unknown_never_two() {
    Map<LocalDate, String> expected = new TreeMap<>(Map.of(
        LocalDate.of(2017, 2, 1), "ten-csto-sg-semerikov-acting-2017=YES",
        LocalDate.of(2018, 6, 1), "ten-csto-sg-khachaturov=YES",
        LocalDate.of(2019, 6, 1), "ten-csto-sg-semerikov-acting=YES",
        LocalDate.of(2021, 6, 1), "ten-csto-sg-zas=YES",
        LocalDate.of(2024, 3, 1), "ten-csto-sg-tasmagambetov=YES",
        LocalDate.of(2026, 2, 13), "ten-csto-sg-masadykov=YES",
        LocalDate.of(2026, 6, 1), "ten-csto-sg-masadykov=UNKNOWN",
        LocalDate.of(2030, 1, 1), ""));
    expected.forEach((day, holders) -> assertEquals(holders,
        data.asOf(day).holders(RecordId.of("office-csto-secretary-general")).entrySet().stream()
            .map(e -> e.getKey().id().value() + "=" + e.getValue()).collect(Collectors.joining(", ")), "on " + day));
  }

  @Test
  void golden_the_chair_passes_at_the_council_sessions_and_kyrgyzstan_no_longer_chairs_for_ever() {
    RecordId chair = RecordId.of("office-csto-chair");
    assertEquals("ten-csto-chair-arm-2022=YES", data.asOf(LocalDate.of(2022, 1, 6)).holders(chair).entrySet().stream()
        .map(e -> e.getKey().id().value() + "=" + e.getValue()).collect(Collectors.joining(", ")));
    for (LocalDate day : List.of(LocalDate.of(2022, 6, 1), LocalDate.of(2024, 6, 1))) {
      assertTrue(data.asOf(day).holders(chair).keySet().stream().noneMatch(t -> t.id().value().equals("ten-csto-chair-kgz-2019")),
          "Kyrgyzstan's 2019 chair has ended by " + day);
    }
  }

  @Test
  void every_undated_facility_and_instrument_is_listed_and_answers_unknown_not_silence() {
    Snapshot s = data.asOf(LocalDate.of(2018, 6, 1));
    for (Facility f : s.undatedFacilities()) {
      assertEquals(Truth.UNKNOWN, s.facilities().get(f), f.id().value());
    }
    assertTrue(s.instrumentsInForce().keySet().stream().anyMatch(i -> i.id().value().equals("inst-1992-collective-security-treaty")),
        "the Treaty is in force (or may be) in 2018");
    long operating = data.facilities().stream().filter(f -> !f.status().isProposalOnly())
        .filter(f -> f.period().map(p -> p.contains(LocalDate.of(2018, 6, 1)) != Truth.NO).orElse(true)).count();
    assertEquals(operating, s.facilities().size(), "every facility that is not a mere proposal answers on 2018-06-01");
  }

  @Test
  void golden_office_holders_force_strengths_and_instruments_in_force_in_mid_2018() {
    Snapshot s = data.asOf(LocalDate.of(2018, 6, 1));
    Set<String> holders = s.holders(RecordId.of("office-csto-secretary-general")).keySet().stream()
        .map(t -> t.id().value()).collect(Collectors.toSet());
    assertEquals(Set.of("ten-csto-sg-khachaturov"), holders, "one record per tenure: the two accounts are merged");
    assertTrue(s.strengths().keySet().stream().anyMatch(f -> f.id().value().equals("force-crrf")), s.strengths().toString());
    assertTrue(s.instrumentsInForce().keySet().stream().anyMatch(i -> i.id().value().equals("inst-2002-csto-charter")));
    assertTrue(data.asOf(LocalDate.of(2001, 6, 1)).instrumentsInForce().keySet().stream()
        .noneMatch(i -> i.id().value().equals("inst-2002-csto-charter")));
  }

  @Test
  void appendix_three_tables_hold_26_21_34_5_and_7_rows() {
    Map<String, Long> rows = data.transfers().stream().filter(t -> t.tableRow().isPresent())
        .collect(Collectors.groupingBy(t -> t.tableRow().get().table(), TreeMap::new, Collectors.counting()));
    assertEquals(Map.of("III-1", 26L, "III-2", 21L, "III-3", 34L, "III-4", 5L, "III-5", 7L), rows);
  }

  @Test
  void lookups_come_in_pairs_and_get_names_the_unknown_id() {
    assertTrue(data.findState(StateCode.of("ARM")).isPresent());
    assertTrue(data.findState(StateCode.of("XYZ")).isEmpty());
    UnknownEntityException e = assertThrows(UnknownEntityException.class, () -> data.state(StateCode.of("XYZ")));
    assertEquals("Unknown state code: XYZ", e.getMessage());
    assertThrows(UnknownEntityException.class, () -> data.get(TransferId.of("rus-kant-air-base")));
    assertEquals("Россия", data.state(StateCode.of("RUS")).nameRu());
  }
}
