package org.cstokit.analytics.transfers;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cstokit.analytics.table.Total;
import org.cstokit.data.Dataset;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.transfer.ArmsTransfer;
import org.cstokit.model.transfer.WeaponCategory;

/**
 * Aggregates of arms transfers, each a pure function of a {@link Dataset} returning an immutable
 * table in a fixed order: keys ascending (state codes alphabetically, categories in the order of
 * {@link WeaponCategory}, years numerically) and the key {@code unknown} last, for records that
 * lack the field.
 *
 * <p>Numbers ordered and delivered are exact counts of items where the record gives them; a
 * record without the number is an unknown input of the {@link Total}, which then has no upper
 * bound. Totals take the table rows ({@link Scope#TABLE_ROWS}) unless a scope is given, because the
 * text restates several table rows; {@link #textual(Dataset)} lists the text's transfers apart.
 */
public final class Transfers {
  /** The key of records that lack the grouping field. */
  public static final String UNKNOWN = "unknown";
  /** The unit of item counts. */
  public static final String ITEMS = "items";

  private Transfers() {}

  /**
   * Totals by recipient, over the table rows.
   *
   * @param data the data set
   * @return one row per recipient code
   */
  public static ImmutableList<TransferGroup> byRecipient(Dataset data) {
    return byRecipient(data, Scope.TABLE_ROWS);
  }

  /**
   * Totals by recipient.
   *
   * @param data the data set
   * @param scope the records to take
   * @return one row per recipient code
   */
  public static ImmutableList<TransferGroup> byRecipient(Dataset data, Scope scope) {
    return by(data, scope, TransferKey.RECIPIENT);
  }

  /**
   * Totals by supplier, over the table rows.
   *
   * @param data the data set
   * @return one row per supplier code
   */
  public static ImmutableList<TransferGroup> bySupplier(Dataset data) {
    return bySupplier(data, Scope.TABLE_ROWS);
  }

  /**
   * Totals by supplier.
   *
   * @param data the data set
   * @param scope the records to take
   * @return one row per supplier code
   */
  public static ImmutableList<TransferGroup> bySupplier(Dataset data, Scope scope) {
    return by(data, scope, TransferKey.SUPPLIER);
  }

  /**
   * Totals by weapon category, over the table rows.
   *
   * @param data the data set
   * @return one row per category that occurs, in the enum's order
   */
  public static ImmutableList<TransferGroup> byCategory(Dataset data) {
    return byCategory(data, Scope.TABLE_ROWS);
  }

  /**
   * Totals by weapon category.
   *
   * @param data the data set
   * @param scope the records to take
   * @return one row per category that occurs, in the enum's order
   */
  public static ImmutableList<TransferGroup> byCategory(Dataset data, Scope scope) {
    return by(data, scope, TransferKey.CATEGORY);
  }

  /**
   * Totals by year of order, over the table rows.
   *
   * @param data the data set
   * @return one row per year, then {@code unknown}
   */
  public static ImmutableList<TransferGroup> byOrderYear(Dataset data) {
    return byOrderYear(data, Scope.TABLE_ROWS);
  }

  /**
   * Totals by year of order.
   *
   * @param data the data set
   * @param scope the records to take
   * @return one row per year, then {@code unknown}
   */
  public static ImmutableList<TransferGroup> byOrderYear(Dataset data, Scope scope) {
    return by(data, scope, TransferKey.ORDER_YEAR);
  }

  /**
   * Totals by decade of order ({@code 1990s}: 1990 to 1999), over the table rows.
   *
   * @param data the data set
   * @return one row per decade, then {@code unknown}
   */
  public static ImmutableList<TransferGroup> byOrderDecade(Dataset data) {
    return byOrderDecade(data, Scope.TABLE_ROWS);
  }

  /**
   * Totals by decade of order ({@code 1990s}: 1990 to 1999).
   *
   * @param data the data set
   * @param scope the records to take
   * @return one row per decade, then {@code unknown}
   */
  public static ImmutableList<TransferGroup> byOrderDecade(Dataset data, Scope scope) {
return by(data, scope, TransferKey.ORDER_DECADE);
  }

