package org.cstokit.analytics.exercises;

/**
 * How one personnel figure of an exercise stands against the notification threshold of a
 * {@link ViennaThresholds} (prior notification is due from the threshold on).
 */
public enum Notice {
  /** The exercise gives no figure of this basis. */
  NO_FIGURE,
  /** The figure is under the notification threshold. */
  UNDER_THRESHOLD,
  /** The figure reaches the notification threshold (at or above it): notifiable. */
  NOTIFIABLE
}
