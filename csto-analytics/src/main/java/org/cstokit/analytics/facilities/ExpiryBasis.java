package org.cstokit.analytics.facilities;

/** What gives the expiry of a facility's basis ({@link LeaseEnding#basis()}). */
public enum ExpiryBasis {
  /** The facility's own lease states when it expires. */
  LEASE,
  /**
   * The lease gives no expiry, and one of the instruments the facility rests on does (the
   * earliest to expire; {@link LeaseEnding#instrument()} names it).
   */
  INSTRUMENT
}
