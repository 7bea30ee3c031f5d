package org.cstokit.model.military;

/**
 * The framework an exercise is held in.
 */
public enum Framework {
  /** A CSTO exercise. */
  CSTO,
  /** A CIS exercise. */
  CIS,
  /** An SCO exercise. */
  SCO,
  /** A bilateral exercise. */
  BILATERAL,
  /** A national exercise of one state (possibly with guests). */
  NATIONAL,
  /** An exercise with or of partners outside these frameworks (NATO, the United States). */
  PARTNER;
}
