package org.cstokit.analytics.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes and reads aggregate tables (lists of Java records) as CSV with a header row, through
 * jackson-dataformat-csv.
 *
 * <p>Columns follow the record's components in declaration order. A column's name is the
 * component's {@code @JsonProperty} name if it has one, else the component name in snake case
 * ({@code numberDelivered} → {@code number_delivered}). A component that is itself a record
 * ({@link org.cstokit.analytics.table.Total}, {@link org.cstokit.analytics.table.Figure}) spreads
 * into one column per component of its own, prefixed by its name ({@code delivered_lower},
 * {@code delivered_best}…). Cells: numbers in plain notation ({@code 1100000000}, never
 * {@code 1.1E+9}), identifiers, dates, years and enum constants as their text ({@code ARM},
 * {@code 2017-05}, {@code 2017}, {@code MORE_THAN}), booleans {@code true}/{@code false}, an
 * empty cell for an absent optional value, and a value that is neither a record nor a scalar (a
 * {@link org.cstokit.model.quantity.Quantity}) as its JSON text in one cell. Reading checks the header and gives back equal records.
 */
public final class CsvTables {
  private static final ObjectMapper VALUES = JsonMapper.builder().addModule(new Jdk8Module())
      .addModule(new JavaTimeModule()).enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  private static final CsvMapper CSV = new CsvMapper();

  private CsvTables() {}

  /** A column: the path of components from the row record to a leaf. */
  private record Column(String name, List<RecordComponent> path) {
    Type type() {
      return path.get(path.size() - 1).getGenericType();
    }
  }

  private static List<Column> leaves(Class<?> type, String prefix, List<RecordComponent> path) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException("type: " + type.getName() + " is not a record");
    }
    List<Column> out = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
      String name = prefix + (p != null && !p.value().isEmpty() ? p.value() : snake(c.getName()));
      List<RecordComponent> sub = new ArrayList<>(path);
      sub.add(c);
      if (c.getType().isRecord()) {
        out.addAll(leaves(c.getType(), name + "_", sub));
      } else {
        out.add(new Column(name, List.copyOf(sub)));
      }
    }
    return out;
  }

  /**
   * Turns a camel-case name into snake case: {@code lowerOpen} → {@code lower_open}.
   *
   * @param name the name
   * @return the snake-case name
   */
  public static String snake(String name) {
    StringBuilder s = new StringBuilder();
    for (char ch : name.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        s.append('_').append(Character.toLowerCase(ch));
      } else {
        s.append(ch);
      }
    }
    return s.toString();
  }

  /**
   * Returns the column names of a table type, in order.
   *
   * @param type the row record type
   * @return the column names
   * @throws IllegalArgumentException if the type is not a record
   */
  public static ImmutableList<String> columns(Class<? extends Record> type) {
    return leaves(type, "", List.of()).stream().map(Column::name).collect(ImmutableList.toImmutableList());
  }

  /**
   * Writes a table as CSV: a header row, then one row per record.
   *
   * @param type the row record type
   * @param rows the rows
   * @param out where to write; not closed
   * @param <R> the row type
   * @throws IOException if writing fails
   */
  public static <R extends Record> void write(Class<R> type, List<R> rows, Writer out) throws IOException {
    List<Column> columns = leaves(type, "", List.of());
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(c -> schema.addColumn(c.name()));
    try (SequenceWriter w = CSV.writer(schema.build().withHeader()).writeValues(out)) {
      for (R row : rows) {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cell(get(row, columns.get(i)));
        }
        w.write(cells);
      }
    }
  }

  /**
   * Returns a table as CSV text.
   *
   * @param type the row record type
   * @param rows the rows
   * @param <R> the row type
   * @return the CSV text, header first, lines ending in {@code \n}
   */
  public static <R extends Record> String toCsv(Class<R> type, List<R> rows) {
    StringWriter s = new StringWriter();
    try {
      write(type, rows, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }

  /**
   * Reads a table written by {@link #write}.
   *
   * @param type the row record type
   * @param in the CSV text; not closed
   * @param <R> the row type
   * @return the rows, in order
   * @throws IOException if reading fails
   * @throws IllegalArgumentException naming the row and column if the header differs from the
   *     type's columns or a cell cannot be read
   */
  public static <R extends Record> ImmutableList<R> read(Class<R> type, Reader in) throws IOException {
    List<Column> columns = leaves(type, "", List.of());
    List<String> expected = columns.stream().map(Column::name).toList();
    ImmutableList.Builder<R> rows = ImmutableList.builder();
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
        .readValues(in)) {
      if (!it.hasNext()) {
        throw new IllegalArgumentException("header: missing; expected " + expected);
      }
      List<String> header = Arrays.asList(it.next());
      if (!header.equals(expected)) {
        throw new IllegalArgumentException("header: " + header + " differs from the columns " + expected);
      }
      int line = 1;
      while (it.hasNext()) {
        line++;
        String[] cells = it.next();
        if (cells.length != columns.size()) {
          throw new IllegalArgumentException("row " + line + ": " + cells.length + " cells, expected " + columns.size());
        }
        rows.add(build(type, columns, cells, line));
      }
    }
    return rows.build();
  }

  /**
   * Reads a table from CSV text.
   *
   * @param type the row record type
   * @param csv the CSV text
   * @param <R> the row type
   * @return the rows, in order
   */
  public static <R extends Record> ImmutableList<R> fromCsv(Class<R> type, String csv) {
    try {
      return read(type, new StringReader(csv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object get(Object row, Column c) {
    Object v = row;
    for (RecordComponent rc : c.path()) {
      try {
        v = rc.getAccessor().invoke(v);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("column " + c.name() + ": cannot read " + rc.getName(), e);
      }
    }
    return v;
  }

  private static String cell(Object value) {
    Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof String s) {
      return s;
    }
    JsonNode tree = VALUES.valueToTree(v);
    if (!tree.isContainerNode()) {
      return tree.asText();
    }
    try {
      return VALUES.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cell: cannot write " + v, e);
    }
  }

  private static <R> R build(Class<R> type, List<Column> columns, String[] cells, int line) {
    int[] next = {0};
    return type.cast(construct(type, columns, cells, next, 0, line));
  }

  private static Object construct(Class<?> type, List<Column> columns, String[] cells, int[] next, int depth, int line) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      if (components[i].getType().isRecord()) {
        args[i] = construct(components[i].getType(), columns, cells, next, depth + 1, line);
      } else {
        Column c = columns.get(next[0]);
        args[i] = parse(cells[next[0]], c.type(), c.name(), line);
        next[0]++;
      }
    }
    try {
      Constructor<?> ctor = type.getDeclaredConstructor(
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("row " + line + ": " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("type: cannot construct " + type.getName(), e);
    }
  }

  private static Object parse(String cell, Type type, String column, int line) {
    try {
      if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
        return cell.isEmpty() ? Optional.empty() : Optional.of(parse(cell, p.getActualTypeArguments()[0], column, line));
      }
      if (type == String.class) {
        return cell;
      }
      JavaType t = VALUES.constructType(type);
      Object v = cell.startsWith("{") || cell.startsWith("[") ? VALUES.readValue(cell, t)
          : VALUES.convertValue(TextNode.valueOf(cell), t);
      if (v == null) {
        throw new IllegalArgumentException("empty cell");
      }
      return v;
    } catch (IllegalArgumentException | JsonProcessingException e) {
      throw new IllegalArgumentException("row " + line + ", column " + column + ": cannot read \"" + cell + "\" ("
          + e.getMessage() + ")", e);
    }
  }
}
