package org.cstokit.model.military;

/**
 * The national agency a unit belongs to.
 */
public enum Agency {
  /** The armed forces (ministry of defence). */
  ARMED_FORCES,
  /** The interior ministry or its troops. */
  INTERIOR_MINISTRY,
  /** A security or intelligence service. */
  SECURITY_SERVICE,
  /** An emergencies ministry. */
  EMERGENCIES_MINISTRY,
  /** A border service. */
  BORDER_SERVICE,
  /** A national guard. */
  NATIONAL_GUARD,
  /** A drug control agency. */
  DRUG_CONTROL,
  /** Any other agency. */
  OTHER;
}
