package org.cstokit.model.actor;

/**
 * How an organ takes its decisions.
 */
public enum ProcedureKind {
  /** Adopted when no participating member objects. */
  CONSENSUS,
  /** Adopted only when every member is present and none objects. */
  UNANIMITY_OF_PRESENT,
  /** Adopted by a majority of members. */
  MAJORITY,
  /** Decided by one officer (the Secretary General). */
  SINGLE_OFFICER,
  /** The sources do not state the procedure. */
  NOT_STATED;
}
