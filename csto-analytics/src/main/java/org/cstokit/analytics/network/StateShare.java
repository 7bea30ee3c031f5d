package org.cstokit.analytics.network;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.cstokit.model.actor.StateCode;

/**
 * One state's place in the network of one period. Columns: {@code period, state, degree} (its
 * tied partners), {@code ties} (tie records involving it), {@code share} (degree divided by the
 * period's tied pairs: the share of all pairs that involve the state; 1 for the hub of a star),
 * {@code tie_share} (tie records involving the state divided by the period's tie records).
 * Immutable and thread-safe.
 *
 * @param period the period label
 * @param state the state
 * @param degree the number of partners
 * @param ties the number of tie records involving the state
 * @param share the share of tied pairs that involve the state
 * @param tieShare the share of tie records that involve the state
 */
@JsonPropertyOrder({"period", "state", "degree", "ties", "share", "tieShare"})
public record StateShare(String period, StateCode state, int degree, int ties, double share, double tieShare) {
  /**
   * Checks the components.
   *
   * @param period the label
   * @param state the state
   * @param degree the degree
   * @param ties the ties
   * @param share the share
   * @param tieShare the share of tie records
   */
  public StateShare {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(state, "state");
  }
}
