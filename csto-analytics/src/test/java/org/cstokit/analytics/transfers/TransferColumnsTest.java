package org.cstokit.analytics.transfers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cstokit.analytics.testing.RandomData;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.TransferId;
import org.cstokit.model.transfer.ArmsTransfer;
import org.junit.jupiter.api.Test;

/**
 * The columnar groupings of {@link TransferQuery} against the record-by-record groupings they
 * replaced ({@link ReferenceGroupings}), and the cache of columns per data set.
 */
class TransferColumnsTest {
  /**
   * Random transfers in which every second textual record restates the table rows before it, so
   * that {@link Scope#ALL} leaves records out.
   */
  private static Dataset withRestatements(RandomData.Records r) {
    List<ArmsTransfer> out = new ArrayList<>();
    List<TransferId> rows = new ArrayList<>();
    int textual = 0;
    for (ArmsTransfer t : r.transfers()) {
      if (t.tableRow().isPresent()) {
        rows.add(t.id());
        out.add(t);
      } else if (textual++ % 2 == 1 && !rows.isEmpty()) {
        out.add(ArmsTransfer.builder().from(t).restates(rows).build());
      } else {
        out.add(t);
      }
    }
    return Dataset.of("random", Map.of(Family.TRANSFERS, out));
  }

  /** A table row of the bundled data with other states, numbers and order year, and no delivery year. */
  private static ArmsTransfer transfer(String id, String supplier, String recipient, int year, int ordered,
      int delivered) {
    ArmsTransfer base = CstoData.bundled().transfers().stream().filter(t -> t.tableRow().isPresent()).findFirst()
        .orElseThrow();
    return ArmsTransfer.builder().from(base).id(TransferId.of(id)).supplier(StateCode.of(supplier))
        .recipient(StateCode.of(recipient)).orderYear(year).numberOrdered(ordered).numberDelivered(delivered)
        .deliveryFirst(Optional.empty()).deliveryLast(Optional.empty()).build();
  }

  /** A state no record of the data set names. */
  private static StateCode absent(Dataset data) {
    for (char c = 'A'; ; c++) {
      StateCode s = StateCode.of("Q" + c + "Q");
      if (data.transfers().stream().noneMatch(t -> t.recipient().equals(s) || t.supplier().equals(s))) {
        return s;
      }
    }
  }

  /** Every scope, unfiltered and filtered by recipient, supplier, both, and an absent state. */
  private static List<TransferQuery> queries(Dataset data) {
    List<TransferQuery> out = new ArrayList<>();
    TreeSet<StateCode> states = new TreeSet<>();
    data.transfers().forEach(t -> {
      states.add(t.recipient());
      states.add(t.supplier());
    });
    for (Scope scope : Scope.values()) {
      TransferQuery q = Transfers.of(data).scope(scope);
      out.add(q);
      out.add(q.recipient(absent(data)));
      out.add(q.supplier(absent(data)));
      if (!states.isEmpty()) {
        ArmsTransfer first = data.transfers().get(0);
        ArmsTransfer last = data.transfers().get(data.transfers().size() - 1);
        out.add(q.recipient(first.recipient()));
        out.add(q.supplier(last.supplier()));
        out.add(q.recipient(last.recipient()).supplier(last.supplier()));
        out.add(q.recipient(states.first()));
        out.add(q.supplier(states.first()));
      }
    }
    return out;
  }

