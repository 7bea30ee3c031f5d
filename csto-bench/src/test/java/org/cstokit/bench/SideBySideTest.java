package org.cstokit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.cstokit.bench.SideBySide.Aggregation;
import org.cstokit.bench.SideBySide.Sums;
import org.cstokit.data.Dataset;
import org.cstokit.model.transfer.ArmsTransfer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SideBySideTest {
  private static final int ROWS = 2_000;

  @TempDir
  static Path dir;

  private static Dataset data;
  private static SideBySide sides;

  @BeforeAll
  static void load() throws SQLException {
    SyntheticTransfers.writeDataset(dir, ROWS, 42);
    data = Synthetic.load(dir);
    sides = new SideBySide(data);
  }

  @AfterAll
  static void close() throws SQLException {
    sides.close();
  }

  /** The figures over all groups, by a plain loop over the records: an oracle for both sides. */
  private static Sums plainTotals() {
    long ordered = 0;
    long delivered = 0;
    for (ArmsTransfer t : data.transfers()) {
      ordered += t.numberOrdered().orElse(0);
      delivered += t.numberDelivered().orElse(0);
    }
    return new Sums(data.transfers().size(), ordered, delivered);
  }

  private static Sums overAllGroups(Map<String, Sums> groups) {
    return groups.values().stream().reduce(new Sums(0, 0, 0),
        (a, b) -> new Sums(a.records() + b.records(), a.ordered() + b.ordered(),
            a.delivered() + b.delivered()));
  }

  @Test
  void library_and_duckdb_give_the_same_figures_for_every_group() throws SQLException {
    for (Aggregation a : Aggregation.values()) {
      Map<String, Sums> library = sides.library(a);
      assertFalse(library.isEmpty(), a.name());
      assertEquals(library, sides.duckdb(a), a.name());
      sides.checkAgreement(a);
    }
  }

  @Test
  void both_sides_add_up_to_the_plain_totals_of_the_records() throws SQLException {
    for (Aggregation a : Aggregation.values()) {
      assertEquals(plainTotals(), overAllGroups(sides.library(a)), a.name());
      assertEquals(plainTotals(), overAllGroups(sides.duckdb(a)), a.name());
    }
  }

  @Test
  void a_recipient_decade_key_names_the_recipient_and_the_decade_or_unknown() throws SQLException {
    ArmsTransfer first = data.transfers().get(0);
    String key = first.recipient().value() + "|"
        + first.orderYear().map(y -> (y - y % 10) + "s").orElse("unknown");
    Optional<Sums> group = Optional.ofNullable(sides.duckdb(Aggregation.BY_RECIPIENT_DECADE).get(key));
    assertTrue(group.isPresent(), key);
    long records = data.transfers().stream()
        .filter(t -> (t.recipient().value() + "|" + t.orderYear().map(y -> (y - y % 10) + "s")
            .orElse("unknown")).equals(key))
        .count();
    assertEquals(records, group.get().records());
  }
}
