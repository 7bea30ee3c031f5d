package org.cstokit.analytics.table;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.quantity.Quantity;

/**
 * How aggregates pick and prepare figures.
 *
 * <p>A record may give several figures for one count — Zapad 2017 has 12,700 declared and
 * 60,000–70,000 estimated; Interaction-2014 has about 3,000 in all and 500 Russian airborne
 * troops "included in total". Such figures are alternatives or parts, never summands, so a sum
 * over records takes one figure per record: the <em>largest</em> stated value (a total exceeds the
 * parts given beside it), the first listed on a tie. Declared and estimated figures stay apart where
 * they matter (the Vienna Document check of the exercises).
 */
public final class Figures {
  private Figures() {}

  /**
   * Returns the figure a sum takes from a record's list: the largest stated value, the first
   * listed on a tie.
   *
   * @param figures the record's figures, in their order
   * @return the chosen figure, or empty when the record gives none
   */
  public static Optional<Quantity> largest(List<Quantity> figures) {
    Quantity best = null;
    for (Quantity q : figures) {
      if (best == null || q.value().compareTo(best.value()) > 0) {
        best = q;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Orders quantities by stated value.
   *
   * @return the comparator
   */
  public static Comparator<Quantity> byValue() {
    return Comparator.comparing(Quantity::value);
  }

  /**
   * Returns the quantity with another unit, everything else kept. Sums need one unit while the
   * sources name people "troops", "soldiers" or "personnel"; a personnel total relabels its
   * inputs {@code personnel}.
   *
   * @param q the quantity
   * @param unit the unit
   * @return the relabelled quantity (the same one when the unit already matches)
   */
  public static Quantity inUnit(Quantity q, String unit) {
    return q.unit().equals(unit) ? q : Quantity.builder().from(q).unit(unit).build();
  }

  /**
   * Normalises a number: no trailing zeros and never a negative scale, so that {@code 500.0}
   * and {@code 500} are equal and print as {@code 500}.
   *
   * @param d the number
   * @return the normal form
   */
  public static BigDecimal normal(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
