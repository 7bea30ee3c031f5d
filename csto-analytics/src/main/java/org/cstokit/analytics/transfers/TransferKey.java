package org.cstokit.analytics.transfers;

import java.util.Optional;
import java.util.function.Function;
import org.cstokit.model.transfer.ArmsTransfer;

/**
 * A field transfers can be grouped by, with its order and its label: states by code, categories
 * in the order of {@link org.cstokit.model.transfer.WeaponCategory}, years and decades
 * numerically; a record without the field falls under {@link Transfers#UNKNOWN}, listed last.
 */
public enum TransferKey {
  /** The receiving state, by code. */
  RECIPIENT(t -> Optional.of(t.recipient()), k -> k.toString()),
  /** The supplying state, by code. */
  SUPPLIER(t -> Optional.of(t.supplier()), k -> k.toString()),
  /** The weapon category. */
  CATEGORY(t -> Optional.of(t.category()), k -> ((Enum<?>) k).name()),
  /** The year of order, where recorded. */
  ORDER_YEAR(t -> t.orderYear().map(y -> (Comparable<?>) y), String::valueOf),
  /** The decade of order ({@code 1990s}: 1990 to 1999), where the year is recorded. */
  ORDER_DECADE(t -> t.orderYear().map(y -> (Comparable<?>) (y - Math.floorMod(y, 10))), k -> k + "s");

  private final Function<ArmsTransfer, Optional<? extends Comparable<?>>> key;
  private final Function<Object, String> label;

  TransferKey(Function<ArmsTransfer, Optional<? extends Comparable<?>>> key, Function<Object, String> label) {
    this.key = key;
    this.label = label;
  }

  /**
   * The record's value of this key, empty where the record lacks the field.
   *
   * @param t the record
   * @return the value, ordered with the values of other records
   */
  Optional<? extends Comparable<?>> of(ArmsTransfer t) {
    return key.apply(t);
  }

  /**
   * The label of a value, as the tables show it.
   *
   * @param value a value of {@link #of}
   * @return its label
   */
  String label(Object value) {
    return label.apply(value);
  }
}
