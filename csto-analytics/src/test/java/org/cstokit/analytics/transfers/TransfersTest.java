package org.cstokit.analytics.transfers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.cstokit.analytics.table.Groups;
import org.cstokit.analytics.table.Total;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.YearSpan;
import org.cstokit.model.transfer.WeaponCategory;
import org.junit.jupiter.api.Test;

class TransfersTest {
  private static final StateCode ARM = StateCode.of("ARM");
  private static final StateCode KAZ = StateCode.of("KAZ");
  private static final StateCode KGZ = StateCode.of("KGZ");
  private static final StateCode RUS = StateCode.of("RUS");
  private final Dataset data = CstoData.bundled();

  private static StateCode code(String c) {
    return StateCode.of(c);
  }

  @Test
  void armenia_received_2597_items_in_26_table_rows_with_one_row_lacking_numbers() {
    TransferGroup<StateCode> arm = Transfers.of(data).byRecipient().get(ARM).orElseThrow();
    assertEquals(Optional.of(ARM), arm.key());
    assertEquals(26, arm.records());
    assertEquals(new BigDecimal("2597"), arm.delivered().best());
    assertEquals(1, arm.delivered().unknown());
    assertEquals(Range.atLeast(new BigDecimal("2597")), arm.delivered().bounds(),
        "an unknown number leaves the total open above");
  }

  @Test
  void kyrgyzstan_and_tajikistan_totals_are_exact_because_every_row_gives_its_numbers() {
    Groups<StateCode, TransferGroup<StateCode>> rows = Transfers.of(data).byRecipient();
    assertEquals(List.of(ARM, code("BLR"), KAZ, KGZ, code("TJK")), rows.known().keySet().asList());
    assertEquals(Optional.empty(), rows.unknown(), "every record has a recipient");
    Total kgz = rows.get(KGZ).orElseThrow().delivered();
    assertEquals(Range.singleton(new BigDecimal("75")), kgz.bounds());
    assertTrue(kgz.isExactSum());
    assertTrue(rows.get(code("TJK")).orElseThrow().delivered().isExactSum());
    assertFalse(rows.get(code("BLR")).orElseThrow().delivered().isExactSum());
    assertEquals(Optional.empty(), rows.get(RUS), "Russia receives nothing in the table rows");
  }

  @Test
  void the_table_rows_count_93_and_the_textual_transfers_34_listed_apart_and_every_deal_is_counted_once() {
    assertEquals(93, Transfers.of(data).unknowns().records());
    assertEquals(34, Transfers.of(data).textual().size());
    long restating = data.transfers().stream().filter(t -> !t.restates().isEmpty()).count();
    assertEquals(4, restating, "Iskander-M, Su-30SM, Mi-35 and the Tajik summary restate table rows");
    assertEquals(93 + 34 - 4, Transfers.of(data).scope(Scope.ALL).unknowns().records(),
        "every deal once: the restating accounts are skipped");
    assertEquals(new TransferUnknowns(93, 0, 5, 1, 6), Transfers.of(data).unknowns());
    assertEquals(93, Transfers.of(data).records().size());
  }

  @Test
  void every_supplier_of_a_table_row_is_russia() {
    assertEquals(List.of(RUS), Transfers.of(data).bySupplier().known().keySet().asList());
    assertEquals(List.of(code("CHN"), RUS, code("TUR"), code("USA")),
        Transfers.of(data).scope(Scope.ALL).bySupplier().known().keySet().asList());
  }

  @Test
  void orders_by_decade_split_into_the_1990s_2000s_and_2010s() {
    Groups<YearSpan, TransferGroup<YearSpan>> decades = Transfers.of(data).byOrderDecade();
    assertEquals(List.of(YearSpan.closed(1990, 1999), YearSpan.closed(2000, 2009), YearSpan.closed(2010, 2019)),
        decades.known().keySet().asList());
    assertEquals(23, decades.get(YearSpan.closed(1990, 1999)).orElseThrow().records());
    assertEquals(93, Transfers.of(data).byOrderYear().all().stream().mapToInt(TransferGroup::records).sum());
    assertEquals(93, Transfers.of(data).byCategory().all().stream().mapToInt(TransferGroup::records).sum());
    assertTrue(Transfers.of(data).byOrderYear().get(Year.of(1993)).isPresent());
  }

  @Test
  void kazakhstans_deliveries_by_category_are_its_row_of_the_recipient_by_category_pivot() {
    Groups<WeaponCategory, TransferGroup<WeaponCategory>> kaz = Transfers.of(data).recipient(KAZ).byCategory();
    ImmutableTable<Optional<StateCode>, Optional<WeaponCategory>, TransferCell<StateCode, WeaponCategory>> pivot =
        Transfers.of(data).pivot(TransferKey.RECIPIENT, TransferKey.CATEGORY);
    assertEquals(kaz.all(), pivot.row(Optional.of(KAZ)).values().stream().map(TransferCell::asGroup).toList());
    assertEquals(34, kaz.all().stream().mapToInt(TransferGroup::records).sum());
    assertEquals(new BigDecimal("800"), kaz.all().stream().map(g -> g.delivered().best())
        .reduce(BigDecimal.ZERO, BigDecimal::add));
    TransferCell<StateCode, WeaponCategory> first = pivot.values().iterator().next();
    assertEquals(Optional.of(ARM), first.row(), "cells by row first");
    assertEquals(List.of(ARM, code("BLR"), KAZ, KGZ, code("TJK")),
        pivot.rowKeySet().stream().map(Optional::orElseThrow).toList());
  }

