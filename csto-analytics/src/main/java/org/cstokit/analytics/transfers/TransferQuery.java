package org.cstokit.analytics.transfers;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.cstokit.analytics.table.Groups;
import org.cstokit.analytics.table.Total;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.time.YearSpan;
import org.cstokit.model.transfer.ArmsTransfer;
import org.cstokit.model.transfer.WeaponCategory;

/**
 * Which transfer records to aggregate, and the aggregates over them: {@code
 * Transfers.of(data).scope(Scope.ALL).recipient(kaz).byCategory()}. A query starts over the
 * table rows of every recipient and supplier; {@link #scope}, {@link #recipient} and
 * {@link #supplier} return a narrower query and leave this one as it is. Every table is a pure
 * function of the query, immutable, with its keys in their natural order (state codes
 * alphabetically, categories in the order of {@link WeaponCategory}, years and decades by time)
 * and the records that lack the key in a group of their own.
 *
 * <p>Immutable and thread-safe. Two queries are equal when they are over the same data set
 * instance with the same scope and filters.
 */
public final class TransferQuery {
  private final Dataset data;
  private final Scope scope;
  /** The recipient filter, or null for every recipient (internal: tested once per record). */
  private final StateCode recipient;
  /** The supplier filter, or null for every supplier. */
  private final StateCode supplier;

  private TransferQuery(Dataset data, Scope scope, StateCode recipient, StateCode supplier) {
    this.data = data;
    this.scope = scope;
    this.recipient = recipient;
    this.supplier = supplier;
  }

  static TransferQuery over(Dataset data) {
    return new TransferQuery(Objects.requireNonNull(data, "data"), Scope.TABLE_ROWS, null, null);
  }

  /**
   * Returns this query with another scope.
   *
   * @param scope which records to take; {@link Scope#TABLE_ROWS} unless set
   * @return the query
   */
  public TransferQuery scope(Scope scope) {
    return new TransferQuery(data, Objects.requireNonNull(scope, "scope"), recipient, supplier);
  }

  /**
   * Returns this query narrowed to one recipient.
   *
   * @param recipient the receiving state
   * @return the query
   */
  public TransferQuery recipient(StateCode recipient) {
    return new TransferQuery(data, scope, Objects.requireNonNull(recipient, "recipient"), supplier);
  }

  /**
   * Returns this query narrowed to one supplier.
   *
   * @param supplier the supplying state
   * @return the query
   */
  public TransferQuery supplier(StateCode supplier) {
    return new TransferQuery(data, scope, recipient, Objects.requireNonNull(supplier, "supplier"));
  }

  /**
   * Returns the data set the query reads.
   *
   * @return the data set
   */
  public Dataset data() {
    return data;
  }

  /**
   * Returns the scope.
   *
   * @return the scope, {@link Scope#TABLE_ROWS} unless set
   */
  public Scope scope() {
    return scope;
  }

  /**
   * Returns the recipient filter.
   *
   * @return the recipient, or empty for every recipient
   */
  public Optional<StateCode> recipient() {
    return Optional.ofNullable(recipient);
  }

  /**
   * Returns the supplier filter.
   *
   * @return the supplier, or empty for every supplier
   */
  public Optional<StateCode> supplier() {
    return Optional.ofNullable(supplier);
  }

  /** Whether the query takes a record: in scope and past both filters. */
  private boolean takes(ArmsTransfer t) {
    return scope.includes(t) && (recipient == null || recipient.equals(t.recipient()))
        && (supplier == null || supplier.equals(t.supplier()));
  }

  /**
   * Returns the records the query takes, in the data set's order (by id).
   *
   * @return the records
   */
  public ImmutableList<ArmsTransfer> records() {
    ImmutableList.Builder<ArmsTransfer> out = ImmutableList.builder();
    for (ArmsTransfer t : data.transfers()) {
      if (takes(t)) {
        out.add(t);
      }
    }
    return out.build();
  }

  /**
   * Totals by recipient.
   *
   * @return one group per recipient
   */
  public Groups<StateCode, TransferGroup<StateCode>> byRecipient() {
    return by(TransferKey.RECIPIENT);
  }

  /**
   * Totals by supplier.
   *
   * @return one group per supplier
   */
  public Groups<StateCode, TransferGroup<StateCode>> bySupplier() {
    return by(TransferKey.SUPPLIER);
  }

  /**
   * Totals by weapon category.
   *
   * @return one group per category that occurs, in the enum's order
   */
  public Groups<WeaponCategory, TransferGroup<WeaponCategory>> byCategory() {
    return by(TransferKey.CATEGORY);
  }

