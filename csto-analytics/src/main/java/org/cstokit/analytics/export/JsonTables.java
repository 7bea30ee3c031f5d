package org.cstokit.analytics.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes and reads aggregate tables as JSON: an array with one object per row, properties in the
 * row record's order and named in snake case like the CSV columns ({@code number_delivered}),
 * nested records ({@code Total}, {@code Figure}) as nested objects, an absent optional value as
 * {@code null}, numbers as plain JSON numbers. Reading rejects unknown properties.
 */
public final class JsonTables {
  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new Jdk8Module()).addModule(new JavaTimeModule())
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private JsonTables() {}

  /**
   * Writes a table as a JSON array.
   *
   * @param rows the rows
   * @param out where to write; not closed
   * @param <R> the row type
   * @throws IOException if writing fails
   */
  public static <R extends Record> void write(List<R> rows, Writer out) throws IOException {
    MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, rows);
  }

  /**
   * Returns a table as JSON text.
   *
   * @param rows the rows
   * @param <R> the row type
   * @return the JSON text
   */
  public static <R extends Record> String toJson(List<R> rows) {
    StringWriter s = new StringWriter();
    try {
      write(rows, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }

  /**
   * Reads a table written by {@link #write}.
   *
   * @param type the row record type
   * @param in the JSON text; not closed
   * @param <R> the row type
   * @return the rows, in order
   * @throws IOException if the text is not such a table
   */
  public static <R extends Record> ImmutableList<R> read(Class<R> type, Reader in) throws IOException {
    List<R> rows = MAPPER.readerFor(MAPPER.getTypeFactory().constructCollectionType(List.class, type))
        .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE).readValue(in);
    return ImmutableList.copyOf(rows);
  }

  /**
   * Reads a table from JSON text.
   *
   * @param type the row record type
   * @param json the JSON text
   * @param <R> the row type
   * @return the rows, in order
   */
  public static <R extends Record> ImmutableList<R> fromJson(Class<R> type, String json) {
    try {
      return read(type, new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
