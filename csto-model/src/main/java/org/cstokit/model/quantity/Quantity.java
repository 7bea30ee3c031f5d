package org.cstokit.model.quantity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Optional;
import org.cstokit.model.InvalidValueException.Kind;
import org.cstokit.model.internal.Checks;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.immutables.value.Value;

/**
 * A non-negative figure with its qualifier ("about", "more than"…), its basis (declared,
 * estimated…), optional explicit bounds and a unit. {@link #bounds()} is the interval of values
 * the statement allows; {@link QuantitySum} adds such intervals.
 *
 * <p>Values are normalised (no trailing zeros, never negative scale), so {@code 500} and
 * {@code 500.0} are the same quantity. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuantity.class)
@JsonDeserialize(as = ImmutableQuantity.class)
public abstract class Quantity {
  Quantity() {}

  /**
   * Returns the stated figure (for {@link Qualifier#RANGE}, the figure the source stresses or
   * the midpoint).
   *
   * @return the value, never negative
   */
  public abstract BigDecimal value();

  /**
   * Returns the explicit lower bound, if the source gives one.
   *
   * @return the lower bound, or empty
   */
  public abstract Optional<BigDecimal> lower();

  /**
   * Returns the explicit upper bound, if the source gives one.
   *
   * @return the upper bound, or empty
   */
  public abstract Optional<BigDecimal> upper();

  /**
   * Returns how the figure relates to the true one.
   *
   * @return the qualifier
   */
  public abstract Qualifier qualifier();

  /**
   * Returns whose figure it is.
   *
   * @return the basis
   */
  public abstract Basis basis();

  /**
   * Returns the unit: {@code personnel}, {@code USD}, {@code items}, {@code aircraft}…
   *
   * @return the unit, not blank
   */
  public abstract String unit();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quantity}; {@code value}, {@code qualifier}, {@code basis} and {@code unit} are required. */
  public static final class Builder extends ImmutableQuantity.Builder {
    Builder() {}
  }

  /**
   * An exact, reported figure.
   *
   * @param value the value
   * @param unit the unit
   * @return the quantity
   */
  public static Quantity exact(long value, String unit) {
    return of(value, Qualifier.EXACT, Basis.REPORTED, unit);
  }

  /**
   * An approximate ("about"), reported figure without explicit bounds.
   *
   * @param value the value
   * @param unit the unit
   * @return the quantity
   */
  public static Quantity about(long value, String unit) {
    return of(value, Qualifier.ABOUT, Basis.REPORTED, unit);
  }

  /**
   * A "more than" figure, reported.
   *
   * @param value the exclusive lower bound
   * @param unit the unit
   * @return the quantity
   */
  public static Quantity moreThan(long value, String unit) {
    return of(value, Qualifier.MORE_THAN, Basis.REPORTED, unit);
  }

  /**
   * A range "from lower to upper", reported; the value is the midpoint.
   *
   * @param lower the lower bound
   * @param upper the upper bound
   * @param unit the unit
   * @return the quantity
   */
  public static Quantity range(long lower, long upper, String unit) {
    BigDecimal lo = BigDecimal.valueOf(lower);
    BigDecimal hi = BigDecimal.valueOf(upper);
    return builder().value(lo.add(hi).divide(BigDecimal.valueOf(2))).lower(lo).upper(hi)
        .qualifier(Qualifier.RANGE).basis(Basis.REPORTED).unit(unit).build();
  }

  /**
   * A figure with the given qualifier and basis and no explicit bounds.
   *
   * @param value the value
   * @param qualifier the qualifier (not {@link Qualifier#RANGE}, which needs bounds)
   * @param basis the basis
   * @param unit the unit
   * @return the quantity
   */
  public static Quantity of(long value, Qualifier qualifier, Basis basis, String unit) {
    return builder().value(BigDecimal.valueOf(value)).qualifier(qualifier).basis(basis).unit(unit).build();
  }

  /**
   * Returns a copy with another basis.
   *
   * @param basis the basis
   * @return the copy
   */
  public Quantity withBasis(Basis basis) {
    return builder().from(this).basis(basis).build();
  }

  @Value.Check
  Quantity normalize() {
    Checks.notBlank(unit(), "unit");
    // bounded first: an exponent such as 1E+10000000 would make normalising hang or exhaust memory
    // plain conditions rather than lambdas: every figure loaded runs this check, and each lambda
    // call site costs its first use a bootstrap on a cold start; reasons are composed on failure only
    bounded(value(), "value");
    BigDecimal lower = lower().orElse(null);
    BigDecimal upper = upper().orElse(null);
    if (lower != null) {
      bounded(lower, "lower");
    }
    if (upper != null) {
      bounded(upper, "upper");
    }
    Checks.check(value().signum() >= 0, Kind.OUT_OF_RANGE, "value", value(), "is negative");
    if (lower != null) {
      Checks.check(lower.signum() >= 0, Kind.OUT_OF_RANGE, "lower", lower, "is negative");
      if (lower.compareTo(value()) > 0) {
        throw Checks.invalid(Kind.INCONSISTENT, "lower", lower, "is above value " + value());
      }
    }
    if (upper != null && upper.compareTo(value()) < 0) {
      throw Checks.invalid(Kind.INCONSISTENT, "upper", upper, "is below value " + value());
    }
    switch (qualifier()) {
      case EXACT:
        Checks.check(lower().isEmpty() && upper().isEmpty(), Kind.INCONSISTENT, "qualifier", qualifier(),
            "does not allow explicit bounds");
        break;
      case RANGE:
        Checks.check(lower().isPresent() && upper().isPresent(), Kind.MISSING, "qualifier", qualifier(),
            "needs both lower and upper bounds");
        break;
      case MORE_THAN:
        if (upper != null && upper.compareTo(value()) <= 0) {
          throw Checks.invalid(Kind.INCONSISTENT, "upper", upper, "must exceed the value " + value() + " of a MORE_THAN figure");
        }
        Checks.check(lower().isEmpty(), Kind.INCONSISTENT, "lower", lower().orElse(null),
            "is not allowed with MORE_THAN: the value is the lower bound");
        break;
      case AT_LEAST:
        Checks.check(lower().isEmpty(), Kind.INCONSISTENT, "lower", lower().orElse(null),
            "is not allowed with AT_LEAST: the value is the lower bound");
        break;
      case UP_TO:
        Checks.check(upper().isEmpty(), Kind.INCONSISTENT, "upper", upper().orElse(null),
            "is not allowed with UP_TO: the value is the upper bound");
        break;
      default:
        break;
    }
    if (isNormal(value()) && (lower == null || isNormal(lower)) && (upper == null || isNormal(upper))) {
      return this;
    }
    return builder().from(this).value(normal(value()))
        .lower(lower().map(Quantity::normal)).upper(upper().map(Quantity::normal)).build();
  }

  /** The largest number of integer digits, and of decimals, a figure may have. */
  static final int MAX_DIGITS = 40;

  private static void bounded(BigDecimal d, String field) {
    long integerDigits = (long) d.precision() - d.scale();
    if (integerDigits > MAX_DIGITS || d.scale() > MAX_DIGITS) {
      throw Checks.invalid(Kind.OUT_OF_RANGE, field,
          d.precision() > 60 ? d.unscaledValue().bitLength() + "-bit number with scale " + d.scale() : d.toString(),
          "is out of range: at most " + MAX_DIGITS + " integer digits and " + MAX_DIGITS + " decimals");
    }
  }

  private static boolean isNormal(BigDecimal d) {
    return d.equals(normal(d));
  }

  private static BigDecimal normal(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * Returns the interval of true values this statement allows: the value alone for EXACT (and
   * ABOUT without bounds), the explicit bounds for RANGE (and ABOUT with bounds), {@code (v, ∞)}
   * for MORE_THAN (or {@code (v, upper]}), {@code [v, ∞)} for AT_LEAST, {@code [lower or 0, v]}
   * for UP_TO. Note that for MORE_THAN the value itself lies outside its bounds.
   *
   * @return the interval
   */
  public Range<BigDecimal> bounds() {
    BigDecimal v = value();
    switch (qualifier()) {
      case EXACT:
        return Range.singleton(v);
      case MORE_THAN:
        return upper().map(u -> Range.openClosed(v, u)).orElse(Range.greaterThan(v));
      case AT_LEAST:
        return upper().map(u -> Range.closed(v, u)).orElse(Range.atLeast(v));
      case UP_TO:
        return Range.closed(lower().orElse(BigDecimal.ZERO), v);
      default:
        return Range.closed(lower().orElse(v), upper().orElse(v));
    }
  }

  /**
   * Whether the figure is exact.
   *
   * @return true for {@link Qualifier#EXACT}
   */
  @JsonIgnore
  public boolean isExact() {
    return qualifier() == Qualifier.EXACT;
  }

  /**
   * Adds two intervals (interval arithmetic): the result contains {@code a + b} for every
   * {@code a} in the first and {@code b} in the second. A bound is open when either summand's
   * bound is open; an unbounded side stays unbounded.
   *
   * @param first the first interval
   * @param second the second interval
   * @return the interval of all sums
   */
  public static Range<BigDecimal> addBounds(Range<BigDecimal> first, Range<BigDecimal> second) {
    boolean hasLower = first.hasLowerBound() && second.hasLowerBound();
    boolean hasUpper = first.hasUpperBound() && second.hasUpperBound();
    if (!hasLower && !hasUpper) {
      return Range.all();
    }
    BoundType lowerType = hasLower ? combine(first.lowerBoundType(), second.lowerBoundType()) : null;
    BoundType upperType = hasUpper ? combine(first.upperBoundType(), second.upperBoundType()) : null;
    if (!hasUpper) {
      return Range.downTo(first.lowerEndpoint().add(second.lowerEndpoint()), lowerType);
    }
    BigDecimal upper = first.upperEndpoint().add(second.upperEndpoint());
    if (!hasLower) {
      return Range.upTo(upper, upperType);
    }
    return Range.range(first.lowerEndpoint().add(second.lowerEndpoint()), lowerType, upper, upperType);
  }

  private static BoundType combine(BoundType a, BoundType b) {
    return a == BoundType.CLOSED && b == BoundType.CLOSED ? BoundType.CLOSED : BoundType.OPEN;
  }

  /**
   * Returns a short human form: {@code about 5000 personnel (ESTIMATED)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String q = qualifier() == Qualifier.EXACT ? "" : qualifier().name().toLowerCase().replace('_', ' ') + " ";
    String b = qualifier() == Qualifier.RANGE || lower().isPresent() || upper().isPresent() ? " " + bounds() : "";
    return q + value().toPlainString() + b + " " + unit() + " (" + basis() + ")";
  }
}
