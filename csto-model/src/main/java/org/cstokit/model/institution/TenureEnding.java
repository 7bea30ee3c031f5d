package org.cstokit.model.institution;

/**
 * How a tenure ended.
 */
public enum TenureEnding {
  /** The term ran out. */
  TERM_COMPLETED,
  /** The holder was recalled or relieved. */
  RECALLED,
  /** The holder resigned. */
  RESIGNED,
  /** The holder died. */
  DIED,
  /** The holder was replaced, reason not stated. */
  REPLACED,
  /** The tenure was still running when the source was written. */
  ONGOING_AT_SOURCE_DATE,
  /** The sources do not say. */
  UNKNOWN;
}
