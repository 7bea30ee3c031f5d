/**
 * Shared pieces of the aggregate tables: {@link org.cstokit.analytics.table.Total}, an interval
 * sum of quantities with counts of exact, approximate and unknown inputs;
 * {@link org.cstokit.analytics.table.Figure}, one stated figure flattened into columns; and
 * {@link org.cstokit.analytics.table.Figures}, the policy that picks one figure where a record
 * gives several.
 */
package org.cstokit.analytics.table;
