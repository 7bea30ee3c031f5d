package org.cstokit.analytics.transfers;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import java.math.BigDecimal;
import org.cstokit.analytics.table.Figures;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.TransferId;
import org.cstokit.model.transfer.TransferTerms;
import org.cstokit.model.transfer.WeaponCategory;

/**
 * A transfer the text describes without a table row (free of charge, at domestic prices, on a
 * loan…), listed apart from the table rows. Columns: {@code id, supplier, recipient, designation,
 * category, terms, order_year, delivery_first, number_ordered, number_delivered, value_usd,
 * value_qualifier, remarks}. Immutable and thread-safe.
 *
 * @param id the record id
 * @param supplier the supplier
 * @param recipient the recipient
 * @param designation the designation
 * @param category the weapon category
 * @param terms the terms of the deal
 * @param orderYear the year of order, if given
 * @param deliveryFirst the first delivery year, if given
 * @param numberOrdered the number ordered, if given
 * @param numberDelivered the number delivered, if given
 * @param valueUsd the stated value of the deal in US dollars, if given
 * @param valueQualifier the qualifier of that value, if given
 * @param remarks remarks in our own words, if any
 */
@JsonPropertyOrder({"id", "supplier", "recipient", "designation", "category", "terms", "orderYear", "deliveryFirst",
    "numberOrdered", "numberDelivered", "valueUsd", "valueQualifier", "remarks"})
public record TextualTransfer(TransferId id, StateCode supplier, StateCode recipient, String designation,
    WeaponCategory category, TransferTerms terms, Optional<Integer> orderYear, Optional<Integer> deliveryFirst,
    Optional<Integer> numberOrdered, Optional<Integer> numberDelivered, Optional<BigDecimal> valueUsd,
    Optional<Qualifier> valueQualifier, Optional<String> remarks) {
  /**
   * Checks the components.
   *
   * @param id the id
   * @param supplier the supplier
   * @param recipient the recipient
   * @param designation the designation
   * @param category the category
   * @param terms the terms
   * @param orderYear the order year
   * @param deliveryFirst the first delivery year
   * @param numberOrdered the number ordered
   * @param numberDelivered the number delivered
   * @param valueUsd the value
   * @param valueQualifier its qualifier
   * @param remarks the remarks
   */
  public TextualTransfer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(designation, "designation");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(terms, "terms");
    valueUsd = Objects.requireNonNull(valueUsd, "valueUsd").map(Figures::normal);
    Objects.requireNonNull(valueQualifier, "valueQualifier");
    Objects.requireNonNull(remarks, "remarks");
  }
}
