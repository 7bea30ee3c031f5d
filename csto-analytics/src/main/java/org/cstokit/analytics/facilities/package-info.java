/**
 * Aggregates of military facilities: counts and personnel by host and by operator (sorted maps
 * by state), leases and agreements ending by a year, facilities of states that are not members
 * of an organization on a date, and the foreign military presence per host and year, counted on
 * 31 December (a Guava table by host and year). The entry point is
 * {@link org.cstokit.analytics.facilities.Facilities}.
 */
package org.cstokit.analytics.facilities;
