package org.cstokit.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Rank;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.time.PartialDate;

/**
 * The fast read of one data file: Jackson's core streaming parser and one hand-written reader per
 * record type ({@link FastRecords}), with no data binding and no reflection. It is strict: it
 * accepts only the canonical form that {@link DataLoader#write} produces (the envelope's fields in
 * their order, known field names, exact token types, no nulls, no coercion, no string a data
 * string may not hold) and builds every record through the model's builders, so the model's
 * checks run as they do on the general path. On anything else — an unexpected token, an unknown
 * field, a check that fails, a syntax error, a read limit — it gives up on the whole file
 * ({@link #read} returns null), and the loader reads that file again through the general path,
 * which reports the problems. A file read here yields records equal to what the general path
 * yields for it (the oracle test holds it to that on fuzzed mutants).
 *
 * <p>What repeats is shared: short strings (not ids) from a pool kept for the file (a piece of a
 * long file starts from the pool of the last piece read), as the {@link CheckingParser} does;
 * small boxed integers (years, counts) and dates from tables.
 *
 * <p>A file longer than {@link #CHUNK} bytes, from a stream that says so ({@link
 * InputStream#available()}: a file on disk, bytes in memory), is cut between records into pieces
 * read on several threads ({@link #split}): on two cores a million transfers are read in about
 * three quarters of the time one thread takes.
 */
final class FastReader {
  /**
   * The parser factory: the mapper's read limits, and nothing of data binding. Duplicate field
   * names are found by the reader itself ({@link #next}), without the parser's set per object.
   */
  static final JsonFactory FACTORY = factory();

  /** Strings up to this length are pooled: the general path's limit ({@link CheckingParser}). */
  private static final int POOLED_LENGTH = CheckingParser.POOLED_LENGTH;
  /** Boxed integers from 0 to this bound (exclusive) are shared: years, row numbers, counts. */
  private static final int BOXED = 4096;
  /** Those integers, each boxed once in its {@code Optional}: a builder's optional number is set with no allocation. */
  private static final Optional<Integer>[] OPTIONALS = optionals();

  @SuppressWarnings("unchecked")
  private static Optional<Integer>[] optionals() {
    Optional<Integer>[] optionals = (Optional<Integer>[]) new Optional<?>[BOXED];
    for (int i = 0; i < BOXED; i++) {
      optionals[i] = Optional.of(i);
    }
    return optionals;
  }

  /** Gives up on the file: not in canonical form. Carries no stack trace; it is expected. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  /** What a file read whole yields. */
  record Result(List<Object> records, String version, Optional<PartialDate> horizon) {}

  final JsonParser p;
  /** Short strings already seen in this file, by their characters: a repeated value is neither copied nor kept twice. */
  private String[] pool = new String[1024];
  private int pooled;
  /** The field names seen in each open object, innermost last: a name seen twice gives up. */
  private String[] seen = new String[64];
  private int seenTop;
  private final int[] objectStart = new int[72];
  private int depth;
  private final HashMap<String, PartialDate> dates = new HashMap<>();
  private final HashMap<String, StateCode> states = new HashMap<>();
  private final HashMap<String, SourceId> sources = new HashMap<>();

  private FastReader(JsonParser p) {
    this.p = p;
  }

  /**
   * A reader that starts with what another, finished reader has pooled: a piece of a long file
   * then shares the strings, dates, states and sources of the pieces read before it, instead of
   * holding its own copies (some 5 bytes a transfer at a million).
   */
  private FastReader(JsonParser p, FastReader seed) {
    this.p = p;
    this.pool = seed.pool.clone();
    this.pooled = seed.pooled;
    this.dates.putAll(seed.dates);
    this.states.putAll(seed.states);
    this.sources.putAll(seed.sources);
  }

  static JsonFactory factory() {
    JsonFactory f = JsonFactory.builder()
        .enable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .streamReadConstraints(org.cstokit.data.internal.ReadLimits.CONSTRAINTS)
        .build();
    if (!f.isEnabled(JsonFactory.Feature.INTERN_FIELD_NAMES) || !f.isEnabled(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)) {
      throw new IllegalStateException("the fast reader finds duplicate field names by identity: field names must be interned");
    }
    return f;
  }

