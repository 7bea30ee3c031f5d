package org.cstokit.model.military;

/**
 * What kind of military facility it is.
 */
public enum FacilityKind {
  /** A military base. */
  MILITARY_BASE,
  /** An air base. */
  AIR_BASE,
  /** A radar station. */
  RADAR,
  /** A communications centre. */
  COMMUNICATIONS_CENTRE,
  /** A test site or range. */
  TEST_SITE,
  /** A naval facility. */
  NAVAL_FACILITY,
  /** A training centre. */
  TRAINING_CENTRE,
  /** A transit centre. */
  TRANSIT_CENTRE,
  /** Air defence assets. */
  AIR_DEFENCE_SYSTEM,
  /** Any other facility. */
  OTHER;
}
