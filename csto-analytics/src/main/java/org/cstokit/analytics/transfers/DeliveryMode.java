package org.cstokit.analytics.transfers;

/** How a delivery spread over several years enters a table by delivery year. */
public enum DeliveryMode {
  /**
   * Kept whole (the default): the whole number delivered counts in the first delivery year, exact
   * as stated; the row says how many of its records span several years.
   */
  WHOLE,
  /**
   * Spread evenly over the delivery years: each of {@code k} years gets {@code n / k} items
   * rounded down, the first {@code n mod k} years one more, so the shares add up to {@code n}.
   * A share is an assumption, not a stated figure: it enters the sums as approximate, between
   * zero and {@code n}.
   */
  SPREAD
}
