package org.cstokit.model.transfer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.TransferId;
import org.immutables.value.Value;

/**
 * A transfer of weapons from a supplier to a recipient, after the SIPRI trade register:
 * designation, description, category, order and delivery years, numbers ordered and delivered
 * (each possibly unknown), terms and remarks.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableArmsTransfer.class)
@JsonDeserialize(as = ImmutableArmsTransfer.class)
public abstract class ArmsTransfer implements Fact {
  ArmsTransfer() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract TransferId id();

  /**
   * Returns the supplier.
   *
   * @return the supplier
   */
  public abstract StateCode supplier();

  /**
   * Returns the recipient.
   *
   * @return the recipient
   */
  public abstract StateCode recipient();

  /**
   * Returns the designation.
   *
   * @return the designation
   */
  public abstract String designation();

  /**
   * Returns the description.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the weapon category.
   *
   * @return the weapon category
   */
  public abstract WeaponCategory category();

  /**
   * Returns the year of order.
   *
   * @return the year of order, or empty when the source does not give it
   */
  public abstract Optional<Integer> orderYear();

  /**
   * Returns the first year of delivery.
   *
   * @return the first year of delivery, or empty when the source does not give it
   */
  public abstract Optional<Integer> deliveryFirst();

  /**
   * Returns the last year of delivery.
   *
   * @return the last year of delivery, or empty when the source does not give it
   */
  public abstract Optional<Integer> deliveryLast();

  /**
   * Returns the number ordered.
   *
   * @return the number ordered, or empty when the source does not give it
   */
  public abstract Optional<Integer> numberOrdered();

  /**
   * Returns the number delivered.
   *
   * @return the number delivered, or empty when the source does not give it
   */
  public abstract Optional<Integer> numberDelivered();

  /**
   * Returns the terms.
   *
   * @return the terms
   */
  public abstract TransferTerms terms();

  /**
   * Returns the value of the deal.
   *
   * @return the value of the deal, or empty when the source does not give it
   */
  public abstract Optional<Quantity> value();

  /**
   * Returns remarks in our own words.
   *
   * @return remarks in our own words, or empty when the source does not give it
   */
  public abstract Optional<String> remarks();

  /**
   * Returns the table row the record came from.
   *
   * @return the table row the record came from, or empty when the source does not give it
   */
  public abstract Optional<TableRow> tableRow();

  /**
   * Returns the table rows this record restates, for an account in the text that sums up deals
   * the tables list row by row ("Kazakhstan bought Su-30SM fighters" over two ordered batches).
   * Such a record is another account of those deals, not a deal of its own: totals over every
   * record count the rows and skip it. A record that restates exactly one row is merged into that
   * row instead (one record per real-world fact, the other account kept as disputes).
   *
   * @return the ids of the restated transfer records (each with a table row), possibly empty
   */
  public abstract List<TransferId> restates();

  /**
   * Returns where the fact is stated; never empty.
   *
   * @return where the fact is stated; never empty
   */
  @Override
  public abstract List<Citation> citations();

  /**
   * Returns other values recorded for fields of this fact.
   *
   * @return other values recorded for fields of this fact
   */
  @Override
  public abstract List<Dispute> disputes();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ArmsTransfer}; {@code supplier}, {@code recipient}, {@code designation}, {@code description}, {@code category}, {@code terms} are required. */
  public static final class Builder extends ImmutableArmsTransfer.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(designation(), "designation");
    // plain conditions rather than lambdas: every transfer loaded runs this check, and each lambda
    // call site costs its first use a bootstrap on a cold start; reasons are composed on failure
    // only; each optional is read once (an accessor wraps its value in a new Optional per call)
    Integer ordered = orderYear().orElse(null);
    Integer first = deliveryFirst().orElse(null);
    Integer last = deliveryLast().orElse(null);
    Integer numberOrdered = numberOrdered().orElse(null);
    Integer numberDelivered = numberDelivered().orElse(null);
    if (ordered != null) {
      Checks.year(ordered, "orderYear");
    }
    if (first != null) {
      Checks.year(first, "deliveryFirst");
    }
    if (last != null) {
      Checks.year(last, "deliveryLast");
    }
    if (first != null && last != null && last < first) {
      throw Checks.invalid(org.cstokit.model.InvalidValueException.Kind.INCONSISTENT, "deliveryLast", last,
          "is before deliveryFirst " + first);
    }
    if (numberOrdered != null && numberDelivered != null && numberDelivered > numberOrdered) {
      throw Checks.invalid(org.cstokit.model.InvalidValueException.Kind.INCONSISTENT, "numberDelivered", numberDelivered,
          "exceeds numberOrdered " + numberOrdered);
    }
    if (numberOrdered != null) {
      Checks.positive(numberOrdered, "numberOrdered");
    }
    if (numberDelivered != null) {
      Checks.check(numberDelivered >= 0, org.cstokit.model.InvalidValueException.Kind.OUT_OF_RANGE, "numberDelivered",
          numberDelivered, "is negative");
    }
    Checks.check(!supplier().equals(recipient()), org.cstokit.model.InvalidValueException.Kind.INCONSISTENT, "recipient", recipient(), "is the supplier");
    Checks.check(tableRow().isEmpty() || restates().isEmpty(), org.cstokit.model.InvalidValueException.Kind.INCONSISTENT,
        "restates", restates(), "is given on a table row; only an account in the text restates rows");
    Checks.check(!restates().contains(id()), org.cstokit.model.InvalidValueException.Kind.INCONSISTENT, "restates", id(),
        "names the record itself");
  }

}
