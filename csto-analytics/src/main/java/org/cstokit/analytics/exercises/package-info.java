/**
 * Aggregates of military exercises: counts and personnel per year, host, series and framework
 * (keyed by {@link java.time.Year}, state, series name and framework), a participation matrix
 * (state × exercise, also as a Guava table), the largest exercises by personnel and a Vienna
 * Document check of declared against estimated strengths under named thresholds
 * ({@link org.cstokit.analytics.exercises.ViennaThresholds}). The entry point is
 * {@link org.cstokit.analytics.exercises.Exercises}.
 */
package org.cstokit.analytics.exercises;
