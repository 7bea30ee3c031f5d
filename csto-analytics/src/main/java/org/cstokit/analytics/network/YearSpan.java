package org.cstokit.analytics.network;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An inclusive span of years, {@code 2000–2009}. Immutable and thread-safe.
 *
 * @param from the first year
 * @param to the last year, not before the first
 */
@JsonPropertyOrder({"from", "to"})
public record YearSpan(int from, int to) {
  /**
   * Checks the order.
   *
   * @param from the first year
   * @param to the last year
   * @throws IllegalArgumentException if the span is the wrong way round
   */
  public YearSpan {
    if (to < from) {
      throw new IllegalArgumentException("to: " + to + " is before from " + from);
    }
  }

  /**
   * Returns the label, {@code 2000-2009}.
   *
   * @return the label
   */
  public String label() {
    return from + "-" + to;
  }
}
