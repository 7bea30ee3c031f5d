package org.cstokit.analytics.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.google.common.collect.ImmutableList;
import com.google.common.reflect.TypeToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Year;
import java.util.List;
import org.cstokit.analytics.table.Total;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.time.YearSpan;

/**
 * Writes and reads aggregate tables as JSON: an array with one object per row, properties in the
 * row record's order and named in snake case like the CSV columns ({@code number_delivered}),
 * nested records as nested objects, an absent optional value as {@code null}, numbers as plain
 * JSON numbers. The values that {@link CsvTables} spreads into columns are objects with the same
 * names: a {@code Total} is {@code {"unit", "lower", "lower_open", "best", "upper", "upper_open",
 * "exact", "approximate", "unknown"}} ({@code upper} {@code null} when unbounded), a stated
 * {@code Quantity} {@code {"value", "qualifier", "basis", "unit", "lower", "lower_open", "upper",
 * "upper_open"}}. A {@link Year} is a number, a {@link YearSpan} its label ({@code "1990-1999"}).
 * Reading rejects unknown properties.
 */
public final class JsonTables {
  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new Jdk8Module())
      .addModule(module())
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private JsonTables() {}

  private static SimpleModule module() {
    SimpleModule m = new SimpleModule("csto-tables");
    m.addSerializer(Total.class, new PartsSerializer<>(Total.class));
    m.addSerializer(Quantity.class, new PartsSerializer<>(Quantity.class));
    JsonDeserializer<Total> total = new PartsDeserializer<>(Total.class);
    JsonDeserializer<Quantity> quantity = new PartsDeserializer<>(Quantity.class);
    // by subtype as well: a quantity is read as its generated implementation class
    m.setDeserializers(new SimpleDeserializers() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription beanDesc) throws JsonMappingException {
        if (Quantity.class.isAssignableFrom(type.getRawClass())) {
          return quantity;
        }
        if (Total.class.isAssignableFrom(type.getRawClass())) {
          return total;
        }
        return super.findBeanDeserializer(type, config, beanDesc);
      }
    });
    m.addSerializer(YearSpan.class, new JsonSerializer<YearSpan>() {
      @Override
      public void serialize(YearSpan value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.label());
      }
    });
    m.addDeserializer(YearSpan.class, new JsonDeserializer<YearSpan>() {
      @Override
      public YearSpan deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        try {
          return CsvTables.span(p.getValueAsString(""));
        } catch (IllegalArgumentException e) {
          return (YearSpan) ctxt.handleWeirdStringValue(YearSpan.class, p.getValueAsString(""), e.getMessage());
        }
      }
    });
    m.addSerializer(Year.class, new JsonSerializer<Year>() {
      @Override
      public void serialize(Year value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNumber(value.getValue());
      }
    });
    m.addDeserializer(Year.class, new JsonDeserializer<Year>() {
      @Override
      public Year deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return Year.of(p.getValueAsInt());
      }
    });
    return m;
  }

  /** Writes a value as an object of its parts ({@link Parts}). */
  private static final class PartsSerializer<T> extends JsonSerializer<T> {
    private final Parts.Layout layout;

    PartsSerializer(Class<T> type) {
      this.layout = Parts.of(type).orElseThrow();
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      for (Parts.Part part : layout.parts()) {
        gen.writeFieldName(part.name());
        provider.defaultSerializeValue(part.get().apply(value), gen);
      }
      gen.writeEndObject();
    }
  }

  /** Reads a value from an object of its parts ({@link Parts}). */
  private static final class PartsDeserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Parts.Layout layout;

    PartsDeserializer(Class<T> type) {
      this.type = type;
      this.layout = Parts.of(type).orElseThrow();
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree = ctxt.readTree(p);
      List<String> names = layout.parts().stream().map(Parts.Part::name).toList();
      tree.fieldNames().forEachRemaining(f -> {
        if (!names.contains(f)) {
          throw new IllegalArgumentException(type.getSimpleName() + ": unknown property " + f);
        }
      });
      Object[] args = new Object[names.size()];
      for (int i = 0; i < args.length; i++) {
        Parts.Part part = layout.parts().get(i);
        JsonNode n = tree.get(part.name());
        if (n == null) {
          return ctxt.reportInputMismatch(type, "%s: missing property %s", type.getSimpleName(), part.name());
        }
        args[i] = ctxt.readTreeAsValue(n, ctxt.constructType(part.type()));
      }
      try {
        return type.cast(layout.build().apply(args));
      } catch (IllegalArgumentException e) {
        return ctxt.reportInputMismatch(type, "%s: %s", type.getSimpleName(), e.getMessage());
      }
    }
  }

  /**
   * Writes a table as a JSON array.
   *
   * @param rows the rows
   * @param out where to write; not closed
   * @param <R> the row type
   * @throws IOException if writing fails
   */
  public static <R extends Record> void write(List<R> rows, Writer out) throws IOException {
    MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, rows);
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
   * @param type the row record type, with its type arguments where it has parameters
   *     ({@code new TypeToken<TransferGroup<StateCode>>() {}}; {@code TypeToken.of(Tie.class)})
   * @param in the JSON text; not closed
   * @param <R> the row type
   * @return the rows, in order
   * @throws IOException if the text is not such a table
   */
  public static <R extends Record> ImmutableList<R> read(TypeToken<R> type, Reader in) throws IOException {
    List<R> rows = MAPPER.readerFor(MAPPER.getTypeFactory().constructCollectionType(List.class,
        MAPPER.constructType(type.getType()))).without(JsonParser.Feature.AUTO_CLOSE_SOURCE).readValue(in);
    return ImmutableList.copyOf(rows);
  }

  /**
   * Reads a table from JSON text.
   *
   * @param type the row record type, with its type arguments where it has parameters
   * @param json the JSON text
   * @param <R> the row type
   * @return the rows, in order
   */
  public static <R extends Record> ImmutableList<R> fromJson(TypeToken<R> type, String json) {
    try {
      return read(type, new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a table of a row type without type parameters from JSON text.
   *
   * @param type the row record type
   * @param json the JSON text
   * @param <R> the row type
   * @return the rows, in order
   */
  public static <R extends Record> ImmutableList<R> fromJson(Class<R> type, String json) {
    return fromJson(TypeToken.of(type), json);
  }
}
