package org.cstokit.model.military;

/**
 * The status of a facility as the sources describe it.
 */
public enum FacilityStatus {
  /** In operation. */
  OPERATING,
  /** Closed. */
  CLOSED,
  /** Proposed but not agreed. */
  PROPOSED,
  /** Sought by the operator and refused by the host. */
  REFUSED,
  /** Agreed but not yet in operation. */
  PLANNED,
  /** Not stated. */
  UNKNOWN;
}
