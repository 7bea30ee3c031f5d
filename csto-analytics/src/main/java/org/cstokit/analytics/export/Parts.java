package org.cstokit.analytics.export;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import com.google.common.reflect.TypeToken;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.cstokit.analytics.table.Total;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;

/**
 * How the export layer spreads a value that is not a record over several named cells: a
 * {@link Total} into {@code unit, lower, lower_open, best, upper, upper_open, exact, approximate,
 * unknown} and a stated {@link Quantity} into {@code value, qualifier, basis, unit, lower,
 * lower_open, upper, upper_open}, its bounds ({@link Quantity#bounds()}) written out with their
 * open ends, an empty {@code upper} for an unbounded one. {@link CsvTables} prefixes the names
 * with the component's ({@code delivered_lower}); {@link JsonTables} nests them in an object.
 */
final class Parts {
  /** The type of an absent-or-present number, as the parts declare it. */
  private static final Type OPTIONAL_DECIMAL = new TypeToken<Optional<BigDecimal>>() {}.getType();

  private Parts() {}

  /**
   * One named part of a value.
   *
   * @param name the snake-case name
   * @param type the part's type, for reading
   * @param get reads the part from the value
   */
  record Part(String name, Type type, Function<Object, Object> get) {}

  /**
   * A value spread into parts, and how to build it back from them.
   *
   * @param parts the parts, in column order
   * @param build builds the value from the parts' values, in the same order
   */
  record Layout(ImmutableList<Part> parts, Function<Object[], Object> build) {}

  private static final Layout TOTAL = new Layout(ImmutableList.of(
      new Part("unit", String.class, v -> ((Total) v).unit()),
      new Part("lower", BigDecimal.class, v -> lower(((Total) v).bounds())),
      new Part("lower_open", Boolean.class, v -> lowerOpen(((Total) v).bounds())),
      new Part("best", BigDecimal.class, v -> ((Total) v).best()),
      new Part("upper", OPTIONAL_DECIMAL, v -> upper(((Total) v).bounds())),
      new Part("upper_open", Boolean.class, v -> upperOpen(((Total) v).bounds())),
      new Part("exact", Integer.class, v -> ((Total) v).exact()),
      new Part("approximate", Integer.class, v -> ((Total) v).approximate()),
      new Part("unknown", Integer.class, v -> ((Total) v).unknown())),
      Parts::total);

  private static final Layout QUANTITY = new Layout(ImmutableList.of(
      new Part("value", BigDecimal.class, v -> ((Quantity) v).value()),
      new Part("qualifier", Qualifier.class, v -> ((Quantity) v).qualifier()),
      new Part("basis", Basis.class, v -> ((Quantity) v).basis()),
      new Part("unit", String.class, v -> ((Quantity) v).unit()),
      new Part("lower", BigDecimal.class, v -> lower(((Quantity) v).bounds())),
      new Part("lower_open", Boolean.class, v -> lowerOpen(((Quantity) v).bounds())),
      new Part("upper", OPTIONAL_DECIMAL, v -> upper(((Quantity) v).bounds())),
      new Part("upper_open", Boolean.class, v -> upperOpen(((Quantity) v).bounds()))),
      Parts::quantity);

  /**
   * Returns the layout of a type that is spread into parts though not a record.
   *
   * @param type the type
   * @return its layout, or empty if the type is not one of them
   */
  static Optional<Layout> of(Class<?> type) {
    if (Total.class.isAssignableFrom(type)) {
      return Optional.of(TOTAL);
    }
    if (Quantity.class.isAssignableFrom(type)) {
      return Optional.of(QUANTITY);
    }
    return Optional.empty();
  }

  private static BigDecimal lower(Range<BigDecimal> r) {
    return r.hasLowerBound() ? r.lowerEndpoint() : BigDecimal.ZERO;
  }

  private static boolean lowerOpen(Range<BigDecimal> r) {
    return r.hasLowerBound() && r.lowerBoundType() == BoundType.OPEN;
  }

  private static Optional<BigDecimal> upper(Range<BigDecimal> r) {
    return r.hasUpperBound() ? Optional.of(r.upperEndpoint()) : Optional.empty();
  }

  private static boolean upperOpen(Range<BigDecimal> r) {
    return r.hasUpperBound() && r.upperBoundType() == BoundType.OPEN;
  }

  /** The range of a lower bound, an optional upper bound and their open flags. */
  @SuppressWarnings("unchecked")
  private static Range<BigDecimal> range(Object lower, Object lowerOpen, Object upper,
      Object upperOpen) {
    BoundType lowerType = (Boolean) lowerOpen ? BoundType.OPEN : BoundType.CLOSED;
    Optional<BigDecimal> u = (Optional<BigDecimal>) upper;
    if (u.isEmpty()) {
      if ((Boolean) upperOpen) {
        throw new IllegalArgumentException("upper_open: true although upper is unbounded");
      }
      return Range.downTo((BigDecimal) lower, lowerType);
    }
    return Range.range((BigDecimal) lower, lowerType, u.get(),
        (Boolean) upperOpen ? BoundType.OPEN : BoundType.CLOSED);
  }

  private static Total total(Object[] p) {
    return Total.builder().unit((String) p[0]).bounds(range(p[1], p[2], p[4], p[5]))
        .best((BigDecimal) p[3])
        .exact((Integer) p[6]).approximate((Integer) p[7]).unknown((Integer) p[8]).build();
  }

  /**
   * A stated figure from its value, qualifier, basis, unit and bounds: a bound is stated
   * explicitly only where the qualifier does not imply it, so the figure has the bounds written
   * (a source's explicit bound equal to the implied one reads back as implied).
   */
  private static Quantity quantity(Object[] p) {
    BigDecimal value = (BigDecimal) p[0];
    Qualifier qualifier = (Qualifier) p[1];
    Range<BigDecimal> bounds = range(p[4], p[5], p[6], p[7]);
    Quantity.Builder b = Quantity.builder().value(value).qualifier(qualifier).basis((Basis) p[2])
        .unit((String) p[3]);
    Optional<BigDecimal> upper = upper(bounds);
    switch (qualifier) {
      case EXACT:
        break;
      case MORE_THAN:
      case AT_LEAST:
        b.upper(upper);
        break;
      case UP_TO:
        b.lower(Optional.of(bounds.lowerEndpoint()).filter(l -> l.signum() != 0));
        break;
      case RANGE:
        b.lower(bounds.lowerEndpoint()).upper(upper);
        break;
      default:
        b.lower(Optional.of(bounds.lowerEndpoint()).filter(l -> l.compareTo(value) != 0));
        b.upper(upper.filter(u -> u.compareTo(value) != 0));
        break;
    }
    return b.build();
  }
}
