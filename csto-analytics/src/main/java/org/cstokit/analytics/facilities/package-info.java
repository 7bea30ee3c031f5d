/**
 * Aggregates of military facilities: counts and personnel by host and by operator, leases and
 * agreements ending by a year, facilities of states that are not members on a date, and a
 * timeline of the foreign military presence per host. The entry point is
 * {@link org.cstokit.analytics.facilities.Facilities}.
 */
package org.cstokit.analytics.facilities;
