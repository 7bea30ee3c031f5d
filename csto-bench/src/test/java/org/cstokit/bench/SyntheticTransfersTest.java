package org.cstokit.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.cstokit.data.DataLoader;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.transfer.ArmsTransfer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticTransfersTest {
  private static final int ROWS = 1_000;

  @TempDir
  static Path dir;

  private static Dataset loaded;

  @BeforeAll
  static void generateAndLoad() {
    SyntheticTransfers.writeDataset(dir, ROWS, SyntheticTransfers.DEFAULT_SEED);
    loaded = Synthetic.load(dir);
  }

  private static byte[] transfers(int rows, long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticTransfers.writeTransfers(out, rows, seed);
    return out.toByteArray();
  }

  @Test
  void the_same_seed_gives_the_same_bytes_and_another_seed_other_bytes() throws IOException {
    byte[] once = transfers(ROWS, 7);
    assertArrayEquals(once, transfers(ROWS, 7));
    assertFalse(java.util.Arrays.equals(once, transfers(ROWS, 8)));
  }

  @Test
  void the_file_written_to_the_directory_is_the_one_the_stream_gets() throws IOException {
    assertArrayEquals(transfers(ROWS, SyntheticTransfers.DEFAULT_SEED),
        Files.readAllBytes(dir.resolve("transfers.json")));
  }

  @Test
  void every_generated_row_loads_through_the_library_loader() {
    assertEquals(ROWS, loaded.transfers().size());
    assertTrue(loaded.transfers().stream().allMatch(t -> t.id().value().startsWith("syn-")
        && t.tableRow().isPresent() && t.citations().get(0).source().value()
            .equals(SyntheticTransfers.SOURCE_ID)));
  }

  @Test
  void the_file_is_byte_for_byte_what_the_library_writes_for_the_loaded_records() {
    String written = DataLoader.write(loaded.transfers(), loaded.dataVersion(),
        loaded.declaredHorizon(Family.TRANSFERS));
    assertEquals(written, new String(readTransfers(), StandardCharsets.UTF_8));
  }

  private static byte[] readTransfers() {
    try {
      return Files.readAllBytes(dir.resolve("transfers.json"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void the_other_families_are_the_bundled_ones() {
    Dataset bundled = org.cstokit.data.CstoData.bundled();
    assertEquals(bundled.memberships(), loaded.memberships());
    assertEquals(bundled.states(), loaded.states());
    assertEquals(bundled.sources().size() + 1, loaded.sources().size());
  }

  @Test
  void the_rows_spread_over_suppliers_recipients_categories_years_and_unknowns() {
    Set<String> recipients = loaded.transfers().stream().map(t -> t.recipient().value())
        .collect(Collectors.toSet());
    Set<String> suppliers = loaded.transfers().stream().map(t -> t.supplier().value())
        .collect(Collectors.toSet());
    long categories = loaded.transfers().stream().map(ArmsTransfer::category).distinct().count();
    long years = loaded.transfers().stream().flatMap(t -> t.orderYear().stream()).distinct().count();
    long noYear = loaded.transfers().stream().filter(t -> t.orderYear().isEmpty()).count();
    long noDelivered = loaded.transfers().stream().filter(t -> t.numberDelivered().isEmpty()).count();
    assertTrue(recipients.size() >= 10, "recipients: " + recipients);
    assertTrue(suppliers.contains("RUS") && suppliers.size() >= 10, "suppliers: " + suppliers);
    assertTrue(categories >= 8, "categories: " + categories);
    assertTrue(years >= 20, "order years: " + years);
    assertTrue(noYear > ROWS / 20 && noYear < ROWS / 5, "records without an order year: " + noYear);
    assertTrue(noDelivered > 0 && noDelivered < ROWS / 10, "without a number delivered: " + noDelivered);
  }

  @Test
  void a_data_set_needs_at_least_one_row() {
    assertThrows(IllegalArgumentException.class, () -> transfers(0, 1));
  }
}
