package org.cstokit.model.quantity;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Objects;
import org.cstokit.model.InvalidValueException.Kind;
import org.cstokit.model.internal.Checks;

/**
 * The sum of several quantities of one unit, carrying their uncertainty: the sum of stated
 * values ({@link #best()}), the interval sum of their bounds ({@link #bounds()}) and how many
 * summands were exact or not. When every summand is exact, the bounds are the best value alone.
 * Immutable and thread-safe.
 */
public final class QuantitySum {
  private final String unit;
  private final BigDecimal best;
  private final Range<BigDecimal> bounds;
  private final int exactCount;
  private final int approximateCount;

  private QuantitySum(String unit, BigDecimal best, Range<BigDecimal> bounds, int exactCount, int approximateCount) {
    this.unit = unit;
    this.best = best;
    this.bounds = bounds;
    this.exactCount = exactCount;
    this.approximateCount = approximateCount;
  }

  /**
   * The empty sum of a unit: zero, exactly.
   *
   * @param unit the unit
   * @return the empty sum
   */
  public static QuantitySum zero(String unit) {
    Checks.notBlank(unit, "unit");
    return new QuantitySum(unit, BigDecimal.ZERO, Range.singleton(BigDecimal.ZERO), 0, 0);
  }

  /**
   * Sums quantities of one unit.
   *
   * @param unit the unit every quantity must have
   * @param quantities the summands
   * @return the sum
   * @throws org.cstokit.model.InvalidValueException if a summand has another unit
   */
  public static QuantitySum of(String unit, Iterable<Quantity> quantities) {
    QuantitySum sum = zero(unit);
    for (Quantity q : quantities) {
      sum = sum.plus(q);
    }
    return sum;
  }

  /**
   * Returns this sum plus one more quantity of the same unit.
   *
   * @param q the summand
   * @return the new sum
   * @throws org.cstokit.model.InvalidValueException if the unit differs
   */
  public QuantitySum plus(Quantity q) {
    if (!q.unit().equals(unit)) {
      // the message is built only on failure: sums add many quantities
      throw Checks.invalid(Kind.INCONSISTENT, "unit", q.unit(), "differs from the sum's unit " + unit);
    }
    return new QuantitySum(unit, best.add(q.value()), Quantity.addBounds(bounds, q.bounds()),
        exactCount + (q.isExact() ? 1 : 0), approximateCount + (q.isExact() ? 0 : 1));
  }

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns the sum of the stated values.
   *
   * @return the best estimate
   */
  public BigDecimal best() {
    return best;
  }

  /**
   * Returns the interval sum of the summands' bounds.
   *
   * @return the interval that holds every possible true sum
   */
  public Range<BigDecimal> bounds() {
    return bounds;
  }

  /**
   * Returns the number of exact summands.
   *
   * @return the count
   */
  public int exactCount() {
    return exactCount;
  }

  /**
   * Returns the number of summands that were not exact.
   *
   * @return the count
   */
  public int approximateCount() {
    return approximateCount;
  }

  /**
   * Whether every summand was exact.
   *
   * @return true if no summand was approximate
   */
  public boolean isExact() {
    return approximateCount == 0;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof QuantitySum)) {
      return false;
    }
    QuantitySum s = (QuantitySum) o;
    return unit.equals(s.unit) && best.compareTo(s.best) == 0 && bounds.equals(s.bounds)
        && exactCount == s.exactCount && approximateCount == s.approximateCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, best.stripTrailingZeros(), exactCount, approximateCount);
  }

  @Override
  public String toString() {
    return best.toPlainString() + " " + unit + " in " + bounds + " (" + exactCount + " exact, " + approximateCount + " approximate)";
  }
}
