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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cstokit.analytics.table.Total;
import org.cstokit.analytics.testing.RandomData;
import org.cstokit.data.Dataset;
import org.cstokit.model.transfer.ArmsTransfer;
import org.junit.jupiter.api.Test;

/** Laws of the transfer aggregates over random data sets: each agrees with a brute-force count. */
class TransfersProperties {
  private static final int EXAMPLES = 150;

  /** The expected row of a group, computed record by record without {@link Total#sum}. */
  private static void assertRow(String key, List<ArmsTransfer> records, TransferGroup row) {
    assertEquals(key, row.key());
    assertEquals(records.size(), row.records(), key);
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
    assertEquals(BigDecimal.valueOf(sum), total.best());
    assertEquals(BigDecimal.valueOf(sum), total.lower());
    assertEquals(unknown == 0 ? Optional.of(BigDecimal.valueOf(sum)) : Optional.empty(), total.upper());
    assertEquals(known, total.exact());
    assertEquals(0, total.approximate());
    assertEquals(unknown, total.unknown());
  }

  private static void checkGrouping(Dataset data, Scope scope, Function<ArmsTransfer, String> keyOf,
      Comparator<String> order, List<TransferGroup> actual) {
    TreeMap<String, List<ArmsTransfer>> expected = new TreeMap<>(
        Comparator.comparing((String k) -> k.equals("unknown")).thenComparing(order));
    for (ArmsTransfer t : data.transfers()) {
      if (scope.includes(t)) {
        expected.computeIfAbsent(keyOf.apply(t), k -> new ArrayList<>()).add(t);
      }
    }
    assertEquals(new ArrayList<>(expected.keySet()), actual.stream().map(TransferGroup::key).toList());
    for (TransferGroup row : actual) {
      assertRow(row.key(), expected.get(row.key()), row);
    }
  }

  @Test
  void every_grouping_of_transfers_agrees_with_a_brute_force_count_in_every_scope() {
    qt().withExamples(EXAMPLES).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      for (Scope scope : Scope.values()) {
        checkGrouping(data, scope, t -> t.recipient().value(), Comparator.naturalOrder(),
            Transfers.byRecipient(data, scope));
        checkGrouping(data, scope, t -> t.supplier().value(), Comparator.naturalOrder(),
            Transfers.bySupplier(data, scope));
        checkGrouping(data, scope, t -> t.category().name(),
            Comparator.comparing(k -> org.cstokit.model.transfer.WeaponCategory.valueOf(k).ordinal()),
            Transfers.byCategory(data, scope));
        checkGrouping(data, scope, t -> t.orderYear().map(String::valueOf).orElse("unknown"),
            Comparator.naturalOrder(), Transfers.byOrderYear(data, scope));
        checkGrouping(data, scope, t -> t.orderYear().map(y -> (y / 10) + "0s").orElse("unknown"),
            Comparator.naturalOrder(), Transfers.byOrderDecade(data, scope));
      }
    });
  }

  /** Each key's value of a record written out again, with its order, for the brute force. */
  private static String label(TransferKey key, ArmsTransfer t) {
    return switch (key) {
      case RECIPIENT -> t.recipient().value();
      case SUPPLIER -> t.supplier().value();
      case CATEGORY -> t.category().name();
      case ORDER_YEAR -> t.orderYear().map(String::valueOf).orElse("unknown");
      case ORDER_DECADE -> t.orderYear().map(y -> (y / 10) + "0s").orElse("unknown");
    };
  }

  private static Comparator<String> order(TransferKey key) {
    Comparator<String> known = key == TransferKey.CATEGORY
        ? Comparator.comparing(k -> org.cstokit.model.transfer.WeaponCategory.valueOf(k).ordinal())
        : Comparator.naturalOrder();
    return Comparator.comparing((String k) -> k.equals("unknown")).thenComparing(known);
  }

  @Test
  void a_grouping_by_any_key_and_a_pivot_by_any_two_agree_with_a_brute_force_count() {
    qt().withExamples(EXAMPLES).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      for (Scope scope : Scope.values()) {
        for (TransferKey key : TransferKey.values()) {
          checkGrouping(data, scope, t -> label(key, t), order(key),
              Transfers.by(data, scope, key));
        }
        for (TransferKey rows : TransferKey.values()) {
          for (TransferKey columns : TransferKey.values()) {
            TreeMap<String, TreeMap<String, List<ArmsTransfer>>> expected = new TreeMap<>(order(rows));
            for (ArmsTransfer t : data.transfers()) {
              if (scope.includes(t)) {
                expected.computeIfAbsent(label(rows, t), k -> new TreeMap<>(order(columns)))
                    .computeIfAbsent(label(columns, t), k -> new ArrayList<>()).add(t);
              }
            }
            List<String> keys = new ArrayList<>();
            expected.forEach((row, cells) -> cells.keySet().forEach(c -> keys.add(row + " x " + c)));
            List<TransferCell> actual = Transfers.pivot(data, scope, rows, columns);
            assertEquals(keys, actual.stream().map(c -> c.row() + " x " + c.column()).toList());
            for (TransferCell c : actual) {
              assertRow(c.column(), expected.get(c.row()).get(c.column()), c.asGroup());
            }
          }
        }
      }
    });
  }

  @Test
  void deliveries_by_year_kept_whole_or_spread_agree_with_a_brute_force_count() {
    qt().withExamples(EXAMPLES).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      for (Scope scope : Scope.values()) {
        List<ArmsTransfer> records = data.transfers().stream().filter(scope::includes).toList();
        for (DeliveryYear row : Transfers.byDeliveryYear(data, scope, DeliveryMode.WHOLE)) {
          List<ArmsTransfer> in = records.stream().filter(t -> t.deliveryFirst().map(String::valueOf)
              .orElse("unknown").equals(row.year())).toList();
          assertEquals(in.size(), row.records());
          assertEquals(in.stream().filter(t -> t.deliveryLast().orElse(0) > t.deliveryFirst().orElse(0)).count(),
              row.multiYear());
          assertItems(in.stream().map(ArmsTransfer::numberDelivered).toList(), row.delivered());
        }
        long spreadBest = 0;
        for (DeliveryYear row : Transfers.byDeliveryYear(data, scope, DeliveryMode.SPREAD)) {
          spreadBest += row.delivered().best().longValueExact();
          if (row.year().equals("unknown")) {
            continue;
          }
          int year = Integer.parseInt(row.year());
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
          assertEquals(records1, row.records(), row.year());
          assertEquals(BigDecimal.valueOf(items), row.delivered().best(), row.year());
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
          (int) rows.stream().filter(t -> t.numberDelivered().isEmpty()).count()), Transfers.unknowns(data));
      List<String> largest = Transfers.largestDeliveries(data, Scope.ALL, 5).stream().map(d -> d.id().value()).toList();
      List<String> expected = data.transfers().stream().filter(t -> t.numberDelivered().isPresent())
          .sorted((a, b) -> a.numberDelivered().get().equals(b.numberDelivered().get())
              ? a.id().value().compareTo(b.id().value()) : b.numberDelivered().get() - a.numberDelivered().get())
          .limit(5).map(t -> t.id().value()).toList();
      assertEquals(expected, largest);
      assertEquals(data.transfers().stream().filter(t -> t.tableRow().isEmpty()).map(t -> t.id().value())
          .collect(Collectors.toList()), Transfers.textual(data).stream().map(t -> t.id().value()).toList());
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
