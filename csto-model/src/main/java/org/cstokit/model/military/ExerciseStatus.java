package org.cstokit.model.military;

/**
 * Whether an exercise took place.
 */
public enum ExerciseStatus {
  /** Held. */
  HELD,
  /** Planned when the source was written. */
  PLANNED,
  /** Cancelled. */
  CANCELLED;
}
