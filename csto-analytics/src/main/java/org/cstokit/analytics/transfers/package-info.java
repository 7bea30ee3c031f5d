/**
 * Arms-transfer aggregates after the SIPRI trade register: totals by recipient, supplier,
 * weapon category, order year, order decade and delivery year, items ordered and delivered as
 * interval sums, counts of unknowns, the largest deliveries and the textual transfers. The entry
 * point is {@link org.cstokit.analytics.transfers.Transfers}.
 */
package org.cstokit.analytics.transfers;
