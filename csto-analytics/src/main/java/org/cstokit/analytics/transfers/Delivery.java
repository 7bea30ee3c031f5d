package org.cstokit.analytics.transfers;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.TransferId;
import org.cstokit.model.transfer.WeaponCategory;

/**
 * One delivery of the list of the largest. Columns: {@code id, supplier, recipient, designation,
 * category, order_year, delivery_first, delivery_last, number_delivered}. Immutable and
 * thread-safe.
 *
 * @param id the record id
 * @param supplier the supplier
 * @param recipient the recipient
 * @param designation the weapon designation
 * @param category the weapon category
 * @param orderYear the year of order, if known
 * @param deliveryFirst the first delivery year, if known
 * @param deliveryLast the last delivery year, if known
 * @param numberDelivered the number delivered
 */
@JsonPropertyOrder({"id", "supplier", "recipient", "designation", "category", "orderYear", "deliveryFirst",
    "deliveryLast", "numberDelivered"})
public record Delivery(TransferId id, StateCode supplier, StateCode recipient, String designation,
    WeaponCategory category, Optional<Integer> orderYear, Optional<Integer> deliveryFirst,
    Optional<Integer> deliveryLast, int numberDelivered) {
  /**
   * Checks the components.
   *
   * @param id the id
   * @param supplier the supplier
   * @param recipient the recipient
   * @param designation the designation
   * @param category the category
   * @param orderYear the order year
   * @param deliveryFirst the first delivery year
   * @param deliveryLast the last delivery year
   * @param numberDelivered the number delivered
   */
  public Delivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(designation, "designation");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(orderYear, "orderYear");
    Objects.requireNonNull(deliveryFirst, "deliveryFirst");
    Objects.requireNonNull(deliveryLast, "deliveryLast");
  }
}
