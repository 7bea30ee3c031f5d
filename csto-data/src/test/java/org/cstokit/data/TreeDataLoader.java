package org.cstokit.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cstokit.data.internal.Json;
import org.cstokit.data.internal.Validator;
import org.cstokit.model.InvalidValueException;
import org.cstokit.model.time.PartialDate;

/**
 * The loader as it was before the streaming pass (commit 4edc488): each file read whole into a
 * tree, then each record checked for bad characters and converted. Kept in the tests as the oracle
 * that the streaming loader must agree with, problem for problem, on every fuzzed file.
 */
final class TreeDataLoader {
  /** The schema version this loader reads. */
  static final int SCHEMA_VERSION = 1;

  private static final Set<String> ENVELOPE = Set.of("schemaVersion", "dataVersion", "horizon", "records");

  private final DataSource source;

  /**
   * Creates a loader reading from a data source.
   *
   * @param source where to read the files
   */
  TreeDataLoader(DataSource source) {
    this.source = source;
  }

  /**
   * Loads and validates every family.
   *
   * @return the data set
   * @throws DataLoadException listing every problem, if there is any
   */
  Dataset load() {
    List<Problem> problems = new ArrayList<>();
    Map<Family<?>, List<?>> records = new TreeMap<>();
    Set<String> versions = new TreeSet<>();
    Set<String> unparsed = new TreeSet<>();
    Set<Family<?>> failedFiles = new TreeSet<>();
    Map<Family<?>, PartialDate> horizons = new TreeMap<>();
    for (Family<?> family : Family.values()) {
      int before = problems.size();
      List<Object> parsed = parse(family, problems, versions, unparsed, horizons);
      records.put(family, parsed);
      if (problems.subList(before, problems.size()).stream().anyMatch(p -> p.recordId().equals("-"))) {
        failedFiles.add(family);
      }
    }
    if (versions.size() > 1) {
      problems.add(new Problem("*", "-", "dataVersion", "files disagree on the data version: " + versions));
    }
    // validate what could be parsed, so that one run reports every kind of problem at once
    problems.addAll(new Validator(records, unparsed, failedFiles).validate());
    if (!problems.isEmpty()) {
      throw new DataLoadException(DataLoadException.Kind.INVALID_DATA, problems);
    }
    return new Dataset(versions.isEmpty() ? "" : versions.iterator().next(), records, horizons);
  }

  private List<Object> parse(Family<?> family, List<Problem> problems, Set<String> versions, Set<String> unparsed,
      Map<Family<?>, PartialDate> horizons) {
    String file = family.fileName();
    List<Object> out = new ArrayList<>();
    JsonNode root;
    try {
      Optional<InputStream> in;
      try {
        in = source.open(file);
      } catch (RuntimeException e) {
        throw new DataLoadException(DataLoadException.Kind.UNREADABLE,
            List.of(new Problem(file, "-", "-", "cannot be opened: the data source failed with " + e)));
      }
      if (in == null) {
        throw new DataLoadException(DataLoadException.Kind.UNREADABLE,
            List.of(new Problem(file, "-", "-", "cannot be opened: the data source returned null instead of an Optional")));
      }
      if (in.isEmpty()) {
        problems.add(new Problem(file, "-", "-", "file is missing"));
        return out;
      }
      try (InputStream stream = in.get()) {
        root = Json.MAPPER.readTree(stream);
      }
    } catch (JsonProcessingException e) {
      // a read limit (string length, nesting, number length, document size) has no location
      problems.add(new Problem(file, "-", "-", "malformed JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr())));
      return out;
    } catch (NumberFormatException | ArithmeticException e) {
      problems.add(new Problem(file, "-", "-", "malformed JSON: a number cannot be read (" + e.getMessage() + ")"));
      return out;
    } catch (IOException e) {
      throw new DataLoadException(DataLoadException.Kind.UNREADABLE,
          List.of(new Problem(file, "-", "-", "cannot be read: " + e)));
    }
    if (root == null || !root.isObject()) {
      problems.add(new Problem(file, "-", "-", "is not a JSON object with schemaVersion, dataVersion and records"));
      return out;
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!ENVELOPE.contains(name)) {
        problems.add(new Problem(file, "-", name, "unknown envelope field"));
      }
    }
    JsonNode schema = root.get("schemaVersion");
    if (schema == null || !schema.isInt() || schema.intValue() != SCHEMA_VERSION) {
      problems.add(new Problem(file, "-", "schemaVersion", "must be " + SCHEMA_VERSION + ", was " + schema));
    }
    JsonNode version = root.get("dataVersion");
    if (version == null || !version.isTextual() || version.textValue().isBlank()) {
      problems.add(new Problem(file, "-", "dataVersion", "must be a non-blank string, was " + version));
    } else {
      versions.add(version.textValue());
    }
    JsonNode horizon = root.get("horizon");
    if (horizon != null) {
      if (family == Family.SOURCES) {
        problems.add(new Problem(file, "-", "horizon", "sources have no horizon (each source has its own knownAsOf)"));
      } else if (!horizon.isTextual()) {
        problems.add(new Problem(file, "-", "horizon", "must be a date such as \"2018-06\", was " + horizon));
      } else {
        try {
          horizons.put(family, PartialDate.parse(horizon.textValue()));
        } catch (InvalidValueException e) {
          problems.add(new Problem(file, "-", "horizon", e.getMessage()));
        }
      }
    }
    JsonNode list = root.get("records");
    if (list == null || !list.isArray()) {
      problems.add(new Problem(file, "-", "records", "must be an array, was " + list));
      return out;
    }
    int index = 0;
    for (JsonNode node : list) {
      String id = node.isObject() && node.get("id") != null && node.get("id").isTextual() ? node.get("id").asText() : "#" + index;
      if (!node.isObject()) {
        problems.add(new Problem(file, id, "-", "is " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
            + ", not a record (a JSON object)"));
        unparsed.add(id);
        index++;
        continue;
      }
      String badText = firstBad(node, "");
      if (badText != null) {
        problems.add(new Problem(file, id, badText.substring(0, badText.indexOf('|')), badText.substring(badText.indexOf('|') + 1)));
        unparsed.add(id);
        index++;
        continue;
      }
      try {
        out.add(Json.MAPPER.treeToValue(node, family.recordType()));
      } catch (JsonProcessingException e) {
        problems.add(new Problem(file, id, path(e), reason(e)));
        unparsed.add(id);
      } catch (IllegalArgumentException | ArithmeticException e) {
        problems.add(new Problem(file, id, "-", String.valueOf(e.getMessage())));
        unparsed.add(id);
      }
      index++;
    }
    return out;
  }

  private static String path(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException)) {
      return "-";
    }
    String p = ((JsonMappingException) e).getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
    return p.isEmpty() ? "-" : p;
  }

  private static String reason(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidValueException) {
        return t.getMessage();
      }
    }
    return e.getOriginalMessage().replaceAll("\\s+", " ");
  }

  private static String firstBad(JsonNode node, String path) {
    if (node.isTextual()) {
      String why = Characters.why(node.textValue());
      return why == null ? null : (path.isEmpty() ? "-" : path) + "|" + why;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String bad = firstBad(node.get(i), path + "[" + i + "]");
        if (bad != null) {
          return bad;
        }
      }
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String field = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        String whyKey = Characters.why(e.getKey());
        if (whyKey != null) {
          return (path.isEmpty() ? "-" : path) + "|a field name " + whyKey;
        }
        String bad = firstBad(e.getValue(), field);
        if (bad != null) {
          return bad;
        }
      }
    }
    return null;
  }

}
