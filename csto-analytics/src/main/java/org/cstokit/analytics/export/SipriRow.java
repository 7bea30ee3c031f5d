package org.cstokit.analytics.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.model.source.TransferId;

/**
 * One transfer in the columns of the SIPRI trade register's CSV export, in its order:
 * {@code Recipient, Supplier, Year of order, Number ordered, Weapon designation, Weapon
 * description, Number delivered, Year(s) of delivery, Comments}, followed by {@code CSTO Kit id}.
 * SIPRI's unnamed uncertainty-flag columns, its {@code status} and its TIV columns are left out
 * (the monograph gives none of them). States are named by their SIPRI country name. An unknown
 * value is an empty cell, where SIPRI's printed registers show {@code . .}. Immutable and
 * thread-safe.
 *
 * @param recipient the recipient's SIPRI name
 * @param supplier the supplier's SIPRI name
 * @param yearOfOrder the year of order, if known
 * @param numberOrdered the number ordered, if known
 * @param weaponDesignation the designation
 * @param weaponDescription the description
 * @param numberDelivered the number delivered, if known
 * @param yearsOfDelivery {@code 2009} or {@code 2009-2010}; empty when unknown
 * @param comments the terms when not unknown and the remarks, joined by {@code "; "}
 * @param id the record id in CSTO Kit
 */
@JsonPropertyOrder({"Recipient", "Supplier", "Year of order", "Number ordered", "Weapon designation",
    "Weapon description", "Number delivered", "Year(s) of delivery", "Comments", "CSTO Kit id"})
public record SipriRow(
    @JsonProperty("Recipient") String recipient,
    @JsonProperty("Supplier") String supplier,
    @JsonProperty("Year of order") Optional<Integer> yearOfOrder,
    @JsonProperty("Number ordered") Optional<Integer> numberOrdered,
    @JsonProperty("Weapon designation") String weaponDesignation,
    @JsonProperty("Weapon description") String weaponDescription,
    @JsonProperty("Number delivered") Optional<Integer> numberDelivered,
    @JsonProperty("Year(s) of delivery") String yearsOfDelivery,
    @JsonProperty("Comments") String comments,
    @JsonProperty("CSTO Kit id") TransferId id) {
  /**
   * Checks the components.
   *
   * @param recipient the recipient
   * @param supplier the supplier
   * @param yearOfOrder the year of order
   * @param numberOrdered the number ordered
   * @param weaponDesignation the designation
   * @param weaponDescription the description
   * @param numberDelivered the number delivered
   * @param yearsOfDelivery the years of delivery
   * @param comments the comments
   * @param id the id
   */
  public SipriRow {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(yearOfOrder, "yearOfOrder");
    Objects.requireNonNull(numberOrdered, "numberOrdered");
    Objects.requireNonNull(weaponDesignation, "weaponDesignation");
    Objects.requireNonNull(weaponDescription, "weaponDescription");
    Objects.requireNonNull(numberDelivered, "numberDelivered");
    Objects.requireNonNull(yearsOfDelivery, "yearsOfDelivery");
    Objects.requireNonNull(comments, "comments");
    Objects.requireNonNull(id, "id");
  }
}
