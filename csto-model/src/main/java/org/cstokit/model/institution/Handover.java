package org.cstokit.model.institution;

/**
 * When a rotating office passes to the next holder.
 */
public enum Handover {
  /** On January 1st of the first year of the slot. */
  CALENDAR_YEAR_START,
  /** At the session of the supreme body. */
  AT_SUMMIT,
  /** When the next holder is appointed. */
  ON_APPOINTMENT;
}
