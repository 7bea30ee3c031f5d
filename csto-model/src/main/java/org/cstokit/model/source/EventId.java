package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.event.Event;

/**
 * The id of an event ({@link Event}), such as {@code ev-2010-kyrgyzstan-unrest}. Immutable and thread-safe.
 */
public final class EventId extends TypedId<Event> {
  private EventId(String value) {
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
  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public Class<Event> recordType() {
    return Event.class;
  }
}
