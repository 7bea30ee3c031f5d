package org.cstokit.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cstokit.data.CstoData;
import org.cstokit.data.DataSource;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.data.internal.Json;
import org.cstokit.model.actor.State;
import org.cstokit.model.transfer.ArmsTransfer;
import org.cstokit.model.transfer.WeaponCategory;

/**
 * Writes synthetic arms-transfer data sets in the library's own format, for benchmarks: a
 * directory that holds every bundled family file unchanged except {@code transfers.json}, which
 * holds {@code rows} generated records, and {@code sources.json}, which gains one source,
 * {@value #SOURCE_ID}, that every generated record cites (so that no generated row is attributed
 * to a real document). The directory loads through {@code new DataLoader(DataSource.directory(dir))}.
 *
 * <p>The records are drawn with a {@link SplittableRandom} from the given seed, so the same seed
 * and row count give the same bytes on every JVM. The spread follows the bundled transfers:
 * suppliers, recipients, categories, terms, order years and (designation, description) pairs are
 * drawn from the bundled records four times in five and uniformly (over every bundled state and
 * every {@link WeaponCategory}) otherwise; about one record in ten has no order year, one in
 * twenty no number ordered and one in twenty no number delivered; numbers ordered are
 * log-uniform between 1 and 1,000. Every record has a table row ({@code SYN}, its index), so
 * the library's default scope ({@code TABLE_ROWS}) takes them all. Not thread-safe; a new
 * instance per data set.
 */
public final class SyntheticTransfers {
  /** The seed of every data set in docs/PERFORMANCE.md. */
  public static final long DEFAULT_SEED = 13L;
  /** The id of the source that every generated record cites. */
  public static final String SOURCE_ID = "csto-bench-synthetic";
  /** The table name of every generated record's table row. */
  public static final String TABLE = "SYN";

  private static final int FIRST_YEAR = 1992;

  private final Dataset bundled;
  private final SplittableRandom random;
  private final List<ArmsTransfer> templates;
  private final List<State> states;

  private SyntheticTransfers(Dataset bundled, long seed) {
    this.bundled = bundled;
    this.random = new SplittableRandom(seed);
    this.templates = bundled.transfers();
    this.states = bundled.states();
  }

