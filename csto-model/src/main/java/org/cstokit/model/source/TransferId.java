package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.transfer.ArmsTransfer;

/**
 * The id of an arms transfer ({@link ArmsTransfer}), such as {@code tr-rus-kaz-su-30sm}. Immutable and thread-safe.
 */
public final class TransferId extends TypedId<ArmsTransfer> {
  private TransferId(String value) {
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
  public static TransferId of(String value) {
    return new TransferId(value);
  }

  @Override
  public Class<ArmsTransfer> recordType() {
    return ArmsTransfer.class;
  }
}
