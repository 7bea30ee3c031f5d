/** Membership aggregates: timelines and member counts over time. */
package org.cstokit.analytics.membership;
