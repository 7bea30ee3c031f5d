package org.cstokit.analytics.exercises;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The two troop thresholds of a Vienna Document check: from {@code notification} troops on an
 * exercise must be notified in advance, from {@code observation} on it must be open to
 * observers. Both are personnel counts, positive, notification not above observation. Build one
 * with {@link #of(int, int)} or change one threshold of {@link #VIENNA_DOCUMENT_2011} with a
 * {@code with} method, so that each number is named where it is set. Immutable and thread-safe.
 *
 * @param observation the observation threshold, in troops
 * @param notification the notification threshold, in troops, not above {@code observation}
 */
@JsonPropertyOrder({"observation", "notification"})
public record ViennaThresholds(int observation, int notification) {
  /** The thresholds of the Vienna Document 2011: observation 13,000 troops, notification 9,000. */
  public static final ViennaThresholds VIENNA_DOCUMENT_2011 = new ViennaThresholds(13_000, 9_000);

  /**
   * Checks the thresholds.
   *
   * @param observation the observation threshold
   * @param notification the notification threshold
   * @throws IllegalArgumentException if a threshold is not positive or the notification threshold
   *     is above the observation threshold
   */
  public ViennaThresholds {
    if (notification < 1) {
      throw new IllegalArgumentException("notification: " + notification + " is not positive");
    }
    if (observation < notification) {
      throw new IllegalArgumentException("observation: " + observation + " is under notification " + notification);
    }
  }

  /**
   * Returns the thresholds.
   *
   * @param observation the observation threshold, in troops
   * @param notification the notification threshold, in troops, not above {@code observation}
   * @return the thresholds
   * @throws IllegalArgumentException if a threshold is not positive or they are out of order
   */
  public static ViennaThresholds of(int observation, int notification) {
    return new ViennaThresholds(observation, notification);
  }

  /**
   * Returns these thresholds with another observation threshold.
   *
   * @param troops the observation threshold, in troops
   * @return the thresholds
   * @throws IllegalArgumentException if it is under the notification threshold
   */
  public ViennaThresholds withObservation(int troops) {
    return new ViennaThresholds(troops, notification);
  }

  /**
   * Returns these thresholds with another notification threshold.
   *
   * @param troops the notification threshold, in troops
   * @return the thresholds
   * @throws IllegalArgumentException if it is not positive or above the observation threshold
   */
  public ViennaThresholds withNotification(int troops) {
    return new ViennaThresholds(observation, troops);
  }
}
