package org.cstokit.analytics.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.quantity.QuantitySum;

/**
 * The sum of several quantities of one unit as an interval that carries the uncertainty of its
 * inputs: the sum of the stated values ({@code best}), the interval sum of their bounds
 * ({@code lower}, {@code upper}, each possibly open) and how many inputs were exact, approximate
 * or unknown (a record that gives no figure at all).
 *
 * <p>An unknown input may stand for any non-negative number, so a total with an unknown input has
 * no upper bound; the interval therefore always holds the true sum when the stated figures hold.
 * When every input is exact and none is unknown, the interval is the best value alone. Built from
 * a {@link QuantitySum}. Columns (CSV, snake case): {@code unit, lower, lower_open, best, upper,
 * upper_open, exact, approximate, unknown}; an empty {@code upper} means unbounded.
 * Immutable and thread-safe.
 *
 * @param unit the unit of every input
 * @param lower the lower bound of the true sum, never negative
 * @param lowerOpen whether the lower bound itself is excluded (a "more than" input)
 * @param best the sum of the stated values; unknown inputs add nothing
 * @param upper the upper bound, or empty when unbounded
 * @param upperOpen whether the upper bound itself is excluded; false when unbounded
 * @param exact the number of exact inputs
 * @param approximate the number of inputs that were not exact
 * @param unknown the number of inputs with no figure
 */
@JsonPropertyOrder({"unit", "lower", "lowerOpen", "best", "upper", "upperOpen", "exact", "approximate", "unknown"})
public record Total(String unit, BigDecimal lower, boolean lowerOpen, BigDecimal best, Optional<BigDecimal> upper,
    boolean upperOpen, int exact, int approximate, int unknown) {

  /**
   * Checks and normalises the components (numbers without trailing zeros).
   *
   * @param unit the unit
   * @param lower the lower bound
   * @param lowerOpen whether the lower bound is excluded
   * @param best the best value
   * @param upper the upper bound, or empty
   * @param upperOpen whether the upper bound is excluded
   * @param exact exact inputs
   * @param approximate approximate inputs
   * @param unknown unknown inputs
   */
  public Total {
    Objects.requireNonNull(unit, "unit");
    lower = Figures.normal(Objects.requireNonNull(lower, "lower"));
    best = Figures.normal(Objects.requireNonNull(best, "best"));
    upper = Objects.requireNonNull(upper, "upper").map(Figures::normal);
    if (upper.isEmpty() && upperOpen) {
      throw new IllegalArgumentException("upperOpen: true although upper is unbounded");
    }
    if (exact < 0 || approximate < 0 || unknown < 0) {
      throw new IllegalArgumentException("counts: negative count " + exact + "/" + approximate + "/" + unknown);
    }
  }

  /**
   * The total of a {@link QuantitySum} plus a number of unknown inputs.
   *
   * @param sum the sum of the known inputs
   * @param unknown how many inputs gave no figure; any makes the total unbounded above
   * @return the total
   */
  public static Total of(QuantitySum sum, int unknown) {
    Range<BigDecimal> r = sum.bounds();
    BigDecimal lower = r.hasLowerBound() ? r.lowerEndpoint() : BigDecimal.ZERO;
    boolean lowerOpen = r.hasLowerBound() && r.lowerBoundType() == BoundType.OPEN;
    boolean bounded = r.hasUpperBound() && unknown == 0;
    return new Total(sum.unit(), lower, lowerOpen, sum.best(),
        bounded ? Optional.of(r.upperEndpoint()) : Optional.empty(),
        bounded && r.upperBoundType() == BoundType.OPEN, sum.exactCount(), sum.approximateCount(), unknown);
  }

  /**
   * Sums optional quantities: present ones through a {@link QuantitySum} (after giving each the
   * unit of the total, see {@link Figures#inUnit}), absent ones counted as unknown.
   *
   * @param unit the unit of the total
   * @param inputs the inputs, empty where a record gives no figure
   * @return the total
   */
  public static Total sum(String unit, Iterable<Optional<Quantity>> inputs) {
    QuantitySum sum = QuantitySum.zero(unit);
    int unknown = 0;
    for (Optional<Quantity> q : inputs) {
      if (q.isPresent()) {
        sum = sum.plus(Figures.inUnit(q.get(), unit));
      } else {
        unknown++;
      }
    }
    return of(sum, unknown);
  }

  /**
   * Returns the interval as a Guava range.
   *
   * @return the interval of possible true sums
   */
  public Range<BigDecimal> bounds() {
    BoundType lowerType = lowerOpen ? BoundType.OPEN : BoundType.CLOSED;
    if (upper.isEmpty()) {
      return Range.downTo(lower, lowerType);
    }
    return Range.range(lower, lowerType, upper.get(), upperOpen ? BoundType.OPEN : BoundType.CLOSED);
  }

  /**
   * Whether a value lies in the interval.
   *
   * @param value the value
   * @return true if the interval holds it
   */
  public boolean contains(BigDecimal value) {
    return bounds().contains(value);
  }

  /**
   * Whether the total is exact: every input exact and none unknown.
   *
   * @return true if nothing uncertain went into the total
   */
  @JsonIgnore
  public boolean isExactSum() {
    return approximate == 0 && unknown == 0;
  }

  /**
   * Returns the number of inputs, known or not.
   *
   * @return exact plus approximate plus unknown
   */
  public int inputs() {
    return exact + approximate + unknown;
  }

  /**
   * Returns a short human form, {@code 1913 items in [1913..+∞) (26 exact, 0 approximate, 1 unknown)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return best.toPlainString() + " " + unit + " in " + bounds() + " (" + exact + " exact, " + approximate
        + " approximate, " + unknown + " unknown)";
  }
}
