package org.cstokit.analytics.transfers;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How many transfer records lack a field. Columns: {@code records, unknown_order_year,
 * unknown_delivery_years, unknown_number_ordered, unknown_number_delivered}. Immutable and
 * thread-safe.
 *
 * @param records the records considered
 * @param unknownOrderYear records without a year of order
 * @param unknownDeliveryYears records without a first year of delivery
 * @param unknownNumberOrdered records without a number ordered
 * @param unknownNumberDelivered records without a number delivered
 */
@JsonPropertyOrder({"records", "unknownOrderYear", "unknownDeliveryYears", "unknownNumberOrdered",
    "unknownNumberDelivered"})
public record TransferUnknowns(int records, int unknownOrderYear, int unknownDeliveryYears, int unknownNumberOrdered,
    int unknownNumberDelivered) {}
