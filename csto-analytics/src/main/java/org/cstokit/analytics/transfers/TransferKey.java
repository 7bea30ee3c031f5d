package org.cstokit.analytics.transfers;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.YearSpan;
import org.cstokit.model.transfer.ArmsTransfer;
import org.cstokit.model.transfer.WeaponCategory;

/**
 * A field transfers can be grouped by, typed by its values: {@code by(TransferKey.CATEGORY)}
 * returns groups keyed by {@link WeaponCategory}. Values are ordered naturally: states by code,
 * categories in the order of {@link WeaponCategory}, years and decades by time. A record without
 * the field has no value for the key and falls in the group of unknown keys. Immutable and
 * thread-safe; the constants are the only instances.
 *
 * @param <K> the type of the key's values
 */
public final class TransferKey<K extends Comparable<? super K>> {
  /** The receiving state. */
  public static final TransferKey<StateCode> RECIPIENT =
      new TransferKey<>("RECIPIENT", ArmsTransfer::recipient);
  /** The supplying state. */
  public static final TransferKey<StateCode> SUPPLIER =
      new TransferKey<>("SUPPLIER", ArmsTransfer::supplier);
  /** The weapon category. */
  public static final TransferKey<WeaponCategory> CATEGORY =
      new TransferKey<>("CATEGORY", ArmsTransfer::category);
  /** The year of order, where recorded. */
  public static final TransferKey<Year> ORDER_YEAR =
      new TransferKey<>("ORDER_YEAR", t -> t.orderYear().map(Year::of).orElse(null));
  /**
   * The decade of order ({@code 1990-1999}, see {@link YearSpan#decadeOf(int)}), where the year
   * is recorded.
   */
  public static final TransferKey<YearSpan> ORDER_DECADE =
      new TransferKey<>("ORDER_DECADE", t -> t.orderYear().map(YearSpan::decadeOf).orElse(null));

  private static final ImmutableList<TransferKey<?>> VALUES =
      ImmutableList.of(RECIPIENT, SUPPLIER, CATEGORY, ORDER_YEAR, ORDER_DECADE);

  private final String name;
  /** The record's value, or null where it lacks the field. */
  private final Function<ArmsTransfer, K> value;

  private TransferKey(String name, Function<ArmsTransfer, K> value) {
    this.name = name;
    this.value = value;
  }

  /**
   * Returns every key, in the order of the constants.
   *
   * @return the keys
   */
  public static ImmutableList<TransferKey<?>> values() {
    return VALUES;
  }

  /**
   * Returns a record's value of this key.
   *
   * @param t the record
   * @return the value, or empty where the record lacks the field
   */
  public Optional<K> of(ArmsTransfer t) {
    return Optional.ofNullable(value.apply(Objects.requireNonNull(t, "t")));
  }

  /**
   * Returns the name of the constant, {@code ORDER_DECADE}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
