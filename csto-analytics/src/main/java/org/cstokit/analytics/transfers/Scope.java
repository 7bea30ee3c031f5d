package org.cstokit.analytics.transfers;

import org.cstokit.model.transfer.ArmsTransfer;

/**
 * Which transfer records an aggregate takes. The monograph's Appendix III tables list deals row
 * by row; its text describes further transfers (free of charge, discounted, loans). A passage that
 * restates exactly one row is merged into that row's record; one that sums up several rows is a
 * record of its own that names them ({@link ArmsTransfer#restates()}). Totals take the table rows
 * unless asked otherwise; {@link #ALL} counts every deal once.
 */
public enum Scope {
  /** Records with a table row (the default of every total). */
  TABLE_ROWS,
  /** Records without a table row: transfers the text describes. */
  TEXTUAL,
  /** Every deal once: every record except the accounts in the text that restate table rows. */
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
        return t.restates().isEmpty();
    }
  }
}
