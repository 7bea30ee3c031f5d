package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.law.Instrument;

/**
 * The id of an instrument (treaty, charter, protocol, agreement…) ({@link Instrument}), such as {@code inst-2002-csto-charter}. Immutable and thread-safe.
 */
public final class InstrumentId extends TypedId<Instrument> {
  private InstrumentId(String value) {
    super(value);
  }

  /**
   * Returns the id of the given text.
   *
   * @param value a lower-case slug
   * @return the id
   * @throws org.cstokit.model.InvalidValueException if the text is not a slug
   */
  @JsonCreator
  public static InstrumentId of(String value) {
    return new InstrumentId(value);
  }

  @Override
  public Class<Instrument> recordType() {
    return Instrument.class;
  }
}
