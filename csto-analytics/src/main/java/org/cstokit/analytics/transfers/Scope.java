package org.cstokit.analytics.transfers;

import org.cstokit.model.transfer.ArmsTransfer;

/**
 * Which transfer records an aggregate takes. The monograph's Appendix III tables list deals row
 * by row; its text describes further transfers (free of charge, discounted, loans), many of them
 * restating a table row in other words. Adding both would count such deals twice, so totals take
 * the table rows unless asked otherwise.
 */
public enum Scope {
  /** Records with a table row (the default of every total). */
  TABLE_ROWS,
  /** Records without a table row: transfers the text describes. */
  TEXTUAL,
  /** Every record; deals the text restates are then counted twice. */
  ALL;

  /**
   * Whether a record belongs to this scope.
   *
   * @param t the record
   * @return true if the scope takes it
   */
  public boolean includes(ArmsTransfer t) {
    switch (this) {
      case TABLE_ROWS:
        return t.tableRow().isPresent();
      case TEXTUAL:
        return t.tableRow().isEmpty();
      default:
        return true;
    }
  }
}
