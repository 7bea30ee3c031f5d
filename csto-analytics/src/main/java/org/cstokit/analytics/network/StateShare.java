package org.cstokit.analytics.network;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.Objects;
import org.cstokit.model.time.YearSpan;
import org.cstokit.model.actor.StateCode;

/**
 * One state's place in the network of one period. Columns: {@code period} (a {@link YearSpan},
 * both ends included), {@code state, degree} (its
 * tied partners), {@code ties} (tie records involving it), {@code share} (degree divided by the
 * period's tied pairs: the share of all pairs that involve the state; 1 for the hub of a star),
 * {@code tie_share} (tie records involving the state divided by the period's tie records).
 * Immutable and thread-safe.
 *
 * @param period the span of years, both ends included
 * @param state the state
 * @param degree the number of partners
 * @param ties the number of tie records involving the state
 * @param share the share of tied pairs that involve the state
 * @param tieShare the share of tie records that involve the state
 */
@JsonPropertyOrder({"period", "state", "degree", "ties", "share", "tieShare"})
public record StateShare(YearSpan period, StateCode state, int degree, int ties, double share, double tieShare) {
  /**
   * The order of a ranking: by period, then degree descending (the hub first), then state code.
   */
  public static final Comparator<StateShare> RANKING = Comparator.comparing(StateShare::period)
      .thenComparing(Comparator.comparingInt(StateShare::degree).reversed()).thenComparing(StateShare::state);

  /**
   * Checks the components.
   *
   * @param period the span
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
