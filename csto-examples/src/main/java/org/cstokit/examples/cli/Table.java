package org.cstokit.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small rectangular table with named columns, printed as aligned text, JSON (an array of
 * objects, one per row) or CSV (RFC 4180 quoting). Immutable once built.
 *
 * <p>A cell keeps its value: text and CSV print its text form, JSON its JSON form. The text form
 * of an empty {@code Optional} is the empty string, of a collection its elements separated by
 * spaces, of anything else {@code String.valueOf}. In JSON an empty {@code Optional} is
 * {@code null}, a collection an array, a map an object, numbers and booleans are JSON numbers and
 * booleans, an enum constant is its name, and other values are written by Jackson as the data
 * files write them (identifiers and partial dates as strings, quantities and periods as objects;
 * days as ISO strings). {@link #cell(Object, String)} gives a cell its own text ({@code ?} for an
 * unknown number, which JSON writes as {@code null}).
 */
public final class Table {
  /**
   * The mapper of the JSON forms, in its own class so that it is built (with its modules, a good
   * part of the start-up of a command) only by the first command that prints JSON.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new Jdk8Module()).addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  }

  private final ImmutableList<String> columns;
  private final ImmutableList<ImmutableList<Object>> values;

  private Table(List<String> columns, List<ImmutableList<Object>> values) {
    this.columns = ImmutableList.copyOf(columns);
    this.values = ImmutableList.copyOf(values);
  }

  /**
   * A cell whose text form differs from its value's: the value goes to JSON, the text to the text
   * and CSV forms.
   *
   * @param value the value, written to JSON
   * @param text the text, printed in text and CSV
   * @return the cell
   */
  public static Object cell(Object value, String text) {
    return new Cell(value, text);
  }

  private record Cell(Object value, String text) {}

  /**
   * Returns the text form of a cell value.
   *
   * @param value a cell's value
   * @return its text
   */
  static String text(Object value) {
    if (value instanceof Cell c) {
      return c.text();
    }
    if (value instanceof Optional<?> o) {
      return o.map(Table::text).orElse("");
    }
    if (value instanceof Iterable<?> items) {
      StringBuilder s = new StringBuilder();
      for (Object o : items) {
        s.append(s.length() == 0 ? "" : " ").append(text(o));
      }
      return s.toString();
    }
    return String.valueOf(value);
  }

  /**
   * Returns the JSON form of a cell value.
   *
   * @param value a cell's value
   * @return its JSON tree
   */
  static JsonNode json(Object value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value instanceof Cell c) {
      return json(c.value());
    }
    if (value == null) {
      return nodes.nullNode();
    }
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? json(o.get()) : nodes.nullNode();
    }
    if (value instanceof Iterable<?> items) {
      ArrayNode array = nodes.arrayNode();
      items.forEach(o -> array.add(json(o)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = nodes.objectNode();
      map.forEach((k, v) -> object.set(text(k), json(v)));
      return object;
    }
    if (value instanceof Enum<?> e) {
      return nodes.textNode(e.name());
    }
    // strings, numbers, booleans; records, model values and days as Jackson writes them
    return Json.MAPPER.valueToTree(value);
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value a cell value, a record or a JSON tree
   * @return the JSON text
   */
  static String jsonText(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value instanceof JsonNode n ? n : json(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns the table as a JSON array of objects, one per row, keyed by column name.
   *
   * @return the JSON tree
   */
  public ArrayNode toJson() {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (List<Object> row : values) {
      ObjectNode o = array.addObject();
      for (int i = 0; i < columns.size(); i++) {
        o.set(columns.get(i), json(row.get(i)));
      }
    }
    return array;
  }

  /**
   * Starts a table.
   *
   * @param columns the column names
   * @return a builder
   */
  public static Builder of(String... columns) {
    return new Builder(Arrays.asList(columns));
  }

  /**
   * Returns the column names.
   *
   * @return the columns
   */
  public ImmutableList<String> columns() {
    return columns;
  }

  /**
   * Returns the rows in their text form.
   *
   * @return the rows, each as long as the columns
   */
  public ImmutableList<ImmutableList<String>> rows() {
    // loops rather than streams: the tool prints one table per run, and each lambda and collector
    // costs it a bootstrap
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builderWithExpectedSize(values.size());
    for (List<Object> r : values) {
      ImmutableList.Builder<String> row = ImmutableList.builderWithExpectedSize(r.size());
      for (Object cell : r) {
        row.add(text(cell));
      }
      rows.add(row.build());
    }
    return rows.build();
  }

  /**
   * Prints the table in a format.
   *
   * @param out where to print
   * @param format the format
   */
  public void print(PrintWriter out, Format format) {
    List<ImmutableList<String>> rows = rows();
    switch (format) {
      case JSON:
        out.println(jsonText(toJson()));
        break;
      case CSV:
        out.println(csvLine(columns));
        for (List<String> r : rows) {
          out.println(csvLine(r));
        }
        break;
      default:
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
          widths[i] = columns.get(i).length();
          for (List<String> r : rows) {
            widths[i] = Math.max(widths[i], r.get(i).length());
          }
        }
        out.println(textLine(columns, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
          rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (List<String> r : rows) {
          out.println(textLine(r, widths));
        }
        break;
    }
    out.flush();
  }

  private static String textLine(List<String> cells, int[] widths) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      s.append(i == 0 ? "" : "  ").append(i == cells.size() - 1 ? cells.get(i) : pad(cells.get(i), widths[i]));
    }
    return s.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  private static String csvLine(List<String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String c : cells) {
      boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
      quoted.add(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    return String.join(",", quoted);
  }

  /** Builds a {@link Table}. */
  public static final class Builder {
    private final List<String> columns;
    private final List<ImmutableList<Object>> rows = new ArrayList<>();

    private Builder(List<String> columns) {
      this.columns = columns;
    }

    /**
     * Adds a row; see the class comment for how each cell is printed.
     *
     * @param cells the cells, one per column
     * @return this builder
     * @throws IllegalArgumentException if the number of cells differs from the columns
     */
    public Builder row(Object... cells) {
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException("row: " + cells.length + " cells for " + columns.size() + " columns");
      }
      List<Object> row = new ArrayList<>();
      for (Object c : cells) {
        row.add(c == null ? Optional.empty() : c);
      }
      rows.add(ImmutableList.copyOf(row));
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     */
    public Table build() {
      return new Table(columns, rows);
    }
  }
}
