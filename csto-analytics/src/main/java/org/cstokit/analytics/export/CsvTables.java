package org.cstokit.analytics.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.reflect.TypeToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cstokit.model.time.YearSpan;

/**
 * Writes and reads aggregate tables (lists of Java records) as CSV with a header row, through
 * jackson-dataformat-csv. This is where the typed values of the analytics API are flattened into
 * columns, by the type of each component:
 *
 * <ul>
 *   <li>A component is one column named after it: its {@code @JsonProperty} name if it has one,
 *       else the component name in snake case ({@code numberDelivered} → {@code number_delivered}).
 *   <li>A component that is a record (other than a {@link YearSpan}) spreads into one column per
 *       component of its own, prefixed by its name. So does a
 *       {@link org.cstokit.analytics.table.Total}: {@code _unit, _lower, _lower_open, _best,
 *       _upper, _upper_open, _exact, _approximate, _unknown} ({@code delivered_lower}…), its
 *       bounds written out, an empty {@code _upper} when unbounded; and a stated
 *       {@link org.cstokit.model.quantity.Quantity}: {@code _value, _qualifier, _basis, _unit,
 *       _lower, _lower_open, _upper, _upper_open}.
 *   <li>Cells: numbers in plain notation ({@code 1100000000}, never {@code 1.1E+9}); identifiers,
 *       dates and enum constants as their text ({@code ARM}, {@code 2017-05}, {@code MORE_THAN});
 *       a {@link Year} as {@code 1993}, a {@link YearSpan} as its label {@code 1990-1999};
 *       booleans {@code true}/{@code false}; an empty cell for an absent optional value (an
 *       unknown key, an unbounded upper bound).
 * </ul>
 *
 * <p>The columns depend on the row type only. Reading checks the header and gives back equal
 * records, except that a quantity reads back with the bounds its columns give, stated
 * explicitly only where its qualifier does not imply them. A row type with a type parameter
 * ({@code TransferGroup<K>}) is read with a {@link TypeToken} that names it.
 */
public final class CsvTables {
  private static final ObjectMapper VALUES = JsonMapper.builder().addModule(new Jdk8Module()).build();
  private static final CsvMapper CSV = new CsvMapper();

  private CsvTables() {}

  /**
   * A node of a row type's column tree: a leaf is one column; a branch spreads its value over
   * its children and builds it back from them.
   */
  private record Node(String name, Type type, Function<Object, Object> get, List<Node> children,
      Function<Object[], Object> build) {
    boolean leaf() {
      return build == null;
    }
  }

  private static Node root(TypeToken<?> type) {
    Class<?> raw = type.getRawType();
    if (!raw.isRecord() && Parts.of(raw).isEmpty()) {
      throw new IllegalArgumentException("type: " + raw.getName() + " is not a record");
    }
    return node("", type, v -> v);
  }

  private static Node node(String name, TypeToken<?> type, Function<Object, Object> get) {
    Class<?> raw = type.getRawType();
    Optional<Parts.Layout> layout = Parts.of(raw);
    String prefix = name.isEmpty() ? "" : name + "_";
    if (layout.isPresent()) {
      List<Node> children = new ArrayList<>();
      for (Parts.Part p : layout.get().parts()) {
        children.add(node(prefix + p.name(), TypeToken.of(p.type()), p.get()));
      }
      return new Node(name, type.getType(), get, children, layout.get().build());
    }
    if (raw.isRecord() && raw != YearSpan.class && !(type.getType() instanceof TypeVariable<?>)) {
      List<Node> children = new ArrayList<>();
      for (RecordComponent c : raw.getRecordComponents()) {
        JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
        String child = prefix + (p != null && !p.value().isEmpty() ? p.value() : snake(c.getName()));
        children.add(node(child, type.resolveType(c.getGenericType()), accessor(c)));
      }
      Constructor<?> ctor = canonical(raw);
      return new Node(name, type.getType(), get, children, args -> construct(ctor, args));
    }
    return new Node(name, type.getType(), get, List.of(), null);
  }

  private static Function<Object, Object> accessor(RecordComponent c) {
    Method m = c.getAccessor();
    return v -> {
      try {
        return m.invoke(v);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("component " + c.getName() + ": cannot read", e);
      }
    };
  }

