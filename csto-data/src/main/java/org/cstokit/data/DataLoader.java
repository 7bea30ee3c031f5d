package org.cstokit.data;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.Collectors;
import org.cstokit.data.internal.Json;
import org.cstokit.data.internal.Validator;
import org.cstokit.model.InvalidValueException;
import org.cstokit.model.time.PartialDate;

/**
 * Loads data files all or nothing: parses every file of every {@link Family}, builds every
 * record, validates every cross-record rule, collects every problem, then either throws one
 * {@link DataLoadException} listing them all or returns one immutable {@link Dataset}.
 *
 * <p>Each file is first read by a strict fast reader that accepts only the form {@link #write}
 * writes; a file it cannot read whole is opened again and read through the general path, which
 * reports its problems (see {@link DataSource#open}). Which path read a file never changes what a
 * load returns or reports.
 */
public final class DataLoader {
  /** The schema version this loader reads. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * The mapper's reader, built on first use: a file that the fast reader reads whole never loads
   * data binding.
   */
  private static final class Nodes {
    /** Reads one value of a file in the middle of the stream; the end of the file is checked by {@link #trailing}. */
    static final ObjectReader NODES =
        Json.MAPPER.reader().without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private final DataSource source;
  private final boolean fast;
  private final boolean validate;

  /**
   * Creates a loader reading from a data source.
   *
   * @param source where to read the files
   */
  public DataLoader(DataSource source) {
    this(source, true);
  }

  /** A loader that reads every file through the general path if {@code fast} is false (for the tests). */
  DataLoader(DataSource source, boolean fast) {
    this(source, fast, true);
  }

  /**
   * A loader that skips the cross-record {@link Validator} if {@code validate} is false: only for
   * the bundled files, which a test of the build proves valid as packaged ({@link CstoData}).
   * Every record is still built and checked by the model, and a file with a problem still fails.
   */
  DataLoader(DataSource source, boolean fast, boolean validate) {
    this.source = source;
    this.fast = fast;
    this.validate = validate;
  }

