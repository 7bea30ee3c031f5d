package org.cstokit.analytics.transfers;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.YearSpan;
import org.cstokit.model.transfer.ArmsTransfer;
import org.cstokit.model.transfer.WeaponCategory;

/**
 * A data set's transfer records as columns of primitives, in the records' order: what the
 * groupings of {@link TransferQuery} read, without touching the records again. Each key is a
 * column of small codes ({@code short}) into the key's values, numbered in the values' natural
 * order, with the code {@code values.size()} for a record that lacks the key; numbers ordered and
 * delivered are {@code int}s, 0 where absent, with a bit each in {@link #flags} that says whether
 * they are known; the flags also hold which scopes take the record.
 *
 * <p>Built once per data set instance, on the first grouping, and kept as long as the data set
 * is reachable ({@link #of}: a cache with weak keys, which compares data sets by identity). About
 * 19 bytes per record. Immutable and thread-safe once built.
 */
final class TransferColumns {
  /** Flag: the number ordered is known. */
  static final int ORDERED = 1 << 3;
  /** Flag: the number delivered is known. */
  static final int DELIVERED = 1 << 4;
  /** Flag: the first delivery year is known. */
  static final int DELIVERY_FIRST = 1 << 5;

  private static final LoadingCache<Dataset, TransferColumns> CACHE = CacheBuilder.newBuilder()
      .weakKeys().build(CacheLoader.from(d -> new TransferColumns(d.transfers())));

  /** How many records. */
  final int size;
  /** Per record: bit {@code scope.ordinal()} if the scope takes it, and the flags above. */
  final byte[] flags;
  /** Per record: the number ordered, 0 where unknown. */
  final int[] ordered;
  /** Per record: the number delivered, 0 where unknown. */
  final int[] delivered;
  /** Every state that supplies or receives, by code (alphabetically). */
  private final ImmutableList<StateCode> states;
  private final Codes<StateCode> recipient;
  private final Codes<StateCode> supplier;
  private final Codes<WeaponCategory> category;
  private final Codes<Year> orderYear;
  private final Codes<YearSpan> orderDecade;

  /**
   * One key as a column: the code of each record, and the value of each code; the code
   * {@code values.size()} is a record without the key.
   *
   * @param codes per record
   * @param values per code, in the values' natural order
   * @param <K> the type of the values
   */
  record Codes<K>(short[] codes, ImmutableList<K> values) {
    /** The code of the records that lack the key. */
    int unknown() {
      return values.size();
    }
  }

  /**
   * Returns the columns of a data set's transfers, building them on the first call for the
   * instance.
   *
   * @param data the data set
   * @return its columns
   */
  static TransferColumns of(Dataset data) {
    return CACHE.getUnchecked(data);
  }

  /** Builds the columns in one pass over the records, then numbers the codes in order. */
  TransferColumns(List<ArmsTransfer> records) {
    size = records.size();
    flags = new byte[size];
    ordered = new int[size];
    delivered = new int[size];
    short[] recipients = new short[size];
    short[] suppliers = new short[size];
    short[] categories = new short[size];
    int[] years = new int[size];
    // states are numbered as they are met, then renumbered alphabetically
    Map<StateCode, Integer> met = new HashMap<>();
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;
    Scope[] scopes = Scope.values();
    for (int i = 0; i < size; i++) {
      ArmsTransfer t = records.get(i);
      int f = 0;
      for (Scope s : scopes) {
        f |= s.includes(t) ? 1 << s.ordinal() : 0;
      }
      Integer o = t.numberOrdered().orElse(null);
      if (o != null) {
        ordered[i] = o;
        f |= ORDERED;
      }
      Integer d = t.numberDelivered().orElse(null);
      if (d != null) {
        delivered[i] = d;
        f |= DELIVERED;
      }
      f |= t.deliveryFirst().isPresent() ? DELIVERY_FIRST : 0;
      flags[i] = (byte) f;
      recipients[i] = code(met, t.recipient());
      suppliers[i] = code(met, t.supplier());
      categories[i] = (short) t.category().ordinal();
      Integer y = t.orderYear().orElse(null);
      if (y == null) {
        years[i] = Integer.MIN_VALUE;
      } else {
        years[i] = y;
        minYear = Math.min(minYear, y);
        maxYear = Math.max(maxYear, y);
      }
    }
    StateCode[] sorted = met.keySet().toArray(new StateCode[0]);
    Arrays.sort(sorted);
    states = ImmutableList.copyOf(sorted);
    short[] renumber = new short[sorted.length];
    for (int c = 0; c < sorted.length; c++) {
      renumber[met.get(sorted[c])] = (short) c;
    }
    for (int i = 0; i < size; i++) {
      recipients[i] = renumber[recipients[i]];
      suppliers[i] = renumber[suppliers[i]];
    }
    recipient = new Codes<>(recipients, states);
    supplier = new Codes<>(suppliers, states);
    category = new Codes<>(categories, ImmutableList.copyOf(WeaponCategory.values()));
    orderYear = years(years, minYear, maxYear);
    orderDecade = decades(years, minYear, maxYear);
  }