  /**
   * How many bytes are read at a time. A file no longer than this is read by one parser, as a
   * whole; a longer one is cut into pieces of whole records, about this long, which this thread
   * and helper threads read side by side ({@link #split}). Four megabytes is some seven thousand
   * transfers: a piece is worth handing over, and only a few pieces are held at a time.
   */
  static final int CHUNK = 4 << 20;
  /** The bytes a piece may grow to while no record boundary is found in it: beyond, the file is not in the written form. */
  private static final int MAX_PIECE = 64 << 20;
  /** Opens a piece of records as the object {@code {"r":[}…{@code ]}}, which a parser reads as a whole. */
  private static final byte[] OPEN = {'{', '"', 'r', '"', ':', '['};

  /**
   * Reads a whole file, or gives up.
   *
   * @param family the family of the file
   * @param in the file, closed here
   * @return what the file yields, or null if it is not in canonical form (or not readable by this reader)
   * @throws IOException if the stream itself fails (not a JSON problem)
   */
  static Result read(Family<?> family, InputStream in) throws IOException {
    return read(family, in, CHUNK);
  }

  /**
   * Reads a whole file, or gives up, reading {@code chunk} bytes at a time (the tests cut small
   * files into pieces with a small chunk).
   */
  static Result read(Family<?> family, InputStream in, int chunk) throws IOException {
    try (InputStream stream = in) {
      if (!FastRecords.reads(family)) {
        return null;
      }
      // a stream that says it holds at least a chunk (a file on disk, bytes in memory) is cut
      // into pieces; any other is read by one parser straight from the stream, which reads a
      // small file (every bundled one) with the parser's recycled buffers and no copy
      if (stream.available() < chunk) {
        return parse(family, FACTORY.createParser(stream), true);
      }
      return split(family, stream, chunk);
    }
  }

  /**
   * Reads what one parser holds, or gives up: a whole file ({@code envelope}), or a piece of
   * records opened as {@code {"r":[}.
   */
  private static Result parse(Family<?> family, JsonParser parser, boolean envelope) throws IOException {
    return parse(family, parser, envelope, null);
  }

