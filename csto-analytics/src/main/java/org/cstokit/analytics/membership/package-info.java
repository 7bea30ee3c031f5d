/**
 * Membership aggregates: the timeline table of every membership
 * ({@link org.cstokit.analytics.membership.MembershipTimeline}) and member counts per year
 * ({@link org.cstokit.analytics.membership.MemberCounts}).
 */
package org.cstokit.analytics.membership;
