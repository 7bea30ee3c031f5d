package org.cstokit.analytics.transfers;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.cstokit.analytics.table.Groups;
import org.cstokit.analytics.table.Total;
import org.cstokit.model.transfer.ArmsTransfer;

/**
 * The groupings of {@link TransferQuery} as they were before the columnar table: record by
 * record over the {@link ArmsTransfer} objects, grouped by hashing the keys' values. The oracle
 * the columnar groupings must agree with.
 */
final class ReferenceGroupings {
  private final List<ArmsTransfer> records;
  private final Predicate<ArmsTransfer> takes;

  ReferenceGroupings(List<ArmsTransfer> records, Predicate<ArmsTransfer> takes) {
    this.records = records;
    this.takes = takes;
  }

  /** The records a query takes, tested on the records themselves. */
  static Predicate<ArmsTransfer> takes(TransferQuery q) {
    return t -> q.scope().includes(t) && q.recipient().map(r -> r.equals(t.recipient())).orElse(true)
        && q.supplier().map(s -> s.equals(t.supplier())).orElse(true);
  }

  <K extends Comparable<? super K>> Groups<K, TransferGroup<K>> by(TransferKey<K> key) {
    Map<K, Counts> groups = new HashMap<>();
    for (ArmsTransfer t : records) {
      if (takes.test(t)) {
        groups.computeIfAbsent(key.of(t).orElse(null), x -> new Counts()).add(t);
      }
    }
    Counts unknown = groups.remove(null);
    ImmutableSortedMap.Builder<K, TransferGroup<K>> known = ImmutableSortedMap.naturalOrder();
    groups.forEach((k, c) -> known.put(k, c.group(Optional.of(k))));
    return Groups.of(known.build(), Optional.ofNullable(unknown).map(c -> c.<K>group(Optional.empty())));
  }

  <R extends Comparable<? super R>, C extends Comparable<? super C>>
      ImmutableTable<Optional<R>, Optional<C>, TransferCell<R, C>> pivot(TransferKey<R> rows, TransferKey<C> columns) {
    Map<R, Map<C, Counts>> cells = new HashMap<>();
    for (ArmsTransfer t : records) {
      if (takes.test(t)) {
        cells.computeIfAbsent(rows.of(t).orElse(null), x -> new HashMap<>())
            .computeIfAbsent(columns.of(t).orElse(null), x -> new Counts()).add(t);
      }
    }
    ImmutableTable.Builder<Optional<R>, Optional<C>, TransferCell<R, C>> out = ImmutableTable.builder();
    out.orderRowsBy(ReferenceGroupings.<R>unknownLast()).orderColumnsBy(ReferenceGroupings.<C>unknownLast());
    cells.forEach((r, row) -> row.forEach((c, n) -> {
      Optional<R> rk = Optional.ofNullable(r);
      Optional<C> ck = Optional.ofNullable(c);
      out.put(rk, ck, new TransferCell<>(rk, ck, n.records, n.ordered(), n.delivered()));
    }));
    return out.build();
  }

  TransferUnknowns unknowns() {
    List<ArmsTransfer> in = records.stream().filter(takes).toList();
    return new TransferUnknowns(in.size(), (int) in.stream().filter(t -> t.orderYear().isEmpty()).count(),
        (int) in.stream().filter(t -> t.deliveryFirst().isEmpty()).count(),
        (int) in.stream().filter(t -> t.numberOrdered().isEmpty()).count(),
        (int) in.stream().filter(t -> t.numberDelivered().isEmpty()).count());
  }

  private static <K extends Comparable<? super K>> Comparator<Optional<K>> unknownLast() {
    return Comparator.comparing((Optional<K> o) -> o.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));
  }

  private static final class Counts {
    int records;
    long orderedSum;
    int orderedKnown;
    long deliveredSum;
    int deliveredKnown;

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
      return items(orderedSum, orderedKnown, records - orderedKnown);
    }

    Total delivered() {
      return items(deliveredSum, deliveredKnown, records - deliveredKnown);
    }

    <K extends Comparable<? super K>> TransferGroup<K> group(Optional<K> key) {
      return new TransferGroup<>(key, records, ordered(), delivered());
    }

    private static Total items(long sum, int known, int unknown) {
      BigDecimal s = BigDecimal.valueOf(sum);
      return Total.builder().unit(Transfers.ITEMS).best(s).bounds(unknown == 0 ? Range.singleton(s) : Range.atLeast(s))
          .exact(known).unknown(unknown).build();
    }
  }
}