  /**
   * Totals by one key.
   *
   * @param data the data set
   * @param scope the records to take
   * @param key the key
   * @return one row per value of the key that occurs, in the key's order, then {@code unknown}
   */
  public static ImmutableList<TransferGroup> by(Dataset data, Scope scope, TransferKey key) {
    // grouped by hashing, each record once; the keys are sorted once at the end
    Map<Optional<?>, Counts> groups = new HashMap<>();
    for (ArmsTransfer t : data.transfers()) {
      if (scope.includes(t)) {
        groups.computeIfAbsent(key.of(t), x -> new Counts()).add(t);
      }
    }
    List<Optional<?>> keys = new ArrayList<>(groups.keySet());
    keys.sort(KEY_ORDER);
    ImmutableList.Builder<TransferGroup> rows = ImmutableList.builder();
    for (Optional<?> k : keys) {
      rows.add(groups.get(k).group(k.map(key::label).orElse(UNKNOWN)));
    }
    return rows.build();
  }

  /** The order of a key's values: the key's own order, records without the field last. */
  private static final Comparator<Optional<?>> KEY_ORDER =
      (a, b) -> a.isEmpty() ? (b.isEmpty() ? 0 : 1) : b.isEmpty() ? -1 : compareKeys(a.get(), b.get());


