package org.cstokit.analytics.facilities;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.time.PartialDate;

/**
 * A facility whose lease or legal basis ends by a given year. Columns: {@code facility, name,
 * host, operator, expires, basis} — {@code basis} is {@code lease} when the facility's lease
 * gives the expiry, else the id of the instrument that does. Immutable and thread-safe.
 *
 * @param facility the facility id
 * @param name its name
 * @param host the host state
 * @param operator the operating state
 * @param expires the expiry, as precisely as known
 * @param basis {@code lease} or an instrument id
 */
@JsonPropertyOrder({"facility", "name", "host", "operator", "expires", "basis"})
public record LeaseEnding(RecordId facility, String name, StateCode host, StateCode operator, PartialDate expires,
    String basis) {
  /**
   * Checks the components.
   *
   * @param facility the facility
   * @param name the name
   * @param host the host
   * @param operator the operator
   * @param expires the expiry
   * @param basis the basis
   */
  public LeaseEnding {
    Objects.requireNonNull(facility, "facility");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(basis, "basis");
  }
}
