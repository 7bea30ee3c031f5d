package org.cstokit.analytics.exercises;

/** What the Vienna Document check finds when it compares an exercise's declared and estimated strengths. */
public enum ViennaFlag {
  /**
   * Nothing to flag: no declared figure, no estimate, the declared figure reaches the observation
   * threshold, or the estimate does not exceed it.
   */
  CLEAR,
  /**
   * The declared figure stays strictly under the observation threshold while an estimate exceeds
   * it strictly: the exercise may have been declared small to avoid observation.
   */
  UNDERSTATED
}
