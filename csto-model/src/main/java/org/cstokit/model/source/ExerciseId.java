package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.military.Exercise;

/**
 * The id of an exercise ({@link Exercise}), such as {@code ex-2017-interaction}. Immutable and thread-safe.
 */
public final class ExerciseId extends TypedId<Exercise> {
  private ExerciseId(String value) {
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
  public static ExerciseId of(String value) {
    return new ExerciseId(value);
  }

  @Override
  public Class<Exercise> recordType() {
    return Exercise.class;
  }
}
