package org.cstokit.analytics.transfers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Range;
import java.time.Year;
import org.cstokit.analytics.table.Groups;
import org.cstokit.analytics.table.Total;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.YearSpan;
import org.cstokit.model.transfer.WeaponCategory;
import org.cstokit.analytics.testing.RandomData;
import org.cstokit.data.Dataset;
import org.cstokit.model.transfer.ArmsTransfer;
import org.junit.jupiter.api.Test;

/** Laws of the transfer aggregates over random data sets: each agrees with a brute-force count. */
class TransfersProperties {
  private static final int EXAMPLES = 150;

  /** The expected row of a group, computed record by record without {@link Total#sum}. */
  private static void assertRow(Object key, List<ArmsTransfer> records, TransferGroup<?> row) {
    assertEquals(records.size(), row.records(), String.valueOf(key));
    assertItems(records.stream().map(ArmsTransfer::numberOrdered).toList(), row.ordered());
    assertItems(records.stream().map(ArmsTransfer::numberDelivered).toList(), row.delivered());
  }

  private static void assertItems(List<Optional<Integer>> numbers, Total total) {
    int known = 0;
    int unknown = 0;
    long sum = 0;
    for (Optional<Integer> n : numbers) {
      if (n.isPresent()) {
        known++;
        sum += n.get();
      } else {
        unknown++;
      }
    }
    BigDecimal s = BigDecimal.valueOf(sum);
    assertEquals(s, total.best());
    assertEquals(unknown == 0 ? Range.singleton(s) : Range.atLeast(s), total.bounds());
    assertEquals(known, total.exact());
    assertEquals(0, total.approximate());
    assertEquals(unknown, total.unknown());
    assertEquals(Transfers.ITEMS, total.unit());
  }

  /** Each key's value of a record written out again, by hand, for the brute force. */
  private static Optional<?> value(TransferKey<?> key, ArmsTransfer t) {
    return switch (key.name()) {
      case "RECIPIENT" -> Optional.of(t.recipient());
      case "SUPPLIER" -> Optional.of(t.supplier());
      case "CATEGORY" -> Optional.of(t.category());
      case "ORDER_YEAR" -> t.orderYear().map(Year::of);
      case "ORDER_DECADE" -> t.orderYear().map(y -> YearSpan.closed(y / 10 * 10, y / 10 * 10 + 9));
      default -> throw new AssertionError(key);
    };
  }

  /** The order of a key's values written out again: codes, the enum's order, years; unknown last. */
  private static final Comparator<Optional<?>> ORDER = Comparator.comparing((Optional<?> o) -> o.isEmpty())
      .thenComparing(o -> o.map(TransfersProperties::sortKey).orElse(""));

  private static String sortKey(Object v) {
    if (v instanceof WeaponCategory c) {
      return String.format("%03d", c.ordinal());
    }
    if (v instanceof Year y) {
      return String.format("%06d", y.getValue());
    }
    return v instanceof YearSpan s ? String.format("%06d", s.first()) : v.toString();
  }

  private static Predicate<ArmsTransfer> filter(Scope scope, Optional<StateCode> recipient) {
    return t -> scope.includes(t) && recipient.map(r -> r.equals(t.recipient())).orElse(true);
  }

  private static <K extends Comparable<? super K>> void checkGrouping(Dataset data, Predicate<ArmsTransfer> taken,
      TransferKey<K> key, Groups<K, TransferGroup<K>> actual) {
    TreeMap<Optional<?>, List<ArmsTransfer>> expected = new TreeMap<>(ORDER);
    for (ArmsTransfer t : data.transfers()) {
      if (taken.test(t)) {
        expected.computeIfAbsent(value(key, t), k -> new ArrayList<>()).add(t);
      }
    }
    assertEquals(new ArrayList<>(expected.keySet()), actual.all().stream().map(TransferGroup::key).toList(),
        key.name());
    assertEquals(actual.size(), expected.size());
    for (TransferGroup<K> row : actual.all()) {
      assertRow(row.key(), expected.get(row.key()), row);
      row.key().ifPresent(k -> assertEquals(Optional.of(row), actual.get(k)));
    }
    assertEquals(expected.containsKey(Optional.empty()), actual.unknown().isPresent(), key.name());
  }

