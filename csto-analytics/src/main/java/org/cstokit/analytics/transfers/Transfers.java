package org.cstokit.analytics.transfers;

import java.math.BigDecimal;
import org.cstokit.analytics.table.Total;
import org.cstokit.data.Dataset;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;

/**
 * The entry point of the arms-transfer aggregates: {@code Transfers.of(data)} is a
 * {@link TransferQuery} over every table row of the data set, narrowed with
 * {@link TransferQuery#scope}, {@link TransferQuery#recipient} and {@link TransferQuery#supplier},
 * and ended by a table ({@link TransferQuery#byRecipient()}, {@link TransferQuery#by},
 * {@link TransferQuery#pivot}, {@link TransferQuery#byDeliveryYear}…).
 *
 * <p>Numbers ordered and delivered are exact counts of items where the record gives them; a
 * record without the number is an unknown input of the {@link Total}, which then has no upper
 * bound. Totals take the table rows ({@link Scope#TABLE_ROWS}) unless a scope is given, because the
 * text restates several table rows; {@link TransferQuery#textual()} lists the text's transfers
 * apart.
 */
public final class Transfers {
  /** The unit of item counts. */
  public static final String ITEMS = "items";

  private Transfers() {}

  /**
   * Returns the query over the table rows of a data set ({@link Scope#TABLE_ROWS}), of every
   * recipient and supplier.
   *
   * @param data the data set
   * @return the query
   */
  public static TransferQuery of(Dataset data) {
    return TransferQuery.over(data);
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
}