  /**
   * Totals by two keys: recipient × decade, recipient × category, supplier × year, or any other
   * pair. Only the cells that hold records are listed.
   *
   * @param data the data set
   * @param scope the records to take
   * @param rows the first key
   * @param columns the second key
   * @return the cells ordered by the first key, then the second (each in its key's order, with
   *     {@code unknown} last)
   */
  public static ImmutableList<TransferCell> pivot(Dataset data, Scope scope, TransferKey rows, TransferKey columns) {
    // grouped by hashing, each record once; the keys are sorted once at the end
    Map<Optional<?>, Map<Optional<?>, Counts>> cells = new HashMap<>();
    for (ArmsTransfer t : data.transfers()) {
      if (scope.includes(t)) {
        cells.computeIfAbsent(rows.of(t), x -> new HashMap<>()).computeIfAbsent(columns.of(t), x -> new Counts()).add(t);
      }
    }
    List<Optional<?>> rowKeys = new ArrayList<>(cells.keySet());
    rowKeys.sort(KEY_ORDER);
    ImmutableList.Builder<TransferCell> out = ImmutableList.builder();
    for (Optional<?> rowKey : rowKeys) {
      String r = rowKey.map(rows::label).orElse(UNKNOWN);
      Map<Optional<?>, Counts> row = cells.get(rowKey);
      List<Optional<?>> columnKeys = new ArrayList<>(row.keySet());
      columnKeys.sort(KEY_ORDER);
      for (Optional<?> columnKey : columnKeys) {
        Counts c = row.get(columnKey);
        out.add(new TransferCell(r, columnKey.map(columns::label).orElse(UNKNOWN), c.records, c.ordered(), c.delivered()));
      }
    }
    return out.build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(Object a, Object b) {
    return ((Comparable) a).compareTo(b);
  }

  /**
   * The counts of a group, accumulated record by record in primitives: a record's numbers are
   * exact item counts or absent, so a total needs only their sum and how many were absent.
   */
  private static final class Counts {
    int records;
    long orderedSum;
    int orderedKnown;
    long deliveredSum;
    int deliveredKnown;

    static Counts of(List<ArmsTransfer> records) {
      Counts c = new Counts();
      records.forEach(c::add);
      return c;
    }

    void add(ArmsTransfer t) {
      records++;
      if (t.numberOrdered().isPresent()) {
        orderedSum += t.numberOrdered().get();
        orderedKnown++;
      }
      if (t.numberDelivered().isPresent()) {
        deliveredSum += t.numberDelivered().get();
        deliveredKnown++;
      }
    }

    Total ordered() {
      return exactItems(orderedSum, orderedKnown, records - orderedKnown);
    }

    Total delivered() {
      return exactItems(deliveredSum, deliveredKnown, records - deliveredKnown);
    }

    TransferGroup group(String key) {
      return new TransferGroup(key, records, ordered(), delivered());
    }
  }

  /** The total of exact item counts: their sum, bounded above only if none is unknown. */
  private static Total exactItems(long sum, int known, int unknown) {
    BigDecimal s = BigDecimal.valueOf(sum);
    return new Total(ITEMS, s, false, s, unknown == 0 ? Optional.of(s) : Optional.empty(), false, known, 0, unknown);
  }

  /**
   * The items ordered by a list of records.
   *
   * @param records the records
   * @return the total, unit {@code items}
   */
  public static Total ordered(List<ArmsTransfer> records) {
    return Counts.of(records).ordered();
  }

  /**
   * The items delivered by a list of records.
   *
   * @param records the records
   * @return the total, unit {@code items}
   */
  public static Total delivered(List<ArmsTransfer> records) {
    return Counts.of(records).delivered();
  }

  private static Quantity items(int n) {
    return Quantity.exact(n, ITEMS);
  }

  /**
   * Items delivered per delivery year, over the table rows, multi-year deliveries kept whole.
   *
   * @param data the data set
   * @return one row per year, then {@code unknown}
   */
  public static ImmutableList<DeliveryYear> byDeliveryYear(Dataset data) {
    return byDeliveryYear(data, Scope.TABLE_ROWS, DeliveryMode.WHOLE);
  }

  /**
   * Items delivered per delivery year. Records without a first delivery year go to
   * {@code unknown}; a record without a last year delivers in its first year only. With
   * {@link DeliveryMode#WHOLE} a record counts once, in its first year; with
   * {@link DeliveryMode#SPREAD} it counts in each of its years with an approximate share.
   *
   * @param data the data set
   * @param scope the records to take
   * @param mode whole or spread
   * @return one row per year, then {@code unknown}
   */
  public static ImmutableList<DeliveryYear> byDeliveryYear(Dataset data, Scope scope, DeliveryMode mode) {
    TreeMap<Integer, List<Optional<Quantity>>> shares = new TreeMap<>();
    TreeMap<Integer, Integer> multi = new TreeMap<>();
    List<Optional<Quantity>> unknown = new ArrayList<>();
    for (ArmsTransfer t : data.transfers()) {
      if (!scope.includes(t)) {
        continue;
      }
      if (t.deliveryFirst().isEmpty()) {
        unknown.add(t.numberDelivered().map(Transfers::items));
        continue;
      }
      int first = t.deliveryFirst().get();
      int last = t.deliveryLast().orElse(first);
      boolean spansYears = last > first;
      if (mode == DeliveryMode.WHOLE || !spansYears) {
        shares.computeIfAbsent(first, y -> new ArrayList<>()).add(t.numberDelivered().map(Transfers::items));
        multi.merge(first, spansYears ? 1 : 0, Integer::sum);
      } else {
        int years = last - first + 1;
        for (int i = 0; i < years; i++) {
          final int index = i;
          Optional<Quantity> share = t.numberDelivered().map(n -> spreadShare(n, years, index));
          shares.computeIfAbsent(first + i, y -> new ArrayList<>()).add(share);
          multi.merge(first + i, 1, Integer::sum);
        }
      }
    }
    ImmutableList.Builder<DeliveryYear> rows = ImmutableList.builder();
    for (Map.Entry<Integer, List<Optional<Quantity>>> e : shares.entrySet()) {
      rows.add(new DeliveryYear(String.valueOf(e.getKey()), e.getValue().size(), multi.get(e.getKey()),
          Total.sum(ITEMS, e.getValue())));
    }
    if (!unknown.isEmpty()) {
      rows.add(new DeliveryYear(UNKNOWN, unknown.size(), 0, Total.sum(ITEMS, unknown)));
    }
    return rows.build();
  }

  /**
   * The share of {@code n} items that year {@code index} of {@code years} receives when spread
   * evenly: {@code n / years} rounded down, plus one for the first {@code n mod years} years. An
   * approximate, estimated figure between zero and {@code n}.
   *
   * @param n the items delivered over all years
   * @param years the number of years, at least 2
   * @param index the year, 0 for the first
   * @return the share
   */
  public static Quantity spreadShare(int n, int years, int index) {
    int share = n / years + (index < n % years ? 1 : 0);
    return Quantity.builder().value(BigDecimal.valueOf(share)).lower(BigDecimal.ZERO).upper(BigDecimal.valueOf(n))
        .qualifier(Qualifier.ABOUT).basis(Basis.ESTIMATED).unit(ITEMS).build();
  }

  /**
   * Counts the table rows that lack a year or a number.
   *
   * @param data the data set
   * @return the counts
   */
  public static TransferUnknowns unknowns(Dataset data) {
    return unknowns(data, Scope.TABLE_ROWS);
  }

  /**
   * Counts the records that lack a year or a number.
   *
   * @param data the data set
   * @param scope the records to take
   * @return the counts
   */
  public static TransferUnknowns unknowns(Dataset data, Scope scope) {
    int records = 0;
    int orderYear = 0;
    int deliveryYears = 0;
    int ordered = 0;
    int delivered = 0;
    for (ArmsTransfer t : data.transfers()) {
      if (scope.includes(t)) {
        records++;
        orderYear += t.orderYear().isEmpty() ? 1 : 0;
        deliveryYears += t.deliveryFirst().isEmpty() ? 1 : 0;
        ordered += t.numberOrdered().isEmpty() ? 1 : 0;
        delivered += t.numberDelivered().isEmpty() ? 1 : 0;
      }
    }
    return new TransferUnknowns(records, orderYear, deliveryYears, ordered, delivered);
  }

  /**
   * The largest deliveries among the table rows: records with a number delivered, by that
   * number descending, ties by id.
   *
   * @param data the data set
   * @param limit the most rows to return, not negative
   * @return at most {@code limit} rows
   */
  public static ImmutableList<Delivery> largestDeliveries(Dataset data, int limit) {
    return largestDeliveries(data, Scope.TABLE_ROWS, limit);
  }

  /**
   * The largest deliveries: records with a number delivered, by that number descending, ties by
   * id.
   *
   * @param data the data set
   * @param scope the records to take
   * @param limit the most rows to return, not negative
   * @return at most {@code limit} rows
   * @throws IllegalArgumentException if the limit is negative
   */
  public static ImmutableList<Delivery> largestDeliveries(Dataset data, Scope scope, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit: " + limit + " is negative");
    }
    return data.transfers().stream().filter(scope::includes).filter(t -> t.numberDelivered().isPresent())
        .sorted(Comparator.comparing((ArmsTransfer t) -> t.numberDelivered().get()).reversed()
            .thenComparing(ArmsTransfer::id))
        .limit(limit)
        .map(t -> new Delivery(t.id(), t.supplier(), t.recipient(), t.designation(), t.category(), t.orderYear(),
            t.deliveryFirst(), t.deliveryLast(), t.numberDelivered().get()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The transfers the text describes without a table row, by id.
   *
   * @param data the data set
   * @return one row per textual record
   */
  public static ImmutableList<TextualTransfer> textual(Dataset data) {
    return data.transfers().stream().filter(Scope.TEXTUAL::includes)
        .map(t -> new TextualTransfer(t.id(), t.supplier(), t.recipient(), t.designation(), t.category(), t.terms(),
            t.orderYear(), t.deliveryFirst(), t.numberOrdered(), t.numberDelivered(),
            t.value().filter(v -> v.unit().equals("USD")).map(Quantity::value),
            t.value().filter(v -> v.unit().equals("USD")).map(Quantity::qualifier), t.remarks()))
        .collect(ImmutableList.toImmutableList());
  }
}
