package org.cstokit.analytics.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;

/**
 * The whole data set, one flat CSV per family, one row per record in id order.
 *
 * <p>The columns are the record type's JSON fields (the names of the data files, see
 * {@code docs/DATA-FORMAT.md}) in the order the model writes them; a field holding an object
 * (a period, a lease, a table row, a single quantity) spreads into one column per field of its
 * own, joined by a dot ({@code period.start}, {@code lease.expires}, {@code value.qualifier}).
 * The columns depend on the type, not on the data, so they are the same for every data version.
 * Cells: text as is; an absent value empty; a list of plain values joined by {@code "; "}
 * ({@code ARM; BLR; RUS}); a list of objects (citations, disputes, strengths, personnel figures)
 * as compact JSON text in one cell.
 */
public final class FamilyCsv {
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new Jdk8Module())
      .addModule(new GuavaModule())
      .defaultPropertyInclusion(
          JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS))
      .build();
  private static final CsvMapper CSV = new CsvMapper();

  private FamilyCsv() {}

  /**
   * Returns the columns of a family, in order.
   *
   * @param family the family
   * @return the column names
   */
  public static ImmutableList<String> columns(Family<?> family) {
    List<String> out = new ArrayList<>();
    collect(JSON.constructType(family.recordType()), "", out, 0);
    return ImmutableList.copyOf(out);
  }

  private static void collect(JavaType type, String prefix, List<String> out, int depth) {
    Iterator<PropertyWriter> props = properties(type);
    while (props.hasNext()) {
      PropertyWriter p = props.next();
      JavaType t = p.getType();
      if (t.isReferenceType()) {
        t = t.getContentType();
      }
      String name = prefix + p.getName();
      if (!t.isContainerType() && depth < 4 && properties(t) != null) {
        collect(t, name + ".", out, depth + 1);
      } else {
        out.add(name);
      }
    }
  }

  private static Iterator<PropertyWriter> properties(JavaType type) {
    try {
      SerializerProvider provider = JSON.getSerializerProviderInstance();
      JsonSerializer<Object> s = provider.findValueSerializer(type);
      return s instanceof BeanSerializerBase b ? b.properties() : null;
    } catch (JsonMappingException e) {
      throw new IllegalStateException("type: no serializer for " + type, e);
    }
  }

  /**
   * Writes one family of the data set as CSV: a header row, then one row per record.
   *
   * @param data the data set
   * @param family the family
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(Dataset data, Family<?> family, Writer out) throws IOException {
    List<String> columns = columns(family);
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(schema::addColumn);
    try (SequenceWriter w = CSV.writer(schema.build().withHeader()).writeValues(out)) {
      for (Object record : data.records(family)) {
        JsonNode tree = JSON.valueToTree(record);
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cell(tree, columns.get(i));
        }
        w.write(cells);
      }
    }
  }

  /**
   * Returns one family of the data set as CSV text.
   *
   * @param data the data set
   * @param family the family
   * @return the CSV text
   */
  public static String toCsv(Dataset data, Family<?> family) {
    StringWriter s = new StringWriter();
    try {
      write(data, family, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }

  /**
   * Writes every family into a directory, one UTF-8 file each, named after the family's data
   * file ({@code transfers.json} → {@code transfers.csv}).
   *
   * @param data the data set
   * @param directory an existing directory
   * @return the files written, in family order
   * @throws IOException if writing fails
   */
  public static ImmutableList<Path> writeAll(Dataset data, Path directory) throws IOException {
    ImmutableList.Builder<Path> files = ImmutableList.builder();
    for (Family<?> f : Family.values()) {
      Path file = directory.resolve(f.fileName().replace(".json", ".csv"));
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        write(data, f, w);
      }
      files.add(file);
    }
    return files.build();
  }

  private static String cell(JsonNode tree, String column) throws IOException {
    JsonNode n = tree;
    for (String part : column.split("\\.")) {
      n = n == null ? null : n.get(part);
    }
    if (n == null || n.isNull()) {
      return "";
    }
    if (n.isArray()) {
      boolean plain = true;
      for (JsonNode e : n) {
        plain &= e.isValueNode();
      }
      if (plain) {
        List<String> parts = new ArrayList<>();
        n.forEach(e -> parts.add(text(e)));
        return String.join("; ", parts);
      }
      return JSON.writeValueAsString(n);
    }
    return n.isContainerNode() ? JSON.writeValueAsString(n) : text(n);
  }

  private static String text(JsonNode n) {
    return n.isBigDecimal() ? n.decimalValue().toPlainString() : n.asText();
  }
}
