/**
 * Shared pieces of the aggregate tables: {@link org.cstokit.analytics.table.Total}, the one type
 * for a computed uncertain number (a best value, an interval as a Guava {@code Range}, counts of
 * exact, approximate and unknown inputs); {@link org.cstokit.analytics.table.Groups}, a keyed
 * grouping result with a group for unknown keys; and {@link org.cstokit.analytics.table.Figures},
 * the policy that picks one figure where a record gives several.
 */
package org.cstokit.analytics.table;