  /**
   * Reads what one parser holds, or gives up, as {@link #parse(Family, JsonParser, boolean)}; a
   * piece of a long file starts from the pools of the last piece read ({@code shared}, which it
   * then updates).
   */
  private static Result parse(Family<?> family, JsonParser parser, boolean envelope,
      java.util.concurrent.atomic.AtomicReference<FastReader> shared) throws IOException {
    try (JsonParser p = parser) {
      FastReader seed = shared == null ? null : shared.get();
      FastReader reader = seed == null ? new FastReader(p) : new FastReader(p, seed);
      Result r = envelope ? reader.file(family) : reader.piece(family);
      if (shared != null) {
        shared.set(reader);
      }
      return r;
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException) {
        return null;
      }
      // the stream itself failed: the general path would fail on it at the same byte
      throw e.getCause();
    } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
      // GiveUp, a syntax error, a read limit, a failed check, a number that cannot be read: the
      // general path reads the file again and says what is wrong
      return null;
    }
  }

  /**
   * Reads a file longer than one chunk in pieces of whole records, side by side. In the written
   * form every record opens on a line of its own, indented by four spaces, after the comma that
   * ends the one before; no other line opens an object at that indent, and a string cannot hold a
   * raw line break, so that comma is a cut between two whole records. The first piece (the
   * envelope and the records before the first cut) is closed with {@code ]}} as the file would
   * close it; every later piece is opened with {@code {"r":[} and, but for the last, closed with
   * {@code ]}}. Each is read by its own parser, on this thread or a helper thread, and the records
   * are joined in file order.
   *
   * <p>A cut that was not between two records (a file indented otherwise) leaves a piece whose
   * brackets do not balance, so the piece gives up, and so does the file: a wrong cut cannot be
   * read as records. Every piece, the first too, grows a chunk at a time until it holds a cut; a
   * file with none in its first {@link #MAX_PIECE} bytes is read as one stream, and a later piece
   * that grows past that without one gives up. The parser's document length limit is
   * checked on the file's total, which no single piece sees.
   */
  private static Result split(Family<?> family, InputStream stream, int chunk) throws IOException {
    // the pieces are read by this thread and by helper threads, one fewer than the processors: the
    // pool that reads files side by side may be busy, and a thread that waits in it for this file
    // would not take up a piece; the helpers are daemons, stopped when the file is read
    int helpers = Runtime.getRuntime().availableProcessors() - 1;
    java.util.concurrent.ExecutorService pool = helpers < 1 ? null
        : java.util.concurrent.Executors.newFixedThreadPool(helpers, FastReader::helper);
    try {
      return split(family, stream, chunk, pool, helpers);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static Result split(Family<?> family, InputStream stream, int chunk,
      java.util.concurrent.ExecutorService pool, int helpers) throws IOException {
    long total = 0;
    long limit = org.cstokit.data.internal.ReadLimits.CONSTRAINTS.getMaxDocumentLength();
    List<java.util.concurrent.Future<Result>> pieces = new ArrayList<>();
    java.util.concurrent.atomic.AtomicReference<FastReader> shared = new java.util.concurrent.atomic.AtomicReference<>();
    // the first piece is the file's head, with no opening; the records after the last cut are
    // carried to the next piece, and hold no cut themselves
    byte[] opening = new byte[0];
    byte[] carry = new byte[0];
    while (true) {
      // the next chunk is read straight into the piece, after the opening and the carried records
      byte[] piece = new byte[opening.length + carry.length + chunk];
      System.arraycopy(opening, 0, piece, 0, opening.length);
      System.arraycopy(carry, 0, piece, opening.length, carry.length);
      int read = stream.readNBytes(piece, opening.length + carry.length, chunk);
      total += read;
      if (total > limit) {
        return null;
      }
      int filled = opening.length + carry.length + read;
      boolean first = pieces.isEmpty();
      if (read < chunk) {
        // the end of the file: the last records, the end of the array and of the envelope (or,
        // for a file of one piece, all of it)
        start(pieces, new Piece(family, piece, filled, first, shared), pool, helpers);
        break;
      }
      // only a cut that ends in the new bytes: the carried records hold none
      int start = recordStart(piece, Math.max(opening.length, opening.length + carry.length - 7), filled);
      if (start < 0) {
        if (filled > MAX_PIECE) {
          // no cut in a piece's worth of bytes: not the written form. Its head is read as one
          // stream; past the head, the file gives up
          return first ? parse(family, FACTORY.createParser(new java.io.SequenceInputStream(
              new java.io.ByteArrayInputStream(piece, 0, filled), stream)), true) : null;
        }
        carry = java.util.Arrays.copyOfRange(piece, opening.length, filled);
        continue;
      }
      carry = java.util.Arrays.copyOfRange(piece, start, filled);
      int cut = cutBefore(piece, start);
      piece[cut] = ']';
      piece[cut + 1] = '}';
      if (!start(pieces, new Piece(family, piece, cut + 2, first, shared), pool, helpers)) {
        return null;
      }
      opening = OPEN;
    }
    List<Result> results = new ArrayList<>(pieces.size());
    int size = 0;
    for (java.util.concurrent.Future<Result> f : pieces) {
      Result r = done(f);
      if (r == null) {
        return null;
      }
      results.add(r);
      size += r.records().size();
    }
    List<Object> records = new ArrayList<>(size);
    for (Result r : results) {
      records.addAll(r.records());
    }
    return new Result(records, results.get(0).version(), results.get(0).horizon());
  }

  /** A helper thread of {@link #split}: a daemon, so that it never holds the JVM open. */
  private static Thread helper(Runnable r) {
    Thread t = new Thread(r, "csto-data-reader");
    t.setDaemon(true);
    return t;
  }

  /**
   * Hands a piece to a helper if one is free, or reads it on this thread: every thread stays
   * busy, and no more than one piece per helper waits in memory.
   *
   * @return false if a piece read so far gave up (there is no point in reading on)
   */
  private static boolean start(List<java.util.concurrent.Future<Result>> pieces, Piece piece,
      java.util.concurrent.ExecutorService pool, int helpers) {
    int busy = 0;
    for (int i = pieces.size() - 1; i >= 0 && busy < helpers; i--) {
      java.util.concurrent.Future<Result> f = pieces.get(i);
      if (!f.isDone()) {
        busy++;
      } else if (done(f) == null) {
        return false;
      }
    }
    java.util.concurrent.FutureTask<Result> task = new java.util.concurrent.FutureTask<>(piece);
    pieces.add(task);
    if (busy < helpers) {
      pool.execute(task);
    } else {
      task.run();
    }
    return true;
  }

  /** What a piece yielded: null if it gave up. */
  private static Result done(java.util.concurrent.Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (java.util.concurrent.ExecutionException e) {
      // a piece catches what its parser throws; an error of the JVM is rethrown as it was
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      return null;
    }
  }

  /**
   * The position of the last record's opening brace in {@code bytes[from, to)} that follows a cut
   * (a comma, a line break, four spaces), or -1.
   */
  private static int recordStart(byte[] bytes, int from, int to) {
    for (int q = to - 1; q >= from + 7; q--) {
      if (bytes[q] == '{' && bytes[q - 1] == ' ' && bytes[q - 2] == ' ' && bytes[q - 3] == ' '
          && bytes[q - 4] == ' ' && bytes[q - 5] == '\n'
          && (bytes[q - 6] == ',' || bytes[q - 6] == '\r' && bytes[q - 7] == ',')) {
        return q;
      }
    }
    return -1;
  }

  /** The comma before a record that {@link #recordStart} found. */
  private static int cutBefore(byte[] bytes, int start) {
    return bytes[start - 6] == ',' ? start - 6 : start - 7;
  }

  /** One piece of a long file: what it yields, or null if it gives up. */
  private static final class Piece implements java.util.concurrent.Callable<Result> {
    private final Family<?> family;
    /** The piece's bytes, let go once read. */
    private byte[] bytes;
    private final int length;
    private final boolean envelope;
    /** The last reader of a piece that finished, whose pools the next piece starts from. */
    private final java.util.concurrent.atomic.AtomicReference<FastReader> shared;

    Piece(Family<?> family, byte[] bytes, int length, boolean envelope,
        java.util.concurrent.atomic.AtomicReference<FastReader> shared) {
      this.family = family;
      this.bytes = bytes;
      this.length = length;
      this.envelope = envelope;
      this.shared = shared;
    }

    @Override
    public Result call() {
      byte[] b = bytes;
      bytes = null;
      try {
        return parse(family, FACTORY.createParser(b, 0, length), envelope, shared);
      } catch (IOException e) {
        // not reached: a parser over bytes in memory has no stream to fail
        return null;
      }
    }
  }

  private Result file(Family<?> family) throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    field("schemaVersion");
    if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() != DataLoader.SCHEMA_VERSION) {
      throw GIVE_UP;
    }
    field("dataVersion");
    expect(p.nextToken(), JsonToken.VALUE_STRING);
    String version = p.getText();
    if (version.isBlank()) {
      throw GIVE_UP;
    }
    expect(p.nextToken(), JsonToken.FIELD_NAME);
    Optional<PartialDate> horizon = Optional.empty();
    if (p.currentName().equals("horizon")) {
      if (family == Family.SOURCES) {
        throw GIVE_UP;
      }
      expect(p.nextToken(), JsonToken.VALUE_STRING);
      horizon = Optional.of(PartialDate.parse(p.getText()));
      expect(p.nextToken(), JsonToken.FIELD_NAME);
    }
    if (!p.currentName().equals("records")) {
      throw GIVE_UP;
    }
    expect(p.nextToken(), JsonToken.START_ARRAY);
    return new Result(recordsToTheEnd(family), version, horizon);
  }

  /** Reads a piece of records opened as {@code {"r":[}: what follows a cut, up to the next cut or the file's end. */
  private Result piece(Family<?> family) throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    field("r");
    expect(p.nextToken(), JsonToken.START_ARRAY);
    return new Result(recordsToTheEnd(family), "", Optional.empty());
  }

  /**
   * Reads the records of the array just opened, then the end of the array, of the object that
   * holds it (the envelope, or a piece's opening) and of the input.
   */
  private List<Object> recordsToTheEnd(Family<?> family) throws IOException {
    List<Object> records = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      begin();
      records.add(FastRecords.record(this, family.ordinal()));
    }
    expect(p.currentToken(), JsonToken.END_ARRAY);
    expect(p.nextToken(), JsonToken.END_OBJECT);
    if (p.nextToken() != null) {
      throw GIVE_UP;
    }
    return records;
  }

  private void field(String name) throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME || !p.currentName().equals(name)) {
      throw GIVE_UP;
    }
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw GIVE_UP;
    }
  }

  /** Gives up on the file. */
  static GiveUp giveUp() {
    return GIVE_UP;
  }

  /** Starts an object whose {@code START_OBJECT} is the current token: its field names are watched for duplicates. */
  private void begin() {
    objectStart[depth++] = seenTop;
  }

  /**
   * Moves to the next field of the current object and to its value; gives up on a field name the
   * object already had (which the general path reports).
   *
   * @return the field name, or null at the end of the object
   */
  String next() {
    try {
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_OBJECT) {
        seenTop = objectStart[--depth];
        return null;
      }
      if (t != JsonToken.FIELD_NAME) {
        throw GIVE_UP;
      }
      String name = p.currentName();
      // the factory interns field names (INTERN_FIELD_NAMES, checked in factory()): a name
      // repeated in an object is the same instance
      for (int i = objectStart[depth - 1]; i < seenTop; i++) {
        if (seen[i] == name) {
          throw GIVE_UP;
        }
      }
      if (seenTop == seen.length) {
        seen = java.util.Arrays.copyOf(seen, seenTop * 2);
      }
      seen[seenTop++] = name;
      p.nextToken();
      return name;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Moves into the current object value: the caller then reads its fields with {@link #next}. */
  void object() {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    begin();
  }

  /** Reads the current value as a string a data string may hold, unpooled (an id, a long text). */
  String raw() {
    expect(p.currentToken(), JsonToken.VALUE_STRING);
    try {
      char[] buf = p.getTextCharacters();
      int off = p.getTextOffset();
      int end = off + p.getTextLength();
      for (int i = off; i < end; i++) {
        if (!plain(buf[i])) {
          // a character to look at closely (a surrogate pair may be fine): the exact check
          String s = p.getText();
          if (Characters.why(s) != null) {
            throw GIVE_UP;
          }
          return s;
        }
      }
      return new String(buf, off, end - off);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Reads the current value as a string, pooled if short: the parser's characters are checked and
   * hashed in one pass and looked up in the pool, so a repeated value allocates nothing.
   */
  String string() {
    expect(p.currentToken(), JsonToken.VALUE_STRING);
    try {
      int len = p.getTextLength();
      if (len > POOLED_LENGTH) {
        return raw();
      }
      char[] buf = p.getTextCharacters();
      int off = p.getTextOffset();
      int h = 0;
      for (int i = off; i < off + len; i++) {
        char c = buf[i];
        if (!plain(c)) {
          // a character to look at closely (a surrogate pair may be fine): the exact check
          return intern(raw());
        }
        h = 31 * h + c;
      }
      int mask = pool.length - 1;
      for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
        String s = pool[slot];
        if (s == null) {
          s = new String(buf, off, len);
          pool[slot] = s;
          if (++pooled * 2 > pool.length) {
            grow();
          }
          return s;
        }
        if (s.length() == len && same(s, buf, off)) {
          return s;
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A character that every data string may hold, with no need to look at its neighbours. */
  private static boolean plain(char c) {
    return c >= 0x20 ? c < 0xD800 || (c >= 0xE000 && c < 0xFDD0) || (c > 0xFDEF && c < 0xFFFE)
        : c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean same(String s, char[] buf, int off) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  /** Puts a checked string in the pool, or returns the one already there. */
  private String intern(String s) {
    int mask = pool.length - 1;
    for (int slot = mix(s.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      String t = pool[slot];
      if (t == null) {
        pool[slot] = s;
        if (++pooled * 2 > pool.length) {
          grow();
        }
        return s;
      }
      if (t.equals(s)) {
        return t;
      }
    }
  }

  private void grow() {
    String[] old = pool;
    pool = new String[old.length * 2];
    pooled = 0;
    for (String s : old) {
      if (s != null) {
        intern(s);
      }
    }
  }

  /** Reads the current value as an int (an integer token within int range). */
  int integer() {
    try {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        throw GIVE_UP;
      }
      return p.getIntValue();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads the current value as a present optional int, shared with its box if small. */
  Optional<Integer> optionalInt() {
    int i = integer();
    return i >= 0 && i < BOXED ? OPTIONALS[i] : Optional.of(i);
  }

  /** Reads the current value as a boolean. */
  boolean bool() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw GIVE_UP;
  }

  /** Reads the current value as a decimal number (an integer or a float token), as the mapper reads a BigDecimal. */
  BigDecimal decimal() {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw GIVE_UP;
    }
    try {
      return p.getDecimalValue();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads the current value as the name of one of the constants. */
  static <E extends Enum<E>> E constant(String name, E[] values) {
    for (E e : values) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw GIVE_UP;
  }

  /** Reads the current value as one of the constants. */
  <E extends Enum<E>> E constant(E[] values) {
    expect(p.currentToken(), JsonToken.VALUE_STRING);
    try {
      return constant(p.getText(), values);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads the current value as a date, shared within the file. */
  PartialDate date() {
    String s = string();
    PartialDate d = dates.get(s);
    if (d == null) {
      d = PartialDate.parse(s);
      dates.put(s, d);
    }
    return d;
  }

  /** Reads the current value as a state code. */
  StateCode state() {
    String s = string();
    StateCode c = states.get(s);
    if (c == null) {
      c = StateCode.of(s);
      states.put(s, c);
    }
    return c;
  }

  /** Reads the current value as a source id, shared within the file. */
  SourceId source() {
    String s = string();
    SourceId c = sources.get(s);
    if (c == null) {
      c = SourceId.of(s);
      sources.put(s, c);
    }
    return c;
  }

  /** Reads the current value as an array, each element of the given kind ({@link FastRecords#element}). */
  @SuppressWarnings("unchecked")
  <T> List<T> list(int kind) {
    expect(p.currentToken(), JsonToken.START_ARRAY);
    List<Object> out = new ArrayList<>(2);
    try {
      while (p.nextToken() != JsonToken.END_ARRAY) {
        out.add(FastRecords.element(this, kind));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return (List<T>) out;
  }

  /** Reads a citation object. */
  Citation citation() {
    object();
    Citation.Builder b = Citation.builder();
    for (String f = next(); f != null; f = next()) {
      switch (f) {
        case "source" -> b.source(source());
        case "section" -> b.section(string());
        case "note" -> b.note(optionalInt());
        case "row" -> b.row(optionalInt());
        case "page" -> b.page(optionalInt());
        case "locator" -> b.locator(string());
        case "asOf" -> b.asOf(date());
        default -> throw GIVE_UP;
      }
    }
    return b.build();
  }

  /** Reads a dispute object. */
  Dispute dispute() {
    FastReader r = this;
    r.object();
    Dispute.Builder b = Dispute.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "field" -> b.field(r.string());
        case "value" -> b.value(r.string());
        case "note" -> b.note(r.string());
        case "rank" -> b.rank(r.constant(Rank.values()));
        case "citation" -> b.citation(r.citation());
        default -> throw GIVE_UP;
      }
    }
    return b.build();
  }

  /** Reads a quantity object. */
  Quantity quantity() {
    object();
    Quantity.Builder b = Quantity.builder();
    for (String f = next(); f != null; f = next()) {
      switch (f) {
        case "value" -> b.value(decimal());
        case "lower" -> b.lower(decimal());
        case "upper" -> b.upper(decimal());
        case "qualifier" -> b.qualifier(constant(Qualifier.values()));
        case "basis" -> b.basis(constant(Basis.values()));
        case "unit" -> b.unit(string());
        default -> throw GIVE_UP;
      }
    }
    return b.build();
  }
}