  @Test
  void every_grouping_of_transfers_agrees_with_a_brute_force_count_in_every_scope() {
    qt().withExamples(EXAMPLES).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      for (Scope scope : Scope.values()) {
        TransferQuery q = Transfers.of(data).scope(scope);
        Predicate<ArmsTransfer> taken = filter(scope, Optional.empty());
        checkGrouping(data, taken, TransferKey.RECIPIENT, q.byRecipient());
        checkGrouping(data, taken, TransferKey.SUPPLIER, q.bySupplier());
        checkGrouping(data, taken, TransferKey.CATEGORY, q.byCategory());
        checkGrouping(data, taken, TransferKey.ORDER_YEAR, q.byOrderYear());
        checkGrouping(data, taken, TransferKey.ORDER_DECADE, q.byOrderDecade());
        for (ArmsTransfer t : data.transfers().subList(0, Math.min(2, data.transfers().size()))) {
          checkGrouping(data, filter(scope, Optional.of(t.recipient())), TransferKey.CATEGORY,
              q.recipient(t.recipient()).byCategory());
          checkGrouping(data, taken.and(x -> x.supplier().equals(t.supplier())), TransferKey.ORDER_YEAR,
              q.supplier(t.supplier()).byOrderYear());
        }
      }
    });
  }

  private static <R extends Comparable<? super R>, C extends Comparable<? super C>> void checkPivot(Dataset data,
      Scope scope, TransferKey<R> rows, TransferKey<C> columns) {
    TreeMap<Optional<?>, TreeMap<Optional<?>, List<ArmsTransfer>>> expected = new TreeMap<>(ORDER);
    for (ArmsTransfer t : data.transfers()) {
      if (scope.includes(t)) {
        expected.computeIfAbsent(value(rows, t), k -> new TreeMap<>(ORDER))
            .computeIfAbsent(value(columns, t), k -> new ArrayList<>()).add(t);
      }
    }
    List<String> keys = new ArrayList<>();
    expected.forEach((row, cells) -> cells.keySet().forEach(c -> keys.add(row + " x " + c)));
    ImmutableTable<Optional<R>, Optional<C>, TransferCell<R, C>> actual =
        Transfers.of(data).scope(scope).pivot(rows, columns);
    assertEquals(keys, actual.values().stream().map(c -> c.row() + " x " + c.column()).toList());
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.rowKeySet()));
    for (TransferCell<R, C> c : actual.values()) {
      assertRow(c.column(), expected.get(c.row()).get(c.column()), c.asGroup());
      assertEquals(c, actual.get(c.row(), c.column()));
    }
  }

  @Test
  void a_grouping_by_any_key_and_a_pivot_by_any_two_agree_with_a_brute_force_count() {
    qt().withExamples(EXAMPLES).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      for (Scope scope : Scope.values()) {
        for (TransferKey<?> key : TransferKey.values()) {
          checkBy(data, scope, key);
        }
        for (TransferKey<?> rows : TransferKey.values()) {
          for (TransferKey<?> columns : TransferKey.values()) {
            checkPivot(data, scope, rows, columns);
          }
        }
      }
    });
  }

  private static <K extends Comparable<? super K>> void checkBy(Dataset data, Scope scope, TransferKey<K> key) {
    checkGrouping(data, scope::includes, key, Transfers.of(data).scope(scope).by(key));
  }

  @Test
  void deliveries_by_year_kept_whole_or_spread_agree_with_a_brute_force_count() {
    qt().withExamples(EXAMPLES).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      for (Scope scope : Scope.values()) {
        List<ArmsTransfer> records = data.transfers().stream().filter(scope::includes).toList();
        for (DeliveryYear row : Transfers.of(data).scope(scope).byDeliveryYear(DeliveryMode.WHOLE).all()) {
          List<ArmsTransfer> in = records.stream().filter(t -> t.deliveryFirst().map(Year::of).equals(row.year()))
              .toList();
          assertEquals(in.size(), row.records());
          assertEquals(in.stream().filter(t -> t.deliveryLast().orElse(0) > t.deliveryFirst().orElse(0)).count(),
              row.multiYear());
          assertItems(in.stream().map(ArmsTransfer::numberDelivered).toList(), row.delivered());
        }
        long spreadBest = 0;
        for (DeliveryYear row : Transfers.of(data).scope(scope).byDeliveryYear(DeliveryMode.SPREAD).all()) {
          spreadBest += row.delivered().best().longValueExact();
          if (row.year().isEmpty()) {
            continue;
          }
          int year = row.year().get().getValue();
          long items = 0;
          int records1 = 0;
          for (ArmsTransfer t : records) {
            if (t.deliveryFirst().isEmpty()) {
              continue;
            }
            int first = t.deliveryFirst().get();
            int last = t.deliveryLast().orElse(first);
            if (year < first || year > last) {
              continue;
            }
            records1++;
            int k = last - first + 1;
            for (int item = 0; item < t.numberDelivered().orElse(0); item++) {
              items += item % k == year - first ? 1 : 0;
            }
          }
          assertEquals(records1, row.records(), String.valueOf(row.year()));
          assertEquals(BigDecimal.valueOf(items), row.delivered().best(), String.valueOf(row.year()));
        }
        long delivered = records.stream().mapToLong(t -> t.numberDelivered().orElse(0)).sum();
        assertEquals(delivered, spreadBest);
      }
    });
  }

  @Test
  void unknowns_largest_deliveries_and_textual_transfers_agree_with_a_brute_force_scan() {
    qt().withExamples(EXAMPLES).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      List<ArmsTransfer> rows = data.transfers().stream().filter(t -> t.tableRow().isPresent()).toList();
      assertEquals(new TransferUnknowns(rows.size(),
          (int) rows.stream().filter(t -> t.orderYear().isEmpty()).count(),
          (int) rows.stream().filter(t -> t.deliveryFirst().isEmpty()).count(),
          (int) rows.stream().filter(t -> t.numberOrdered().isEmpty()).count(),
          (int) rows.stream().filter(t -> t.numberDelivered().isEmpty()).count()), Transfers.of(data).unknowns());
      List<String> largest = Transfers.of(data).scope(Scope.ALL).largestDeliveries(5).stream().map(d -> d.id().value()).toList();
      List<String> expected = data.transfers().stream().filter(t -> t.numberDelivered().isPresent())
          .sorted((a, b) -> a.numberDelivered().get().equals(b.numberDelivered().get())
              ? a.id().value().compareTo(b.id().value()) : b.numberDelivered().get() - a.numberDelivered().get())
          .limit(5).map(t -> t.id().value()).toList();
      assertEquals(expected, largest);
      assertEquals(data.transfers().stream().filter(t -> t.tableRow().isEmpty()).map(t -> t.id().value())
          .collect(Collectors.toList()), Transfers.of(data).textual().stream().map(t -> t.id().value()).toList());
    });
  }

  @Test
  void a_spread_share_is_approximate_and_the_shares_of_a_delivery_add_up_to_it() {
    qt().withExamples(500).forAll(org.quicktheories.generators.SourceDSL.integers().between(0, 1000),
        org.quicktheories.generators.SourceDSL.integers().between(2, 12)).checkAssert((n, k) -> {
          long sum = 0;
          for (int i = 0; i < k; i++) {
            var q = Transfers.spreadShare(n, k, i);
            assertTrue(!q.isExact());
            assertTrue(q.bounds().contains(BigDecimal.ZERO) && q.bounds().contains(BigDecimal.valueOf(n)));
            sum += q.value().longValueExact();
          }
          assertEquals((long) n, sum);
        });
  }
}
