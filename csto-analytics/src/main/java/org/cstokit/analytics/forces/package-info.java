/**
 * Aggregates of the collective forces: the composition of a force by member and agency from the
 * units states assign to it, and every force's strength over time with its qualifier kept. The
 * entry point is {@link org.cstokit.analytics.forces.Forces}.
 */
package org.cstokit.analytics.forces;