  private static Constructor<?> canonical(Class<?> type) {
    try {
      return type.getDeclaredConstructor(
          Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("type: no canonical constructor in " + type.getName(), e);
    }
  }

  private static Object construct(Constructor<?> ctor, Object[] args) {
    try {
      return ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("type: cannot construct " + ctor.getDeclaringClass().getName(), e);
    }
  }

  private static void leaves(Node n, List<Node> out) {
    if (n.leaf()) {
      out.add(n);
    } else {
      n.children().forEach(c -> leaves(c, out));
    }
  }

  private static List<Node> leaves(Node root) {
    List<Node> out = new ArrayList<>();
    leaves(root, out);
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
   * @param type the row type: a record, or a type the export spreads into columns
   *     ({@code Total}, {@code Quantity})
   * @return the column names
   * @throws IllegalArgumentException if the type is neither
   */
  public static ImmutableList<String> columns(Class<?> type) {
    return leaves(root(TypeToken.of(type))).stream().map(Node::name).collect(ImmutableList.toImmutableList());
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
  public static <R extends Record> void write(Class<R> type, List<? extends R> rows, Writer out) throws IOException {
    Node root = root(TypeToken.of(type));
    List<Node> columns = leaves(root);
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(c -> schema.addColumn(c.name()));
    try (SequenceWriter w = CSV.writer(schema.build().withHeader()).writeValues(out)) {
      for (R row : rows) {
        String[] cells = new String[columns.size()];
        int[] next = {0};
        fill(root, row, cells, next);
        w.write(cells);
      }
    }
  }

  private static void fill(Node n, Object value, String[] cells, int[] next) {
    if (n.leaf()) {
      cells[next[0]++] = cell(value);
      return;
    }
    for (Node c : n.children()) {
      fill(c, c.get().apply(value), cells, next);
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
  public static <R extends Record> String toCsv(Class<R> type, List<? extends R> rows) {
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
   * @param type the row record type, with its type arguments where it has parameters
   *     ({@code new TypeToken<TransferGroup<StateCode>>() {}}; {@code TypeToken.of(Tie.class)})
   * @param in the CSV text; not closed
   * @param <R> the row type
   * @return the rows, in order
   * @throws IOException if reading fails
   * @throws IllegalArgumentException naming the row and column if the header differs from the
   *     type's columns or a cell cannot be read
   */
  public static <R extends Record> ImmutableList<R> read(TypeToken<R> type, Reader in) throws IOException {
    Node root = root(type);
    List<Node> columns = leaves(root);
    List<String> expected = columns.stream().map(Node::name).toList();
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
        @SuppressWarnings("unchecked")
        R row = (R) build(root, cells, new int[] {0}, line);
        rows.add(row);
      }
    }
    return rows.build();
  }

  /**
   * Reads a table from CSV text.
   *
   * @param type the row record type, with its type arguments where it has parameters
   * @param csv the CSV text
   * @param <R> the row type
   * @return the rows, in order
   */
  public static <R extends Record> ImmutableList<R> fromCsv(TypeToken<R> type, String csv) {
    try {
      return read(type, new StringReader(csv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a table of a row type without type parameters from CSV text.
   *
   * @param type the row record type
   * @param csv the CSV text
   * @param <R> the row type
   * @return the rows, in order
   */
  public static <R extends Record> ImmutableList<R> fromCsv(Class<R> type, String csv) {
    return fromCsv(TypeToken.of(type), csv);
  }

  private static Object build(Node n, String[] cells, int[] next, int line) {
    if (n.leaf()) {
      return parse(cells[next[0]++], n.type(), n.name(), line);
    }
    Object[] args = new Object[n.children().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = build(n.children().get(i), cells, next, line);
    }
    try {
      return n.build().apply(args);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("row " + line + ": " + e.getMessage(), e);
    }
  }

  /**
   * The text of one cell.
   *
   * @param value a leaf value, possibly an optional
   * @return its text, empty for an absent value
   */
  static String cell(Object value) {
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
    if (v instanceof YearSpan s) {
      return s.label();
    }
    if (v instanceof Year y) {
      return y.toString();
    }
    return VALUES.valueToTree(v).asText();
  }

  /**
   * Reads one cell.
   *
   * @param cell the text
   * @param type the leaf's type
   * @param column the column, for messages
   * @param line the line, for messages
   * @return the value
   */
  static Object parse(String cell, Type type, String column, int line) {
    if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
      return cell.isEmpty() ? Optional.empty() : Optional.of(parse(cell, p.getActualTypeArguments()[0], column, line));
    }
    try {
      if (type instanceof TypeVariable<?> v) {
        throw new IllegalArgumentException("the type of " + v.getName() + " is unknown: read with a TypeToken that"
            + " names it");
      }
      if (type == String.class) {
        return cell;
      }
      if (type == YearSpan.class) {
        return span(cell);
      }
      if (type == Year.class) {
        return Year.of(Integer.parseInt(cell));
      }
      Object v = VALUES.convertValue(TextNode.valueOf(cell), VALUES.constructType(type));
      if (v == null) {
        throw new IllegalArgumentException("empty cell");
      }
      return v;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("row " + line + ", column " + column + ": cannot read \"" + cell + "\" ("
          + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads a year span from its label, {@code 1990-1999}.
   *
   * @param label the label
   * @return the span
   * @throws IllegalArgumentException if the text is not a label
   */
  static YearSpan span(String label) {
    int dash = label.indexOf('-', 1);
    if (dash < 0) {
      throw new IllegalArgumentException("not a span of years FIRST-LAST: " + label);
    }
    return YearSpan.closed(Integer.parseInt(label.substring(0, dash)), Integer.parseInt(label.substring(dash + 1)));
  }
}
