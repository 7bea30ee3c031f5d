package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.military.Operation;

/**
 * The id of an operation ({@link Operation}), such as {@code op-2022-kazakhstan}. Immutable and thread-safe.
 */
public final class OperationId extends TypedId<Operation> {
  private OperationId(String value) {
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
  public static OperationId of(String value) {
    return new OperationId(value);
  }

  @Override
  public Class<Operation> recordType() {
    return Operation.class;
  }
}
