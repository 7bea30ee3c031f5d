package org.cstokit.analytics.table;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;

/**
 * One stated figure flattened into table columns, qualifier and basis kept: "more than 25,000"
 * is value 25000, qualifier {@code MORE_THAN}, lower 25000 open, no upper bound — a lower bound,
 * never an exact figure. Columns (CSV, snake case): {@code value, qualifier, basis, unit, lower,
 * lower_open, upper, upper_open}; an empty {@code upper} means unbounded. Immutable and
 * thread-safe.
 *
 * @param value the stated value
 * @param qualifier how it relates to the true figure
 * @param basis whose figure it is
 * @param unit the unit as the source gives it
 * @param lower the lower bound of the true figure ({@link Quantity#bounds()})
 * @param lowerOpen whether the lower bound is excluded
 * @param upper the upper bound, or empty when unbounded
 * @param upperOpen whether the upper bound is excluded; false when unbounded
 */
@JsonPropertyOrder({"value", "qualifier", "basis", "unit", "lower", "lowerOpen", "upper", "upperOpen"})
public record Figure(BigDecimal value, Qualifier qualifier, Basis basis, String unit, BigDecimal lower,
    boolean lowerOpen, Optional<BigDecimal> upper, boolean upperOpen) {

  /**
   * Checks and normalises the components.
   *
   * @param value the value
   * @param qualifier the qualifier
   * @param basis the basis
   * @param unit the unit
   * @param lower the lower bound
   * @param lowerOpen whether the lower bound is excluded
   * @param upper the upper bound, or empty
   * @param upperOpen whether the upper bound is excluded
   */
  public Figure {
    value = Figures.normal(Objects.requireNonNull(value, "value"));
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(unit, "unit");
    lower = Figures.normal(Objects.requireNonNull(lower, "lower"));
    upper = Objects.requireNonNull(upper, "upper").map(Figures::normal);
  }

  /**
   * Flattens a quantity.
   *
   * @param q the quantity
   * @return its figure
   */
  public static Figure of(Quantity q) {
    Range<BigDecimal> r = q.bounds();
    BigDecimal lower = r.hasLowerBound() ? r.lowerEndpoint() : BigDecimal.ZERO;
    boolean lowerOpen = r.hasLowerBound() && r.lowerBoundType() == BoundType.OPEN;
    return new Figure(q.value(), q.qualifier(), q.basis(), q.unit(), lower, lowerOpen,
        r.hasUpperBound() ? Optional.of(r.upperEndpoint()) : Optional.empty(),
        r.hasUpperBound() && r.upperBoundType() == BoundType.OPEN);
  }
}