  /**
   * Writes a whole synthetic data set into a directory (created if missing): every bundled
   * family, the augmented {@code sources.json} and a {@code transfers.json} of {@code rows}
   * generated records.
   *
   * @param directory the directory
   * @param rows how many transfer records, at least 1
   * @param seed the seed
   * @return the path of the written {@code transfers.json}
   * @throws UncheckedIOException if a file cannot be written
   */
  public static Path writeDataset(Path directory, int rows, long seed) {
    try {
      Files.createDirectories(directory);
      for (Family<?> family : Family.values()) {
        Path target = directory.resolve(family.fileName());
        if (family == Family.TRANSFERS) {
          continue;
        }
        byte[] bytes = bundledFile(family.fileName());
        if (family == Family.SOURCES) {
          bytes = withSyntheticSource(bytes);
        }
        Files.write(target, bytes);
      }
      Path transfers = directory.resolve(Family.TRANSFERS.fileName());
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(transfers), 1 << 16)) {
        writeTransfers(out, rows, seed);
      }
      return transfers;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthetic data set to " + directory, e);
    }
  }

  /**
   * Writes a {@code transfers.json} file of generated records: the envelope with the bundled
   * data version and the bundled transfers' declared horizon, then {@code rows} records sorted
   * by id ({@code syn-0000001}, …), formatted as the library writes its files.
   *
   * @param out where to write; not closed
   * @param rows how many records, at least 1
   * @param seed the seed
   * @throws IOException if writing fails
   */
  public static void writeTransfers(OutputStream out, int rows, long seed) throws IOException {
    if (rows < 1) {
      throw new IllegalArgumentException("rows: " + rows + " is not positive");
    }
    Dataset data = CstoData.bundled();
    new SyntheticTransfers(data, seed).write(out, rows);
  }

  private void write(OutputStream out, int rows) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.setPrettyPrinter(Json.printer()); // the library's own layout
      g.writeStartObject();
      g.writeNumberField("schemaVersion", 1);
      g.writeStringField("dataVersion", bundled.dataVersion());
      Optional<?> horizon = bundled.declaredHorizon(Family.TRANSFERS);
      if (horizon.isPresent()) {
        g.writeStringField("horizon", horizon.get().toString());
      }
      g.writeArrayFieldStart("records");
      for (int i = 1; i <= rows; i++) {
        record(g, i);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private void record(JsonGenerator g, int index) throws IOException {
    ArmsTransfer like = pick(templates);
    String supplier = random.nextInt(5) < 4 ? pick(templates).supplier().value() : anyState();
    String recipient;
    do {
      recipient = random.nextInt(5) < 4 ? pick(templates).recipient().value() : anyState();
    } while (recipient.equals(supplier));
    WeaponCategory category = random.nextInt(5) < 4 ? like.category()
        : WeaponCategory.values()[random.nextInt(WeaponCategory.values().length)];
    Optional<Integer> orderYear = Optional.empty();
    if (random.nextInt(10) > 0) {
      int year = pick(templates).orderYear().orElse(FIRST_YEAR + random.nextInt(27));
      orderYear = Optional.of(Math.max(FIRST_YEAR, Math.min(2018, year + random.nextInt(7) - 3)));
    }
    Optional<Integer> ordered = random.nextInt(20) == 0 ? Optional.empty()
        : Optional.of((int) Math.max(1, Math.round(Math.exp(random.nextDouble() * Math.log(1000)))));
    Optional<Integer> delivered;
    int d = random.nextInt(20);
    if (d == 0) {
      delivered = Optional.empty();
    } else if (d <= 2 && ordered.isPresent()) {
      delivered = Optional.of(random.nextInt(ordered.get() + 1));
    } else {
      delivered = Optional.of(ordered.orElse(1 + random.nextInt(100)));
    }
    g.writeStartObject();
    g.writeStringField("id", String.format("syn-%07d", index));
    g.writeStringField("supplier", supplier);
    g.writeStringField("recipient", recipient);
    g.writeStringField("designation", like.designation());
    g.writeStringField("description", like.description());
    g.writeStringField("category", category.name());
    if (orderYear.isPresent()) {
      int first = orderYear.get() + random.nextInt(4);
      g.writeNumberField("orderYear", orderYear.get());
      g.writeNumberField("deliveryFirst", first);
      g.writeNumberField("deliveryLast", first + random.nextInt(5));
    }
    if (ordered.isPresent()) {
      g.writeNumberField("numberOrdered", ordered.get());
    }
    if (delivered.isPresent()) {
      g.writeNumberField("numberDelivered", delivered.get());
    }
    g.writeStringField("terms", pick(templates).terms().name());
    g.writeObjectFieldStart("tableRow");
    g.writeStringField("table", TABLE);
    g.writeNumberField("row", index);
    g.writeEndObject();
    g.writeArrayFieldStart("citations");
    g.writeStartObject();
    g.writeStringField("source", SOURCE_ID);
    g.writeStringField("section", "Synthetic row");
    g.writeNumberField("row", index);
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private String anyState() {
    return pick(states).id().value();
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static byte[] bundledFile(String fileName) throws IOException {
    Optional<InputStream> in = DataSource.bundled().open(fileName);
    if (in.isEmpty()) {
      throw new IOException("the bundled data has no " + fileName);
    }
    try (InputStream stream = in.get()) {
      return stream.readAllBytes();
    }
  }

  /** The bundled sources with the synthetic source inserted in id order. */
  private static byte[] withSyntheticSource(byte[] sources) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(sources);
    ArrayNode records = (ArrayNode) root.get("records");
    ObjectNode source = mapper.createObjectNode();
    source.put("id", SOURCE_ID);
    source.put("title", "Synthetic arms transfers made by csto-bench for benchmarks (not facts)");
    source.put("publisher", "CSTO Kit");
    source.put("year", 2026);
    source.put("knownAsOf", "2018-06");
    source.put("kind", "DATABASE");
    List<JsonNode> all = new ArrayList<>();
    records.forEach(all::add);
    all.add(source);
    all.sort((a, b) -> a.get("id").asText().compareTo(b.get("id").asText()));
    records.removeAll();
    all.forEach(records::add);
    String text = mapper.writer(Json.printer()).writeValueAsString(root) + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes one data set: {@code SyntheticTransfers <directory> <rows> [seed]}.
   *
   * @param args the directory, the number of rows, and optionally the seed (default
   *     {@value #DEFAULT_SEED})
   */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: SyntheticTransfers <directory> <rows> [seed]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int rows = Integer.parseInt(args[1]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    long start = System.nanoTime();
    Path file = writeDataset(dir, rows, seed);
    System.out.printf("wrote %,d synthetic transfers (seed %d) to %s in %.1f s%n", rows, seed, file,
        (System.nanoTime() - start) / 1e9);
  }
}
