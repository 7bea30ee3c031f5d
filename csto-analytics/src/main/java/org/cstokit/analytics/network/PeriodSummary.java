package org.cstokit.analytics.network;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.cstokit.model.time.YearSpan;

/**
 * The network of one period. Columns: {@code period} (a {@link YearSpan}, both ends included,
 * {@code period_first} and {@code period_last} in CSV), {@code states} (vertices), {@code pairs}
 * (pairs of states with at least one tie: the edges), {@code ties} (tie records), {@code centralization} (Freeman's degree centralisation, 0 for a
 * network of fewer than three states). Immutable and thread-safe.
 *
 * @param period the span of years, both ends included
 * @param states the number of states with a tie
 * @param pairs the number of tied pairs
 * @param ties the number of tie records
 * @param centralization Freeman's degree centralisation, between 0 (all degrees equal) and 1 (a star)
 */
@JsonPropertyOrder({"period", "states", "pairs", "ties", "centralization"})
public record PeriodSummary(YearSpan period, int states, int pairs, int ties, double centralization) {
  /**
   * Checks the components.
   *
   * @param period the span
   * @param states the states
   * @param pairs the pairs
   * @param ties the ties
   * @param centralization the centralisation
   */
  public PeriodSummary {
    Objects.requireNonNull(period, "period");
  }
}
