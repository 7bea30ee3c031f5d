package org.cstokit.model.transfer;

/**
 * The financial terms of a transfer.
 */
public enum TransferTerms {
  /** Sold at commercial prices. */
  COMMERCIAL,
  /** Given free of charge. */
  FREE_OF_CHARGE,
  /** Sold at a discount. */
  DISCOUNTED,
  /** Sold at the supplier's domestic prices. */
  DOMESTIC_PRICE,
  /** Financed by a loan. */
  LOAN,
  /** Sold on credit. */
  CREDIT,
  /** Paid for by a grant. */
  GRANT,
  /** Not stated. */
  UNKNOWN;
}
