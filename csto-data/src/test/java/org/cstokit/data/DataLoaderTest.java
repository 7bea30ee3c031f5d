package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The loader against small fixtures: one per kind of error, and one with several at once. */
class DataLoaderTest {
  /** A fixture case: its own files first, the valid base set for the rest. */
  static DataSource fixture(String name) {
    DataSource own = DataSource.directory(Path.of("src/test/resources/fixtures", name));
    DataSource base = DataSource.directory(Path.of("src/test/resources/fixtures/base"));
    return file -> {
      Optional<InputStream> in = own.open(file);
      return in.isPresent() ? in : base.open(file);
    };
  }

  static List<String> problems(String name) {
    DataLoadException e = assertThrows(DataLoadException.class, () -> new DataLoader(fixture(name)).load());
    assertEquals(DataLoadException.Kind.INVALID_DATA, e.kind());
    return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void the_valid_base_fixture_loads() {
    Dataset d = new DataLoader(fixture("base")).load();
    assertEquals(4, d.facts().size());
    assertEquals("test", d.dataVersion());
  }

  @Test
  void malformed_json_is_reported_with_its_line() {
    List<String> p = problems("malformed-json");
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("states.json: -: -: malformed JSON: Unexpected character ('}'"), p.get(0));
  }

  @Test
  void an_unknown_field_is_reported_with_the_record_and_field() {
    List<String> p = problems("unknown-field");
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("states.json: ARM: capital: Unrecognized field \"capital\""), p.get(0));
  }

  @Test
  void a_duplicate_key_is_reported() {
    List<String> p = problems("duplicate-key");
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("organizations.json: -: -: malformed JSON: Duplicate field 'name'"), p.get(0));
  }

  @Test
  void a_duplicate_id_is_reported() {
    assertEquals(List.of("memberships.json: mem-csto-arm-1: id: duplicate id"), problems("duplicate-id"));
  }

  @Test
  void a_dangling_reference_is_reported() {
    assertEquals(List.of("memberships.json: mem-csto-arm-1: state: dangling reference to KAZ"),
        problems("dangling-reference"));
  }

  @Test
  void an_end_before_a_start_is_reported() {
    assertEquals(List.of("memberships.json: mem-csto-arm-1: period: field 'end': 2001-05 is before start 2003-10"),
        problems("end-before-start"));
  }

  @Test
  void overlapping_memberships_of_one_state_in_one_organization_are_reported() {
    assertEquals(List.of("memberships.json: mem-csto-arm-2: period: overlaps mem-csto-arm-1 of the same state in the same organization"),
        problems("overlapping-membership"));
  }

  @Test
  void two_substantive_holders_of_a_single_holder_office_on_one_day_are_reported_but_an_acting_one_is_not() {
    assertEquals(List.of("tenures.json: ten-b: period: overlaps ten-a: office-sg has one substantive holder at a time"
        + " (mark an acting holder \"acting\": true, or merge two accounts of one tenure into one record with a dispute)"),
        problems("overlapping-tenures"));
  }

  @Test
  void a_rotation_tenure_left_open_before_its_successor_is_reported() {
    assertEquals(List.of("tenures.json: ten-chair-arm: period.end: is missing, but ten-chair-rus follows in the rotating"
        + " office office-chair: a rotation tenure ends where its successor starts",
        "tenures.json: ten-chair-rus: period: overlaps ten-chair-arm: office-chair has one substantive holder at a time"
        + " (mark an acting holder \"acting\": true, or merge two accounts of one tenure into one record with a dispute)"),
        problems("open-rotation-tenure"));
  }

  @Test
  void a_confirmation_past_its_sources_horizon_and_a_malformed_family_horizon_are_reported() {
    List<String> p = problems("confirmation-past-horizon");
    assertEquals(2, p.size(), String.join("\n", p));
    assertTrue(p.get(0).startsWith("memberships.json: -: horizon: "), p.get(0));
    assertEquals("memberships.json: mem-csto-arm-1: citations[0].asOf: 2020-01-01 lies after the horizon of doc"
        + " (knownAsOf 2018): a source cannot confirm what it has not seen", p.get(1));
  }

  @Test
  void a_declared_horizon_is_read_and_an_open_record_is_certain_only_up_to_its_sources_horizon() {
    Dataset d = new DataLoader(fixture("base")).load();
    assertEquals(java.util.Optional.empty(), d.declaredHorizon(Family.MEMBERSHIPS));
    assertEquals(java.time.LocalDate.of(2018, 1, 1), d.horizon(Family.MEMBERSHIPS),
        "without a declared horizon, a family is complete up to the latest horizon of its records");
    org.cstokit.model.membership.Membership m = d.memberships().get(0);
    assertEquals(org.cstokit.model.time.Truth.YES, d.asOf(java.time.LocalDate.of(2018, 1, 1)).memberships().get(m));
    assertEquals(org.cstokit.model.time.Truth.UNKNOWN, d.asOf(java.time.LocalDate.of(2018, 1, 2)).memberships().get(m));
  }

  @Test
  void a_citation_of_an_undeclared_source_is_reported() {
    assertEquals(List.of("memberships.json: mem-csto-arm-1: citations[0].source: unknown source nowhere"),
        problems("unknown-source"));
  }

  @Test
  void several_faults_are_all_reported_at_once() {
    List<String> p = problems("several-faults");
    assertEquals(5, p.size(), String.join("\n", p));
    assertEquals("memberships.json: mem-csto-arm-1: state: dangling reference to KAZ", p.get(0));
    assertEquals("memberships.json: mem-csto-arm-2: period: field 'end': 2001-05 is before start 2003-10", p.get(1));
    assertEquals("memberships.json: mem-csto-rus-1: citations[0].source: unknown source nowhere", p.get(2));
    assertTrue(p.get(3).startsWith("organizations.json: -: -: malformed JSON: Trailing token"), p.get(3));
    assertTrue(p.get(4).startsWith("states.json: ARM: capital: Unrecognized field"), p.get(4));
  }

  @Test
  void the_data_source_is_asked_for_one_file_at_a_time_in_family_order() {
    List<String> asked = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
    DataSource counting = name -> {
      most.accumulateAndGet(inside.incrementAndGet(), Math::max);
      try {
        asked.add(name);
        return DataSource.bundled().open(name);
      } finally {
        inside.decrementAndGet();
      }
    };
    Dataset d = new DataLoader(counting).load();
    assertEquals(CstoData.bundled().facts().keySet(), d.facts().keySet());
    assertEquals(Family.values().stream().map(Family::fileName).toList(), asked);
    assertEquals(1, most.get(), "never two files asked for at once");
  }

  @Test
  void of_two_files_that_fail_while_read_the_first_in_family_order_is_reported_and_every_stream_is_closed() {
    List<String> closed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    DataSource failing = name -> {
      Optional<InputStream> real = DataSource.bundled().open(name);
      if (!name.equals("states.json") && !name.equals("decisions.json")) {
        return real;
      }
      return Optional.of(new java.io.FilterInputStream(real.orElseThrow()) {
        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
          throw new java.io.IOException("disk gone under " + name);
        }

        @Override
        public void close() throws java.io.IOException {
          closed.add(name);
          super.close();
        }
      });
    };
    DataLoadException e = assertThrows(DataLoadException.class, () -> new DataLoader(failing).load());
    assertEquals(DataLoadException.Kind.UNREADABLE, e.kind());
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).toString().startsWith("states.json: -: -: cannot be read: java.io.IOException: disk gone"
        + " under states.json"), e.problems().toString());
    assertEquals(java.util.Set.of("states.json", "decisions.json"), java.util.Set.copyOf(closed));
  }

  @Test
  void when_a_later_file_cannot_be_opened_the_streams_already_opened_are_closed() {
    List<String> closed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    DataSource source = name -> {
      if (name.equals("transfers.json")) {
        throw new IllegalStateException("no transfers here");
      }
      InputStream real = DataSource.bundled().open(name).orElseThrow();
      return Optional.of(new java.io.FilterInputStream(real) {
        @Override
        public void close() throws java.io.IOException {
          closed.add(name);
          super.close();
        }
      });
    };
    DataLoadException e = assertThrows(DataLoadException.class, () -> new DataLoader(source).load());
    assertTrue(e.problems().get(0).toString().startsWith("transfers.json: -: -: cannot be opened: the data source failed"
        + " with java.lang.IllegalStateException: no transfers here"), e.problems().toString());
    assertEquals(Family.values().subList(0, Family.TRANSFERS.ordinal()).stream().map(Family::fileName).toList(), closed);
  }

  @Test
  void a_short_value_repeated_by_many_records_of_a_file_is_held_once() {
    Dataset d = new DataLoader(DataSource.bundled()).load();
    java.util.Map<String, String> seen = new java.util.HashMap<>();
    int shared = 0;
    for (org.cstokit.model.transfer.ArmsTransfer t : d.transfers()) {
      for (org.cstokit.model.source.Citation c : t.citations()) {
        String first = seen.putIfAbsent(c.section(), c.section());
        if (first != null) {
          assertTrue(first == c.section(), "section \"" + c.section() + "\" is one instance");
          shared++;
        }
      }
    }
    assertTrue(shared > 50, "sections repeated across transfers: " + shared);
    // ids are unique and never pooled; a record's id text is its own
    assertEquals(d.transfers().size(), d.transfers().stream().map(t -> t.id().value()).distinct().count());
  }
}
