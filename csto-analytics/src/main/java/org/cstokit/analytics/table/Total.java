package org.cstokit.analytics.table;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.quantity.QuantitySum;

/**
 * A computed number that carries the uncertainty of its inputs: the analytics layer's one type
 * for an uncertain number. It has a unit, a best value (the sum of the stated values), the
 * interval of possible true values as a Guava {@link Range} ({@link #bounds()}: each end open,
 * closed or, above, absent) and how many inputs were exact, approximate or unknown (a record that
 * gives no figure at all).
 *
 * <p>An unknown input may stand for any non-negative number, so a total with an unknown input is
 * unbounded above; the interval therefore always holds the true sum when the stated figures
 * hold. When every input is exact and none is unknown, the interval is the best value alone. A
 * single stated figure is a total of one input ({@link #of(Quantity)}). The interval always has
 * a lower bound, never below zero.
 *
 * <p>How a total is written as table columns ({@code lower}, {@code lower_open}, …) is the
 * export layer's business ({@code org.cstokit.analytics.export.CsvTables}). Immutable and
 * thread-safe; equal when unit, best value, interval and counts are equal (numbers compared
 * without trailing zeros).
 */
public final class Total {
  private final String unit;
  private final BigDecimal best;
  private final Range<BigDecimal> bounds;
  private final int exact;
  private final int approximate;
  private final int unknown;

  private Total(Builder b) {
    this.unit = Objects.requireNonNull(b.unit, "unit");
    this.best = Figures.normal(Objects.requireNonNull(b.best, "best"));
    Range<BigDecimal> r = Objects.requireNonNull(b.bounds, "bounds");
    if (!r.hasLowerBound() || r.lowerEndpoint().signum() < 0) {
      throw new IllegalArgumentException("bounds: " + r + " has no lower bound of zero or more");
    }
    this.bounds = normal(r);
    if (b.exact < 0 || b.approximate < 0 || b.unknown < 0) {
      throw new IllegalArgumentException(
          "counts: negative count " + b.exact + "/" + b.approximate + "/" + b.unknown);
    }
    this.exact = b.exact;
    this.approximate = b.approximate;
    this.unknown = b.unknown;
  }

  private static Range<BigDecimal> normal(Range<BigDecimal> r) {
    BigDecimal lower = Figures.normal(r.lowerEndpoint());
    if (!r.hasUpperBound()) {
      return Range.downTo(lower, r.lowerBoundType());
    }
    return Range.range(lower, r.lowerBoundType(), Figures.normal(r.upperEndpoint()),
        r.upperBoundType());
  }

  /**
   * Returns a builder, for a total read back from a table or made by hand; aggregates use
   * {@link #sum} and {@link #of(QuantitySum, int)}.
   *
   * @return an empty builder: every count zero, unit, best value and bounds to be set
   */
  public static Builder builder() {
    return new Builder();
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
    BoundType lowerType = r.hasLowerBound() ? r.lowerBoundType() : BoundType.CLOSED;
    Range<BigDecimal> bounds = r.hasUpperBound() && unknown == 0
        ? Range.range(lower, lowerType, r.upperEndpoint(), r.upperBoundType())
        : Range.downTo(lower, lowerType);
    return builder().unit(sum.unit()).best(sum.best()).bounds(bounds).exact(sum.exactCount())
        .approximate(sum.approximateCount()).unknown(unknown).build();
  }

  /**
   * The total of one stated figure: its value, its bounds ({@link Quantity#bounds()}) and one
   * input, exact or approximate as the figure is.
   *
   * @param q the figure
   * @return the total
   */
  public static Total of(Quantity q) {
    return of(QuantitySum.zero(q.unit()).plus(q), 0);
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
   * Returns the unit of every input, {@code items} or {@code personnel}.
   *
   * @return the unit
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns the best value: the sum of the stated values; unknown inputs add nothing.
   *
   * @return the best value, without trailing zeros
   */
  public BigDecimal best() {
    return best;
  }

  /**
   * Returns the interval of possible true values. It always has a lower bound (zero or more,
   * open after a "more than" input); it has no upper bound when an input is unknown or stated
   * only from below. It need not contain {@link #best()}: "more than 5" has best 5 and bounds
   * {@code (5..+∞)}.
   *
   * @return the interval
   */
  public Range<BigDecimal> bounds() {
    return bounds;
  }

  /**
   * Whether a value lies in the interval.
   *
   * @param value the value
   * @return true if the interval holds it
   */
  public boolean contains(BigDecimal value) {
    return bounds.contains(value);
  }

  /**
   * Whether the total is exact: every input exact and none unknown.
   *
   * @return true if nothing uncertain went into the total
   */
  public boolean isExactSum() {
    return approximate == 0 && unknown == 0;
  }

  /**
   * Returns the number of exact inputs.
   *
   * @return the count
   */
  public int exact() {
    return exact;
  }

  /**
   * Returns the number of inputs that were stated but not exact ("about", "more than", a range).
   *
   * @return the count
   */
  public int approximate() {
    return approximate;
  }

  /**
   * Returns the number of inputs that gave no figure.
   *
   * @return the count
   */
  public int unknown() {
    return unknown;
  }

  /**
   * Returns the number of inputs, known or not.
   *
   * @return exact plus approximate plus unknown
   */
  public int inputs() {
    return exact + approximate + unknown;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Total t && unit.equals(t.unit) && best.equals(t.best)
        && bounds.equals(t.bounds) && exact == t.exact && approximate == t.approximate
        && unknown == t.unknown;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, best, bounds, exact, approximate, unknown);
  }

  /**
   * Returns a short human form,
   * {@code 1913 items in [1913..+∞) (26 exact, 0 approximate, 1 unknown)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return best.toPlainString() + " " + unit + " in " + bounds + " (" + exact + " exact, "
        + approximate + " approximate, " + unknown + " unknown)";
  }

  /**
   * Builds a {@link Total}. Not thread-safe; {@link #build()} checks the parts.
   */
  public static final class Builder {
    private String unit;
    private BigDecimal best;
    private Range<BigDecimal> bounds;
    private int exact;
    private int approximate;
    private int unknown;

    private Builder() {}

    /**
     * Sets the unit.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    /**
     * Sets the best value.
     *
     * @param best the best value
     * @return this builder
     */
    public Builder best(BigDecimal best) {
      this.best = best;
      return this;
    }

    /**
     * Sets the interval of possible true values.
     *
     * @param bounds the interval; it must have a lower bound of zero or more
     * @return this builder
     */
    public Builder bounds(Range<BigDecimal> bounds) {
      this.bounds = bounds;
      return this;
    }

    /**
     * Sets the number of exact inputs.
     *
     * @param exact the count, not negative
     * @return this builder
     */
    public Builder exact(int exact) {
      this.exact = exact;
      return this;
    }

    /**
     * Sets the number of approximate inputs.
     *
     * @param approximate the count, not negative
     * @return this builder
     */
    public Builder approximate(int approximate) {
      this.approximate = approximate;
      return this;
    }

    /**
     * Sets the number of unknown inputs.
     *
     * @param unknown the count, not negative
     * @return this builder
     */
    public Builder unknown(int unknown) {
      this.unknown = unknown;
      return this;
    }

    /**
     * Returns the total.
     *
     * @return the total
     * @throws NullPointerException naming the part if unit, best value or bounds is not set
     * @throws IllegalArgumentException if the bounds have no lower bound, or a negative one, or a
     *     count is negative
     */
    public Total build() {
      return new Total(this);
    }
  }
}