  /**
   * Totals by year of order.
   *
   * @return one group per year; the records without an order year in {@link Groups#unknown()}
   */
  public Groups<Year, TransferGroup<Year>> byOrderYear() {
    return by(TransferKey.ORDER_YEAR);
  }

  /**
   * Totals by decade of order ({@code 1990-1999}).
   *
   * @return one group per decade; the records without an order year in {@link Groups#unknown()}
   */
  public Groups<YearSpan, TransferGroup<YearSpan>> byOrderDecade() {
    return by(TransferKey.ORDER_DECADE);
  }

  /**
   * Totals by one key.
   *
   * @param key the key
   * @param <K> the type of its values
   * @return one group per value of the key that occurs; the records that lack the key in
   *     {@link Groups#unknown()}
   */
  public <K extends Comparable<? super K>> Groups<K, TransferGroup<K>> by(TransferKey<K> key) {
    Objects.requireNonNull(key, "key");
    // summed over the data set's columns, in counters indexed by the key's code; the codes are
    // numbered in the keys' order, the records without the key last
    TransferColumns columns = TransferColumns.of(data);
    TransferColumns.Codes<K> k = columns.codes(key);
    int unknown = k.unknown();
    Sums sums = new Sums(unknown + 1);
    Taken taken = taken(columns);
    if (taken != null) {
      short[] codes = k.codes();
      byte[] flags = columns.flags;
      int[] ordered = columns.ordered;
      int[] delivered = columns.delivered;
      for (int i = 0; i < columns.size; i++) {
        if (taken.test(i)) {
          sums.add(codes[i], flags[i], ordered[i], delivered[i]);
        }
      }
    }
    ImmutableSortedMap.Builder<K, TransferGroup<K>> known = ImmutableSortedMap.naturalOrder();
    for (int c = 0; c < unknown; c++) {
      if (sums.records[c] > 0) {
        K value = k.values().get(c);
        known.put(value, sums.group(c, Optional.of(value)));
      }
    }
    return Groups.of(known.build(), sums.records[unknown] > 0
        ? Optional.of(sums.<K>group(unknown, Optional.empty())) : Optional.empty());
  }

