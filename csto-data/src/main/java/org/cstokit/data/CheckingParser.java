package org.cstokit.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayDeque;

/**
 * A parser that, while a record streams through it into the mapper, watches every string of the
 * record (field names included): it keeps the first one with a character a data string may not
 * hold ({@link Characters#why}), with its path in the record, and the record's {@code id}. It never
 * interrupts the mapper; the loader asks afterwards. Every way of moving to the next token goes
 * through {@link #checked}, which also reads every string and number of the record, so that what
 * the parser cannot read (a string over the length limit, a number it cannot parse) fails the file
 * wherever it stands. Short strings are handed to the mapper from a pool kept for the file, so
 * that a value repeated by many records (a designation, a section, a table name) is held once.
 */
final class CheckingParser extends JsonParserDelegate {
  private JsonStreamContext record;
  private String id;
  private String bad;
  /** Short strings already seen in this file: a designation or a section repeated by many records is kept once. */
  private final java.util.HashMap<String, String> pool = new java.util.HashMap<>();
  /** The pooled text of the current string token, or null. */
  private String pooled;

  CheckingParser(JsonParser parser) {
    super(parser);
  }

  /** Starts watching the record whose {@code START_OBJECT} is the current token. */
  void beginRecord() {
    record = delegate.getParsingContext();
    id = null;
    bad = null;
  }

  /** Stops watching: the records are over. */
  void endRecords() {
    record = null;
  }

  /** The record's {@code id} as far as it has streamed, or null. */
  String id() {
    return id;
  }

  /** The first bad string of the record as {@code path|reason}, or null. */
  String bad() {
    return bad;
  }

  /** Moves past the rest of the current record, watching its strings, to the record's {@code END_OBJECT}. */
  void finishRecord(JsonStreamContext array) throws IOException {
    while (delegate.getParsingContext() != array) {
      nextToken();
    }
  }

  private JsonToken checked(JsonToken t) throws IOException {
    pooled = null;
    if (record == null || t == null) {
      return t;
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      // read every number as reading the record into a tree did, so that one the parser cannot read
      // fails the file even where the mapper would never ask for it (an unknown field, a skipped rest)
      delegate.getDecimalValue();
    } else if (t == JsonToken.VALUE_NUMBER_INT) {
      delegate.getNumberType();
    } else if (t == JsonToken.FIELD_NAME) {
      String why = Characters.why(delegate.currentName());
      if (why != null && bad == null) {
        bad = path(false) + "|a field name " + why;
      }
    } else if (t == JsonToken.VALUE_STRING) {
      JsonStreamContext ctx = delegate.getParsingContext();
      String text = delegate.getText();
      if (ctx == record && "id".equals(ctx.getCurrentName()) && id == null) {
        id = text;
      }
      String why = Characters.why(text);
      if (why != null && bad == null) {
        bad = path(true) + "|" + why;
      }
      if (text.length() <= POOLED_LENGTH && !(ctx == record && "id".equals(ctx.getCurrentName()))) {
        String first = pool.putIfAbsent(text, text);
        pooled = first != null ? first : text;
      }
    }
    return t;
  }

  /** The path of the current token in the record: {@code citations[0].locator}; {@code -} at the top. */
  private String path(boolean withCurrent) {
    ArrayDeque<String> steps = new ArrayDeque<>();
    JsonStreamContext ctx = delegate.getParsingContext();
    for (JsonStreamContext c = ctx; c != null && c != record.getParent(); c = c.getParent()) {
      if (c != ctx || withCurrent) {
        if (c.inObject() && c.getCurrentName() != null) {
          steps.push(c.getCurrentName());
        } else if (c.inArray()) {
          steps.push("[" + c.getCurrentIndex() + "]");
        }
      }
    }
    StringBuilder p = new StringBuilder();
    for (String s : steps) {
      p.append(s.startsWith("[") || p.length() == 0 ? "" : ".").append(s);
    }
    return p.length() == 0 ? "-" : p.toString();
  }

  /** Strings up to this length are pooled: names, designations, sections; not ids, not summaries. */
  static final int POOLED_LENGTH = 80;

  @Override
  public String getText() throws IOException {
    return pooled != null ? pooled : delegate.getText();
  }

  @Override
  public String getValueAsString() throws IOException {
    return pooled != null ? pooled : delegate.getValueAsString();
  }

  @Override
  public String getValueAsString(String defaultValue) throws IOException {
    return pooled != null ? pooled : delegate.getValueAsString(defaultValue);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    return checked(delegate.nextToken());
  }

  @Override
  public JsonToken nextValue() throws IOException {
    return checked(delegate.nextValue());
  }

  @Override
  public String nextFieldName() throws IOException {
    return checked(delegate.nextToken()) == JsonToken.FIELD_NAME ? delegate.currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString str) throws IOException {
    return checked(delegate.nextToken()) == JsonToken.FIELD_NAME && str.getValue().equals(delegate.currentName());
  }

  @Override
  public String nextTextValue() throws IOException {
    return checked(delegate.nextToken()) == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return checked(delegate.nextToken()) == JsonToken.VALUE_NUMBER_INT ? delegate.getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return checked(delegate.nextToken()) == JsonToken.VALUE_NUMBER_INT ? delegate.getLongValue() : defaultValue;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    JsonToken t = checked(delegate.nextToken());
    return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    // skipped values are watched too: a bad string anywhere in the record is reported
    if (delegate.currentToken() == JsonToken.START_OBJECT || delegate.currentToken() == JsonToken.START_ARRAY) {
      int depth = 1;
      while (depth > 0) {
        JsonToken t = nextToken();
        if (t == null) {
          break;
        }
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        }
      }
    }
    return this;
  }
}