  /** The code of a state, numbered in the order met. */
  private static short code(Map<StateCode, Integer> met, StateCode s) {
    Integer c = met.get(s);
    if (c == null) {
      c = met.size();
      met.put(s, c);
    }
    return (short) (int) c;
  }

  /** Years from the first to the last recorded (years lie in 1900–2100, so codes are small). */
  private static Codes<Year> years(int[] years, int min, int max) {
    int count = min > max ? 0 : max - min + 1;
    ImmutableList.Builder<Year> values = ImmutableList.builderWithExpectedSize(count);
    for (int c = 0; c < count; c++) {
      values.add(Year.of(min + c));
    }
    short[] codes = new short[years.length];
    for (int i = 0; i < years.length; i++) {
      codes[i] = (short) (years[i] == Integer.MIN_VALUE ? count : years[i] - min);
    }
    return new Codes<>(codes, values.build());
  }

  /** Decades from the first to the last recorded. */
  private static Codes<YearSpan> decades(int[] years, int min, int max) {
    int first = Math.floorDiv(min, 10);
    int count = min > max ? 0 : Math.floorDiv(max, 10) - first + 1;
    ImmutableList.Builder<YearSpan> values = ImmutableList.builderWithExpectedSize(count);
    for (int c = 0; c < count; c++) {
      values.add(YearSpan.decadeOf((first + c) * 10));
    }
    short[] codes = new short[years.length];
    for (int i = 0; i < years.length; i++) {
      codes[i] =
          (short) (years[i] == Integer.MIN_VALUE ? count : Math.floorDiv(years[i], 10) - first);
    }
    return new Codes<>(codes, values.build());
  }

  /**
   * Returns a key's column.
   *
   * @param key one of the constants of {@link TransferKey}
   * @param <K> the type of its values
   * @return the codes and their values
   */
  @SuppressWarnings("unchecked")
  <K extends Comparable<? super K>> Codes<K> codes(TransferKey<K> key) {
    Codes<?> c;
    if (key == TransferKey.RECIPIENT) {
      c = recipient;
    } else if (key == TransferKey.SUPPLIER) {
      c = supplier;
    } else if (key == TransferKey.CATEGORY) {
      c = category;
    } else if (key == TransferKey.ORDER_YEAR) {
      c = orderYear;
    } else {
      c = orderDecade;
    }
    return (Codes<K>) c;
  }

  /**
   * Returns the code of a state, or -1 if no record names it.
   *
   * @param state the state
   * @return its code in {@link #recipientCodes()} and {@link #supplierCodes()}, or -1
   */
  int stateCode(StateCode state) {
    int c = java.util.Collections.binarySearch(states, state);
    return c < 0 ? -1 : c;
  }

  /** The recipients' codes. */
  short[] recipientCodes() {
    return recipient.codes();
  }

  /** The suppliers' codes. */
  short[] supplierCodes() {
    return supplier.codes();
  }

  /** The order years' codes, {@code orderYearUnknown()} where absent. */
  short[] orderYearCodes() {
    return orderYear.codes();
  }

  /** The code of a record without an order year. */
  int orderYearUnknown() {
    return orderYear.unknown();
  }
}
