/**
 * Aggregates of military exercises: counts and personnel per year, host, series and framework, a
 * participation matrix (state × exercise), the largest exercises by personnel and a Vienna
 * Document check of declared against estimated strengths. The entry point is
 * {@link org.cstokit.analytics.exercises.Exercises}.
 */
package org.cstokit.analytics.exercises;