  /**
   * Totals by two keys: recipient × decade, recipient × category, supplier × year, or any other
   * pair. Only the cells that hold records are present. A key value that a record lacks is
   * {@link Optional#empty()} in the table, so the records without an order year are in the row
   * (or column) {@code Optional.empty()}.
   *
   * @param rows the first key
   * @param columns the second key
   * @param <R> the type of the first key
   * @param <C> the type of the second key
   * @return the cells by row and column; rows and columns in their key's order, the empty key
   *     last, and the cells ({@code values()}, {@code cellSet()}) by row, then column
   */
  public <R extends Comparable<? super R>, C extends Comparable<? super C>>
      ImmutableTable<Optional<R>, Optional<C>, TransferCell<R, C>> pivot(TransferKey<R> rows,
          TransferKey<C> columns) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(columns, "columns");
    // summed over the data set's columns, in counters indexed by (row code, column code): a
    // record's cell is rowCode * width + columnCode, with no key boxed; codes are in the keys'
    // order with the records that lack a key last, so the cells come out in the table's order
    TransferColumns table = TransferColumns.of(data);
    TransferColumns.Codes<R> r = table.codes(rows);
    TransferColumns.Codes<C> c = table.codes(columns);
    int width = c.unknown() + 1;
    Sums sums = new Sums((r.unknown() + 1) * width);
    Taken taken = taken(table);
    if (taken != null) {
      short[] rowCodes = r.codes();
      short[] columnCodes = c.codes();
      byte[] flags = table.flags;
      int[] ordered = table.ordered;
      int[] delivered = table.delivered;
      for (int i = 0; i < table.size; i++) {
        if (taken.test(i)) {
          sums.add(rowCodes[i] * width + columnCodes[i], flags[i], ordered[i], delivered[i]);
        }
      }
    }
    ImmutableTable.Builder<Optional<R>, Optional<C>, TransferCell<R, C>> out =
        ImmutableTable.builder();
    out.orderRowsBy(unknownLast()).orderColumnsBy(unknownLast());
    for (int cell = 0; cell < sums.records.length; cell++) {
      if (sums.records[cell] > 0) {
        Optional<R> rk = value(r, cell / width);
        Optional<C> ck = value(c, cell % width);
        out.put(rk, ck, new TransferCell<>(rk, ck, sums.records[cell], sums.ordered(cell),
            sums.delivered(cell)));
      }
    }
    return out.build();
  }

  /** The value of a code, empty for the code of the records that lack the key. */
  private static <K> Optional<K> value(TransferColumns.Codes<K> k, int code) {
    return code == k.unknown() ? Optional.empty() : Optional.of(k.values().get(code));
  }

  /**
   * The query's test on the columns, or null if a filter names a state that no record names
   * (then the query takes no record).
   */
  private Taken taken(TransferColumns columns) {
    int r = recipient == null ? -1 : columns.stateCode(recipient);
    int s = supplier == null ? -1 : columns.stateCode(supplier);
    if (recipient != null && r < 0 || supplier != null && s < 0) {
      return null;
    }
    return new Taken(columns, 1 << scope.ordinal(), r, s);
  }

  /** Whether the query takes a record, read from the columns: in scope and past both filters. */
  private static final class Taken {
    private final byte[] flags;
    private final short[] recipients;
    private final short[] suppliers;
    private final int scope;
    private final int recipient;
    private final int supplier;

    Taken(TransferColumns columns, int scope, int recipient, int supplier) {
      this.flags = columns.flags;
      this.recipients = columns.recipientCodes();
      this.suppliers = columns.supplierCodes();
      this.scope = scope;
      this.recipient = recipient;
      this.supplier = supplier;
    }

    boolean test(int i) {
      return (flags[i] & scope) != 0 && (recipient < 0 || recipients[i] == recipient)
          && (supplier < 0 || suppliers[i] == supplier);
    }
  }

  /** Known keys in their natural order, the empty key last. */
  private static <K extends Comparable<? super K>> Comparator<Optional<K>> unknownLast() {
    return Comparator.comparing((Optional<K> o) -> o.orElse(null),
        Comparator.nullsLast(Comparator.naturalOrder()));
  }

  /**
   * Items delivered per delivery year. Records without a first delivery year are the unknown
   * group; a record without a last year delivers in its first year only. With
   * {@link DeliveryMode#WHOLE} a record counts once, in its first year; with
   * {@link DeliveryMode#SPREAD} it counts in each of its years with an approximate share
   * ({@link Transfers#spreadShare}).
   *
   * @param mode whole or spread
   * @return one row per year; the records without a delivery year in {@link Groups#unknown()}
   */
  public Groups<Year, DeliveryYear> byDeliveryYear(DeliveryMode mode) {
    Objects.requireNonNull(mode, "mode");
    TreeMap<Integer, List<Optional<Quantity>>> shares = new TreeMap<>();
    TreeMap<Integer, Integer> multi = new TreeMap<>();
    List<Optional<Quantity>> unknown = new ArrayList<>();
    for (ArmsTransfer t : data.transfers()) {
      if (!takes(t)) {
        continue;
      }
      if (t.deliveryFirst().isEmpty()) {
        unknown.add(t.numberDelivered().map(TransferQuery::items));
        continue;
      }
      int first = t.deliveryFirst().get();
      int last = t.deliveryLast().orElse(first);
      boolean spansYears = last > first;
      if (mode == DeliveryMode.WHOLE || !spansYears) {
        shares.computeIfAbsent(first, y -> new ArrayList<>())
            .add(t.numberDelivered().map(TransferQuery::items));
        multi.merge(first, spansYears ? 1 : 0, Integer::sum);
      } else {
        int years = last - first + 1;
        for (int i = 0; i < years; i++) {
          final int index = i;
          Optional<Quantity> share =
              t.numberDelivered().map(n -> Transfers.spreadShare(n, years, index));
          shares.computeIfAbsent(first + i, y -> new ArrayList<>()).add(share);
          multi.merge(first + i, 1, Integer::sum);
        }
      }
    }
    ImmutableSortedMap.Builder<Year, DeliveryYear> rows = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<Integer, List<Optional<Quantity>>> e : shares.entrySet()) {
      Year y = Year.of(e.getKey());
      rows.put(y, new DeliveryYear(Optional.of(y), e.getValue().size(), multi.get(e.getKey()),
          Total.sum(Transfers.ITEMS, e.getValue())));
    }
    Optional<DeliveryYear> none = unknown.isEmpty() ? Optional.empty()
        : Optional.of(new DeliveryYear(Optional.empty(), unknown.size(), 0,
            Total.sum(Transfers.ITEMS, unknown)));
    return Groups.of(rows.build(), none);
  }

  private static Quantity items(int n) {
    return Quantity.exact(n, Transfers.ITEMS);
  }

  /**
   * Counts the records that lack a year or a number.
   *
   * @return the counts
   */
  public TransferUnknowns unknowns() {
    TransferColumns columns = TransferColumns.of(data);
    int records = 0;
    int orderYear = 0;
    int deliveryYears = 0;
    int ordered = 0;
    int delivered = 0;
    Taken taken = taken(columns);
    if (taken != null) {
      byte[] flags = columns.flags;
      short[] years = columns.orderYearCodes();
      int noYear = columns.orderYearUnknown();
      for (int i = 0; i < columns.size; i++) {
        if (taken.test(i)) {
          int f = flags[i];
          records++;
          orderYear += years[i] == noYear ? 1 : 0;
          deliveryYears += (f & TransferColumns.DELIVERY_FIRST) == 0 ? 1 : 0;
          ordered += (f & TransferColumns.ORDERED) == 0 ? 1 : 0;
          delivered += (f & TransferColumns.DELIVERED) == 0 ? 1 : 0;
        }
      }
    }
    return new TransferUnknowns(records, orderYear, deliveryYears, ordered, delivered);
  }

  /**
   * The largest deliveries: records with a number delivered, by that number descending, ties by
   * id.
   *
   * @param limit the most rows to return, not negative
   * @return at most {@code limit} rows
   * @throws IllegalArgumentException if the limit is negative
   */
  public ImmutableList<Delivery> largestDeliveries(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit: " + limit + " is negative");
    }
    return data.transfers().stream().filter(this::takes)
        .filter(t -> t.numberDelivered().isPresent())
        .sorted(Comparator.comparing((ArmsTransfer t) -> t.numberDelivered().get()).reversed()
            .thenComparing(ArmsTransfer::id))
        .limit(limit)
        .map(t -> new Delivery(t.id(), t.supplier(), t.recipient(), t.designation(), t.category(),
            t.orderYear(), t.deliveryFirst(), t.deliveryLast(), t.numberDelivered().get()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The transfers the text describes without a table row, by id, among the recipient and
   * supplier of this query; the scope is not consulted (the rows are the textual records).
   *
   * @return one row per textual record
   */
  public ImmutableList<TextualTransfer> textual() {
    return scope(Scope.TEXTUAL).records().stream()
        .map(t -> new TextualTransfer(t.id(), t.supplier(), t.recipient(), t.designation(),
            t.category(), t.terms(), t.orderYear(), t.deliveryFirst(), t.numberOrdered(),
            t.numberDelivered(),
            t.value().filter(v -> v.unit().equals("USD")).map(Quantity::value),
            t.value().filter(v -> v.unit().equals("USD")).map(Quantity::qualifier), t.remarks()))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransferQuery q && data == q.data && scope == q.scope
        && Objects.equals(recipient, q.recipient) && Objects.equals(supplier, q.supplier);
  }

  @Override
  public int hashCode() {
    return Objects.hash(System.identityHashCode(data), scope, recipient, supplier);
  }

  @Override
  public String toString() {
    return "TransferQuery[" + scope + (recipient == null ? "" : ", recipient " + recipient)
        + (supplier == null ? "" : ", supplier " + supplier) + "]";
  }

  /**
   * The counts of groups or cells, indexed by code, accumulated record by record in primitives:
   * a record's numbers are exact item counts or absent, so a total needs only their sum and how
   * many were absent.
   */
  private static final class Sums {
    final int[] records;
    final long[] orderedSum;
    final int[] orderedKnown;
    final long[] deliveredSum;
    final int[] deliveredKnown;

    Sums(int cells) {
      records = new int[cells];
      orderedSum = new long[cells];
      orderedKnown = new int[cells];
      deliveredSum = new long[cells];
      deliveredKnown = new int[cells];
    }

    /** Adds a record: its flags say which numbers are known (an unknown number is 0). */
    void add(int cell, int flags, int ordered, int delivered) {
      records[cell]++;
      orderedSum[cell] += ordered;
      orderedKnown[cell] += (flags & TransferColumns.ORDERED) == 0 ? 0 : 1;
      deliveredSum[cell] += delivered;
      deliveredKnown[cell] += (flags & TransferColumns.DELIVERED) == 0 ? 0 : 1;
    }

    Total ordered(int cell) {
      return exactItems(orderedSum[cell], orderedKnown[cell], records[cell] - orderedKnown[cell]);
    }

    Total delivered(int cell) {
      return exactItems(deliveredSum[cell], deliveredKnown[cell],
          records[cell] - deliveredKnown[cell]);
    }

    <K extends Comparable<? super K>> TransferGroup<K> group(int cell, Optional<K> key) {
      return new TransferGroup<>(key, records[cell], ordered(cell), delivered(cell));
    }
  }

  /** The total of exact item counts: their sum, bounded above only if none is unknown. */
  private static Total exactItems(long sum, int known, int unknown) {
    BigDecimal s = BigDecimal.valueOf(sum);
    return Total.builder().unit(Transfers.ITEMS).best(s)
        .bounds(unknown == 0 ? Range.singleton(s) : Range.atLeast(s))
        .exact(known).unknown(unknown).build();
  }
}