  @Test
  void a_supplier_filter_keeps_only_its_records_and_a_query_is_a_value() {
    TransferQuery all = Transfers.of(data).scope(Scope.ALL);
    assertEquals(List.of(code("CHN")), all.supplier(code("CHN")).bySupplier().known().keySet().asList());
    assertTrue(all.supplier(code("CHN")).records().stream().allMatch(t -> t.supplier().equals(code("CHN"))));
    assertEquals(Transfers.of(data).scope(Scope.ALL).recipient(KAZ), all.recipient(KAZ));
    assertEquals(Transfers.of(data).scope(Scope.ALL).recipient(KAZ).hashCode(), all.recipient(KAZ).hashCode());
    assertNotEquals(all, all.recipient(KAZ), "narrowing returns a new query and leaves this one");
    assertNotEquals(all, Transfers.of(data));
    assertNotEquals(all.supplier(RUS), all.supplier(code("CHN")));
    assertNotEquals(all.hashCode(), Transfers.of(data).hashCode());
    Dataset other = data.toBuilder().build();
    assertNotEquals(Transfers.of(data), Transfers.of(other), "a query is over one data set instance");
    assertEquals(0, Transfers.of(other).scope(Scope.TEXTUAL).supplier(code("CHN")).recipient(KAZ)
        .bySupplier().size() + Transfers.of(other).recipient(code("TJK")).supplier(code("CHN")).records().size());
    assertEquals(Scope.ALL, all.scope());
    assertEquals(Optional.of(KAZ), all.recipient(KAZ).recipient());
    assertEquals(Optional.empty(), all.supplier());
    assertEquals("TransferQuery[ALL, recipient KAZ, supplier RUS]", all.recipient(KAZ).supplier(RUS).toString());
    assertEquals("TransferQuery[TABLE_ROWS]", Transfers.of(data).toString());
    assertEquals(0, Transfers.of(data).recipient(RUS).records().size());
  }

  @Test
  void the_fagot_missiles_delivered_1993_to_1996_count_whole_in_1993_or_spread_over_four_years() {
    DeliveryYear whole1993 = Transfers.of(data).byDeliveryYear(DeliveryMode.WHOLE).get(Year.of(1993)).orElseThrow();
    assertEquals(Optional.of(Year.of(1993)), whole1993.year());
    assertEquals(Year.of(1993), Transfers.of(data).byDeliveryYear(DeliveryMode.WHOLE).known().firstKey());
    assertEquals(2, whole1993.multiYear());
    assertEquals(new BigDecimal("985"), whole1993.delivered().best());
    DeliveryYear spread1993 = Transfers.of(data).byDeliveryYear(DeliveryMode.SPREAD).get(Year.of(1993)).orElseThrow();
    assertEquals(new BigDecimal("257"), spread1993.delivered().best(), "945 / 4 rounded up plus 40 / 2");
    assertEquals(2, spread1993.delivered().approximate(), "spread shares are not reported as exact");
    DeliveryYear none = Transfers.of(data).byDeliveryYear(DeliveryMode.WHOLE).unknown().orElseThrow();
    assertEquals(Optional.empty(), none.year());
    assertEquals(5, none.records(), "five table rows give no delivery year");
  }

  @Test
  void spreading_deliveries_moves_items_between_years_but_keeps_their_sum() {
    BigDecimal whole = Transfers.of(data).byDeliveryYear(DeliveryMode.WHOLE).all().stream()
        .map(r -> r.delivered().best()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal spread = Transfers.of(data).byDeliveryYear(DeliveryMode.SPREAD).all().stream()
        .map(r -> r.delivered().best()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(whole, spread);
  }

  @Test
  void the_largest_delivery_is_armenias_945_fagot_missiles() {
    Delivery top = Transfers.of(data).largestDeliveries(3).get(0);
    assertEquals("tr-arm-03", top.id().value());
    assertEquals(945, top.numberDelivered());
    assertEquals(3, Transfers.of(data).largestDeliveries(3).size());
    assertThrows(IllegalArgumentException.class, () -> Transfers.of(data).largestDeliveries(-1));
    assertEquals(KAZ, Transfers.of(data).recipient(KAZ).largestDeliveries(1).get(0).recipient());
  }

  @Test
  void the_armenian_loan_of_2015_is_a_textual_transfer_with_its_dollar_value() {
    TextualTransfer loan = Transfers.of(data).textual().stream().filter(t -> t.id().value().equals("tr-arm-2015-loan"))
        .findFirst().orElseThrow();
    assertEquals(Optional.of(new BigDecimal("200000000")), loan.valueUsd());
    assertEquals(org.cstokit.model.transfer.TransferTerms.LOAN, loan.terms());
    assertTrue(Transfers.of(data).recipient(KAZ).textual().stream().allMatch(t -> t.recipient().equals(KAZ)));
  }

  @Test
  void the_keys_are_typed_tokens_with_their_names() {
    assertEquals(List.of("RECIPIENT", "SUPPLIER", "CATEGORY", "ORDER_YEAR", "ORDER_DECADE"),
        TransferKey.values().stream().map(TransferKey::name).toList());
    assertEquals("ORDER_DECADE", TransferKey.ORDER_DECADE.toString());
    var first = data.transfers().get(0);
    assertEquals(first.orderYear().map(YearSpan::decadeOf), TransferKey.ORDER_DECADE.of(first));
    assertEquals(first.orderYear().map(Year::of), TransferKey.ORDER_YEAR.of(first));
    assertEquals(Optional.of(first.category()), TransferKey.CATEGORY.of(first));
  }
}
