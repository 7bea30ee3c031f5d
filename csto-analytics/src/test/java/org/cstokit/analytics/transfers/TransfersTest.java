package org.cstokit.analytics.transfers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.junit.jupiter.api.Test;

class TransfersTest {
  private final Dataset data = CstoData.bundled();

  @Test
  void armenia_received_2597_items_in_26_table_rows_with_one_row_lacking_numbers() {
    TransferGroup arm = Transfers.byRecipient(data).get(0);
    assertEquals("ARM", arm.key());
    assertEquals(26, arm.records());
    assertEquals(new BigDecimal("2597"), arm.delivered().best());
    assertEquals(1, arm.delivered().unknown());
    assertTrue(arm.delivered().upper().isEmpty(), "an unknown number leaves the total open above");
  }

  @Test
  void kyrgyzstan_and_tajikistan_totals_are_exact_because_every_row_gives_its_numbers() {
    List<TransferGroup> rows = Transfers.byRecipient(data);
    assertEquals(List.of("ARM", "BLR", "KAZ", "KGZ", "TJK"), rows.stream().map(TransferGroup::key).toList());
    assertEquals(Optional.of(new BigDecimal("75")), rows.get(3).delivered().upper());
    assertTrue(rows.get(3).delivered().isExactSum());
    assertTrue(rows.get(4).delivered().isExactSum());
    assertFalse(rows.get(1).delivered().isExactSum());
  }

  @Test
  void the_table_rows_count_93_and_the_textual_transfers_34_listed_apart_and_every_deal_is_counted_once() {
    assertEquals(93, Transfers.unknowns(data).records());
    assertEquals(34, Transfers.textual(data).size());
    long restating = data.transfers().stream().filter(t -> !t.restates().isEmpty()).count();
    assertEquals(4, restating, "Iskander-M, Su-30SM, Mi-35 and the Tajik summary restate table rows");
    assertEquals(93 + 34 - 4, Transfers.unknowns(data, Scope.ALL).records(), "every deal once: the restating accounts are skipped");
    assertEquals(new TransferUnknowns(93, 0, 5, 1, 6), Transfers.unknowns(data));
  }

  @Test
  void every_supplier_of_a_table_row_is_russia() {
    assertEquals(List.of("RUS"), Transfers.bySupplier(data).stream().map(TransferGroup::key).toList());
    assertEquals(List.of("CHN", "RUS", "TUR", "USA"),
        Transfers.bySupplier(data, Scope.ALL).stream().map(TransferGroup::key).toList());
  }

  @Test
  void orders_by_decade_split_into_the_1990s_2000s_and_2010s() {
    assertEquals(List.of("1990s", "2000s", "2010s"),
        Transfers.byOrderDecade(data).stream().map(TransferGroup::key).toList());
    assertEquals(93, Transfers.byOrderYear(data).stream().mapToInt(TransferGroup::records).sum());
    assertEquals(93, Transfers.byCategory(data).stream().mapToInt(TransferGroup::records).sum());
  }

  @Test
  void the_fagot_missiles_delivered_1993_to_1996_count_whole_in_1993_or_spread_over_four_years() {
    DeliveryYear whole1993 = Transfers.byDeliveryYear(data).get(0);
    assertEquals("1993", whole1993.year());
    assertEquals(2, whole1993.multiYear());
    assertEquals(new BigDecimal("985"), whole1993.delivered().best());
    DeliveryYear spread1993 = Transfers.byDeliveryYear(data, Scope.TABLE_ROWS, DeliveryMode.SPREAD).get(0);
    assertEquals(new BigDecimal("257"), spread1993.delivered().best(), "945 / 4 rounded up plus 40 / 2");
    assertEquals(2, spread1993.delivered().approximate(), "spread shares are not reported as exact");
  }

  @Test
  void spreading_deliveries_moves_items_between_years_but_keeps_their_sum() {
    BigDecimal whole = Transfers.byDeliveryYear(data).stream().map(r -> r.delivered().best())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal spread = Transfers.byDeliveryYear(data, Scope.TABLE_ROWS, DeliveryMode.SPREAD).stream()
        .map(r -> r.delivered().best()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(whole, spread);
  }

  @Test
  void the_largest_delivery_is_armenias_945_fagot_missiles() {
    Delivery top = Transfers.largestDeliveries(data, 3).get(0);
    assertEquals("tr-arm-03", top.id().value());
    assertEquals(945, top.numberDelivered());
    assertEquals(3, Transfers.largestDeliveries(data, 3).size());
    assertThrows(IllegalArgumentException.class, () -> Transfers.largestDeliveries(data, -1));
  }

  @Test
  void the_armenian_loan_of_2015_is_a_textual_transfer_with_its_dollar_value() {
    TextualTransfer loan = Transfers.textual(data).stream().filter(t -> t.id().value().equals("tr-arm-2015-loan"))
        .findFirst().orElseThrow();
    assertEquals(Optional.of(new BigDecimal("200000000")), loan.valueUsd());
    assertEquals(org.cstokit.model.transfer.TransferTerms.LOAN, loan.terms());
  }
}