  /**
   * Loads and validates every family.
   *
   * <p>The work is spread over threads: the files are read side by side on the common fork-join
   * pool and the calling thread, and the data set is built there while the calling thread
   * validates the records. A file longer than 4 MB, from a stream that says how long it is (a file
   * on disk), is cut between records into pieces, read by the calling thread and by short-lived
   * daemon threads, one fewer than the processors, stopped when the file is read. What is loaded
   * or reported does not depend on which thread finished first.
   *
   * @return the data set
   * @throws DataLoadException listing every problem, if there is any
   */
  public Dataset load() {
    // the files are opened one after the other, in family order, and then read side by side: a data
    // source is only ever asked for one file at a time, and what is reported does not depend on
    // which file finished first
    List<Optional<InputStream>> opened = new ArrayList<>();
    try {
      for (Family<?> family : Family.values()) {
        opened.add(open(family.fileName()));
      }
    } catch (DataLoadException e) {
      opened.forEach(DataLoader::closeQuietly);
      throw e;
    }
    List<FileResult> results = new ArrayList<>(java.util.stream.IntStream.range(0, opened.size()).parallel()
        .mapToObj(i -> fast ? readFast(Family.values().get(i), opened.get(i)) : read(Family.values().get(i), opened.get(i)))
        .toList());
    // a file the fast reader gave up on (not in the canonical form, or with a problem to report) is
    // opened again, in family order, one at a time, and read through the general path, which says
    // what is wrong exactly as if it had been the only path
    List<Integer> again = new ArrayList<>();
    List<Optional<InputStream>> reopened = new ArrayList<>();
    try {
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i) == null) {
          again.add(i);
          reopened.add(open(Family.values().get(i).fileName()));
        }
      }
    } catch (DataLoadException e) {
      reopened.forEach(DataLoader::closeQuietly);
      throw e;
    }
    List<FileResult> reread = java.util.stream.IntStream.range(0, again.size()).parallel()
        .mapToObj(k -> read(Family.values().get(again.get(k)), reopened.get(k))).toList();
    for (int k = 0; k < again.size(); k++) {
      results.set(again.get(k), reread.get(k));
    }
    for (FileResult r : results) {
      if (r.unreadable != null) {
        throw r.unreadable;
      }
    }
    List<Problem> problems = new ArrayList<>();
    Map<Family<?>, List<?>> records = new TreeMap<>();
    Set<String> versions = new TreeSet<>();
    Set<String> unparsed = new TreeSet<>();
    Set<Family<?>> failedFiles = new TreeSet<>();
    Map<Family<?>, PartialDate> horizons = new TreeMap<>();
    for (int i = 0; i < results.size(); i++) {
      Family<?> family = Family.values().get(i);
      FileResult r = results.get(i);
      records.put(family, r.records);
      problems.addAll(r.problems);
      unparsed.addAll(r.unparsed);
      r.version.ifPresent(versions::add);
      r.horizon.ifPresent(h -> horizons.put(family, h));
      if (r.problems.stream().anyMatch(p -> p.recordId().equals("-"))) {
        failedFiles.add(family);
      }
    }
    if (versions.size() > 1) {
      problems.add(new Problem("*", "-", "dataVersion", "files disagree on the data version: " + versions));
    }
    String version = versions.isEmpty() ? "" : versions.iterator().next();
    if (!problems.isEmpty()) {
      // validate what could be parsed, so that one run reports every kind of problem at once
      problems.addAll(new Validator(records, unparsed, failedFiles).validate());
      throw new DataLoadException(DataLoadException.Kind.INVALID_DATA, problems);
    }
    return validate
        ? validatedWhileBuilt(version, records, horizons, unparsed, failedFiles)
        : new Dataset(version, records, horizons);
  }

  /**
   * Validates the records while another thread builds the data set from them: the two only read
   * the records, and each took about a fifth of a load. If the validator finds a problem, the data
   * set is dropped unseen, so nothing is half-loaded, and whatever its construction threw (a
   * repeated id, say) is not reported: the validator's problems say why the records are wrong.
   */
  private static Dataset validatedWhileBuilt(String version, Map<Family<?>, List<?>> records,
      Map<Family<?>, PartialDate> horizons, Set<String> unparsed, Set<Family<?>> failedFiles) {
    ForkJoinTask<Dataset> building = ForkJoinPool.commonPool().submit(() -> new Dataset(version, records, horizons));
    List<Problem> problems = new Validator(records, unparsed, failedFiles).validate();
    if (!problems.isEmpty()) {
      throw new DataLoadException(DataLoadException.Kind.INVALID_DATA, problems);
    }
    return building.join();
  }

  private Optional<InputStream> open(String file) {
    Optional<InputStream> in;
    try {
      in = source.open(file);
    } catch (RuntimeException e) {
      throw new DataLoadException(DataLoadException.Kind.UNREADABLE,
          List.of(new Problem(file, "-", "-", "cannot be opened: the data source failed with " + e)));
    } catch (IOException e) {
      throw new DataLoadException(DataLoadException.Kind.UNREADABLE,
          List.of(new Problem(file, "-", "-", "cannot be read: " + e)));
    }
    if (in == null) {
      throw new DataLoadException(DataLoadException.Kind.UNREADABLE,
          List.of(new Problem(file, "-", "-", "cannot be opened: the data source returned null instead of an Optional")));
    }
    return in;
  }

  private static void closeQuietly(Optional<InputStream> in) {
    try {
      if (in.isPresent()) {
        in.get().close();
      }
    } catch (IOException e) {
      // the load already fails for another file; a stream that cannot even be closed changes nothing
    }
  }

  /**
   * Reads one opened file through the fast reader, or returns null if it gave up (the file is read
   * again through the general path). A missing file goes to the general path at once.
   */
  private static FileResult readFast(Family<?> family, Optional<InputStream> in) {
    if (in.isEmpty()) {
      return read(family, in);
    }
    FastReader.Result fast;
    try {
      fast = FastReader.read(family, in.get());
    } catch (IOException e) {
      FileResult u = new FileResult();
      u.unreadable = new DataLoadException(DataLoadException.Kind.UNREADABLE,
          List.of(new Problem(family.fileName(), "-", "-", "cannot be read: " + e)));
      return u;
    }
    if (fast == null) {
      return null;
    }
    FileResult r = new FileResult();
    r.records.addAll(fast.records());
    r.version = Optional.of(fast.version());
    r.horizon = fast.horizon();
    return r;
  }

  /**
   * Reads one file through the general path alone, for the tests.
   *
   * @return the file's records, or null if the file has problems
   */
  static List<Object> readGeneral(Family<?> family, InputStream in) {
    FileResult r = read(family, Optional.of(in));
    return r.unreadable == null && r.problems.isEmpty() ? r.records : null;
  }

  /**
   * Reads one opened file in one streaming pass: the envelope token by token, each record straight
   * into the mapper. What the file yields (records, problems, version, horizon) is handed over only
   * if the whole file is well-formed JSON: a syntax error anywhere is one problem for the file.
   */
  private static FileResult read(Family<?> family, Optional<InputStream> in) {
    String file = family.fileName();
    FileResult r = new FileResult();
    if (in.isEmpty()) {
      r.problems.add(new Problem(file, "-", "-", "file is missing"));
      return r;
    }
    try (InputStream stream = in.get(); JsonParser parser = new CheckingParser(Json.MAPPER.createParser(stream))) {
      read(family, file, parser, r);
    } catch (JsonProcessingException e) {
      // a read limit (string length, nesting, number length, document size) has no location
      return FileResult.failed(new Problem(file, "-", "-", "malformed JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr())));
    } catch (NumberFormatException | ArithmeticException e) {
      return FileResult.failed(new Problem(file, "-", "-", "malformed JSON: a number cannot be read (" + e.getMessage() + ")"));
    } catch (IOException e) {
      FileResult u = new FileResult();
      u.unreadable = new DataLoadException(DataLoadException.Kind.UNREADABLE,
          List.of(new Problem(file, "-", "-", "cannot be read: " + e)));
      return u;
    }
    return r;
  }

  /** What one file yields; handed over only when the whole file is well-formed. */
  private static final class FileResult {
    final List<Object> records = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final Set<String> unparsed = new TreeSet<>();
    Optional<String> version = Optional.empty();
    Optional<PartialDate> horizon = Optional.empty();
    DataLoadException unreadable;

    static FileResult failed(Problem problem) {
      FileResult r = new FileResult();
      r.problems.add(problem);
      return r;
    }
  }

  private static void read(Family<?> family, String file, JsonParser parser, FileResult r) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      if (parser.currentToken() != null) {
        parser.skipChildren();
        trailing(parser);
      }
      r.problems.add(new Problem(file, "-", "-", "is not a JSON object with schemaVersion, dataVersion and records"));
      return;
    }
    JsonNode schema = null;
    JsonNode version = null;
    boolean sawRecords = false;
    JsonNode notRecords = null;
    // reported in the order the tree-reading loader used: unknown fields, schema, version, horizon
    List<Problem> head = new ArrayList<>();
    List<Problem> horizonProblems = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "schemaVersion" -> schema = Nodes.NODES.readTree(parser);
        case "dataVersion" -> version = Nodes.NODES.readTree(parser);
        case "horizon" -> horizon(family, file, Nodes.NODES.readTree(parser), r, horizonProblems);
        case "records" -> {
          if (value == JsonToken.START_ARRAY) {
            sawRecords = true;
            records(family, file, parser, r);
          } else {
            notRecords = Nodes.NODES.readTree(parser);
          }
        }
        default -> {
          head.add(new Problem(file, "-", name, "unknown envelope field"));
          Nodes.NODES.readTree(parser);
        }
      }
    }
    trailing(parser);
    if (schema == null || !schema.isInt() || schema.intValue() != SCHEMA_VERSION) {
      head.add(new Problem(file, "-", "schemaVersion", "must be " + SCHEMA_VERSION + ", was " + schema));
    }
    if (version == null || !version.isTextual() || version.textValue().isBlank()) {
      head.add(new Problem(file, "-", "dataVersion", "must be a non-blank string, was " + version));
    } else {
      r.version = Optional.of(version.textValue());
    }
    head.addAll(horizonProblems);
    if (!sawRecords) {
      r.records.clear();
      r.problems.clear();
      r.unparsed.clear();
      head.add(new Problem(file, "-", "records", "must be an array, was " + notRecords));
    }
    r.problems.addAll(0, head);
  }

  /** Fails on anything after the root value, as the mapper's FAIL_ON_TRAILING_TOKENS did. */
  private static void trailing(JsonParser parser) throws IOException {
    JsonToken next = parser.nextToken();
    if (next != null) {
      throw new JsonParseException(parser, "Trailing token (of type " + next + ") found after the root value",
          parser.currentTokenLocation());
    }
  }

  private static void horizon(Family<?> family, String file, JsonNode horizon, FileResult r, List<Problem> problems) {
    if (family == Family.SOURCES) {
      problems.add(new Problem(file, "-", "horizon", "sources have no horizon (each source has its own knownAsOf)"));
    } else if (!horizon.isTextual()) {
      problems.add(new Problem(file, "-", "horizon", "must be a date such as \"2018-06\", was " + horizon));
    } else {
      try {
        r.horizon = Optional.of(PartialDate.parse(horizon.textValue()));
      } catch (InvalidValueException e) {
        problems.add(new Problem(file, "-", "horizon", e.getMessage()));
      }
    }
  }

  private static void records(Family<?> family, String file, JsonParser parser, FileResult r) throws IOException {
    // each record streams from the file straight into the mapper; the checking parser watches its
    // strings on the way and keeps its id, so no record is built as a tree first
    CheckingParser checking = (CheckingParser) parser;
    JsonStreamContext array = parser.getParsingContext();
    ObjectReader reader = Nodes.NODES.forType(family.recordType());
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String fallbackId = "#" + index;
      index++;
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        JsonNode node = Nodes.NODES.readTree(parser);
        r.problems.add(new Problem(file, fallbackId, "-", "is " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
            + ", not a record (a JSON object)"));
        r.unparsed.add(fallbackId);
        continue;
      }
      checking.beginRecord();
      Object value = null;
      Problem failed = null;
      try {
        value = reader.readValue(parser);
      } catch (JsonProcessingException e) {
        rethrowIfUnreadable(e);
        failed = new Problem(file, "?", path(e), reason(e));
      } catch (IllegalArgumentException | ArithmeticException e) {
        rethrowIfUnreadable(e);
        failed = new Problem(file, "?", "-", String.valueOf(e.getMessage()));
      }
      checking.finishRecord(array);
      String id = checking.id() != null ? checking.id() : fallbackId;
      String bad = checking.bad();
      if (bad != null) {
        r.problems.add(new Problem(file, id, bad.substring(0, bad.indexOf('|')), bad.substring(bad.indexOf('|') + 1)));
        r.unparsed.add(id);
      } else if (failed != null) {
        r.problems.add(new Problem(file, id, failed.field(), failed.reason()));
        r.unparsed.add(id);
      } else {
        r.records.add(value);
      }
    }
    checking.endRecords();
  }

  /**
   * Rethrows what the parser, not the mapper, failed on — malformed JSON, a read limit, a number that
   * cannot be read — which the mapper may have wrapped with a record path: the file is unreadable
   * then, as it was when the file was read whole before any record was converted.
   */
  private static void rethrowIfUnreadable(Exception e) throws IOException {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
        throw (JsonProcessingException) t;
      }
      if (t instanceof NumberFormatException && fromParser(t)) {
        throw (NumberFormatException) t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
  }

  private static boolean fromParser(Throwable t) {
    for (StackTraceElement f : t.getStackTrace()) {
      if (f.getClassName().startsWith("com.fasterxml.jackson.core.")) {
        return true;
      }
      if (f.getClassName().startsWith("com.fasterxml.jackson.databind.") || f.getClassName().startsWith("org.cstokit.")) {
        return false;
      }
    }
    return false;
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

  /**
   * Writes one family's records as a data file (two-space indentation, records in the given
   * order, empty optional values and lists left out).
   *
   * @param records the records
   * @param dataVersion the data version
   * @return the JSON text, ending with a newline
   */
  public static String write(List<?> records, String dataVersion) {
    return write(records, dataVersion, Optional.empty());
  }

  /**
   * Writes one family's records as a data file with its declared horizon (the date through
   * which the family is kept complete), as {@link #write(List, String)} does otherwise.
   *
   * @param records the records
   * @param dataVersion the data version
   * @param horizon the horizon to declare, or empty
   * @return the JSON text, ending with a newline
   */
  public static String write(List<?> records, String dataVersion, Optional<PartialDate> horizon) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("dataVersion", dataVersion);
    horizon.ifPresent(h -> root.put("horizon", h.toString()));
    root.set("records", Json.MAPPER.valueToTree(records));
    try {
      return Json.WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write records", e);
    }
  }
}
