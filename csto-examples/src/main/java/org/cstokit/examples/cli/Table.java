package org.cstokit.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small rectangular table of text cells with named columns, printed as aligned text, JSON (an
 * array of objects) or CSV (RFC 4180 quoting). Immutable once built.
 */
public final class Table {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ImmutableList<String> columns;
  private final ImmutableList<ImmutableList<String>> rows;

  private Table(List<String> columns, List<ImmutableList<String>> rows) {
    this.columns = ImmutableList.copyOf(columns);
    this.rows = ImmutableList.copyOf(rows);
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
   * Returns the rows.
   *
   * @return the rows, each as long as the columns
   */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /**
   * Prints the table in a format.
   *
   * @param out where to print
   * @param format the format
   */
  public void print(PrintWriter out, Format format) {
    switch (format) {
      case JSON:
        ArrayNode array = JSON.createArrayNode();
        for (List<String> row : rows) {
          ObjectNode o = array.addObject();
          for (int i = 0; i < columns.size(); i++) {
            o.put(columns.get(i), row.get(i));
          }
        }
        try {
          out.println(JSON.writeValueAsString(array));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
        break;
      case CSV:
        out.println(csvLine(columns));
        rows.forEach(r -> out.println(csvLine(r)));
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
        rows.forEach(r -> out.println(textLine(r, widths)));
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
    private final List<ImmutableList<String>> rows = new ArrayList<>();

    private Builder(List<String> columns) {
      this.columns = columns;
    }

    /**
     * Adds a row; each cell is written with {@code String.valueOf}.
     *
     * @param cells the cells, one per column
     * @return this builder
     * @throws IllegalArgumentException if the number of cells differs from the columns
     */
    public Builder row(Object... cells) {
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException("row: " + cells.length + " cells for " + columns.size() + " columns");
      }
      rows.add(Arrays.stream(cells).map(String::valueOf).collect(ImmutableList.toImmutableList()));
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
