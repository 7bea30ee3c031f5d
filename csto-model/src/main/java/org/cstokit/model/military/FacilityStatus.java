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

  /**
   * Whether the facility was only proposed or sought, never agreed: such a record never stands
   * for a facility in operation on any day.
   *
   * @return true for {@link #PROPOSED} and {@link #REFUSED}
   */
  public boolean isProposalOnly() {
    return this == PROPOSED || this == REFUSED;
  }
}