  @Test
  void every_columnar_grouping_pivot_and_count_equals_the_record_by_record_reference() {
    qt().withExamples(100).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = withRestatements(r);
      for (TransferQuery q : queries(data)) {
        ReferenceGroupings ref = new ReferenceGroupings(data.transfers(), ReferenceGroupings.takes(q));
        for (TransferKey<?> key : TransferKey.values()) {
          checkBy(q, ref, key);
          for (TransferKey<?> columns : TransferKey.values()) {
            checkPivot(q, ref, key, columns);
          }
        }
        assertEquals(ref.unknowns(), q.unknowns(), q.toString());
      }
    });
  }

  private static <K extends Comparable<? super K>> void checkBy(TransferQuery q, ReferenceGroupings ref,
      TransferKey<K> key) {
    var expected = ref.by(key);
    var actual = q.by(key);
    assertEquals(expected, actual, q + " by " + key);
    assertEquals(expected.all(), actual.all(), q + " by " + key);
  }

  private static <R extends Comparable<? super R>, C extends Comparable<? super C>> void checkPivot(TransferQuery q,
      ReferenceGroupings ref, TransferKey<R> rows, TransferKey<C> columns) {
    var expected = ref.pivot(rows, columns);
    var actual = q.pivot(rows, columns);
    String what = q + " pivot " + rows + " x " + columns;
    assertEquals(expected, actual, what);
    assertEquals(new ArrayList<>(expected.cellSet()), new ArrayList<>(actual.cellSet()), what);
    assertEquals(new ArrayList<>(expected.rowKeySet()), new ArrayList<>(actual.rowKeySet()), what);
    assertEquals(new ArrayList<>(expected.columnKeySet()), new ArrayList<>(actual.columnKeySet()), what);
  }

  @Test
  void the_records_without_an_order_year_are_the_unknown_group_after_every_decade() {
    ArmsTransfer base = transfer("tr-1", "RUS", "KAZ", 1995, 10, 4);
    Dataset data = Dataset.of("t", Map.of(Family.TRANSFERS, List.of(base,
        ArmsTransfer.builder().from(base).id(TransferId.of("tr-2")).orderYear(Optional.empty()).numberOrdered(7)
            .numberDelivered(Optional.empty()).build(),
        ArmsTransfer.builder().from(base).id(TransferId.of("tr-3")).orderYear(2011).build())));
    var decades = Transfers.of(data).byOrderDecade();
    assertEquals(List.of("1990-1999", "2010-2019"),
        decades.known().keySet().stream().map(d -> d.first() + "-" + d.last()).toList());
    assertEquals(1, decades.unknown().get().records());
    assertEquals(7, decades.unknown().get().ordered().best().intValueExact());
    assertEquals(1, decades.unknown().get().delivered().unknown());
    assertEquals(3, Transfers.of(data).pivot(TransferKey.RECIPIENT, TransferKey.ORDER_YEAR).size());
    assertEquals(new TransferUnknowns(3, 1, 3, 0, 1), Transfers.of(data).unknowns());
  }

  @Test
  void every_deal_once_leaves_out_the_account_that_restates_table_rows_and_the_text_takes_only_it() {
    ArmsTransfer row = transfer("tr-1", "RUS", "KAZ", 1995, 10, 4);
    ArmsTransfer text = ArmsTransfer.builder().from(transfer("tr-2", "RUS", "KAZ", 1996, 30, 20))
        .tableRow(Optional.empty()).restates(List.of(row.id())).build();
    ArmsTransfer other = ArmsTransfer.builder().from(transfer("tr-3", "BLR", "KAZ", 2001, 5, 5))
        .tableRow(Optional.empty()).build();
    Dataset data = Dataset.of("t", Map.of(Family.TRANSFERS, List.of(row, text, other)));
    var all = Transfers.of(data).scope(Scope.ALL).bySupplier();
    assertEquals(List.of("BLR", "RUS"), all.known().keySet().stream().map(StateCode::value).toList());
    assertEquals(1, all.get(StateCode.of("RUS")).get().records());
    assertEquals(10, all.get(StateCode.of("RUS")).get().ordered().best().intValueExact());
    var textual = Transfers.of(data).scope(Scope.TEXTUAL).pivot(TransferKey.SUPPLIER, TransferKey.ORDER_YEAR);
    assertEquals(2, textual.size());
    assertEquals(20, textual.get(Optional.of(StateCode.of("RUS")), Optional.of(java.time.Year.of(1996))).delivered()
        .best().intValueExact());
    assertEquals(1, Transfers.of(data).unknowns().records());
  }

  @Test
  void the_columns_are_built_once_per_data_set_instance_and_shared_by_its_queries() throws Exception {
    ArmsTransfer t = transfer("tr-1", "RUS", "KAZ", 1995, 10, 4);
    Dataset data = Dataset.of("t", Map.of(Family.TRANSFERS, List.of(t)));
    Dataset twin = Dataset.of("t", Map.of(Family.TRANSFERS, List.of(t)));
    TransferColumns columns = TransferColumns.of(data);
    assertSame(columns, TransferColumns.of(data));
    assertNotSame(columns, TransferColumns.of(twin));
    Dataset fresh = Dataset.of("t", Map.of(Family.TRANSFERS, List.of(t)));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<TransferColumns>> built = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        built.add(pool.submit(() -> TransferColumns.of(fresh)));
      }
      for (Future<TransferColumns> f : built) {
        assertSame(built.get(0).get(), f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, columns.size);
  }
}
