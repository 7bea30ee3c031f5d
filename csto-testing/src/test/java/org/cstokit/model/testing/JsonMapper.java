package org.cstokit.model.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper.Builder;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/** A strict JSON mapper for the model's tests (the data module has its own, stricter one). */
public final class JsonMapper {
  private JsonMapper() {}

  /** The shared mapper: unknown properties and null primitives fail. */
  public static final ObjectMapper MAPPER = strict();

  private static ObjectMapper strict() {
    Builder b = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .addModule(new Jdk8Module()).addModule(new JavaTimeModule()).addModule(new GuavaModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    return b.build();
  }

  /**
   * The public model type a value belongs to: the abstract type behind a generated class.
   *
   * @param value a model value
   * @return its abstract type
   */
  public static Class<?> modelType(Object value) {
    Class<?> c = value.getClass();
    return c.getSimpleName().startsWith("Immutable") ? c.getSuperclass() : c;
  }

  /**
   * Writes a value as JSON.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a value and reads it back as its model type.
   *
   * @param value the value
   * @param <T> its type
   * @return the value read back
   */
  @SuppressWarnings("unchecked")
  public static <T> T roundTrip(T value) {
    try {
      return (T) MAPPER.readValue(write(value), modelType(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
