package org.cstokit.analytics.facilities;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.FacilityId;
import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.time.PartialDate;

/**
 * When a facility's lease or legal basis expires. Columns: {@code facility, name, host, operator,
 * expires, basis} ({@link ExpiryBasis#LEASE} when the facility's lease gives the expiry,
 * {@link ExpiryBasis#INSTRUMENT} when an instrument it rests on does), {@code instrument} (that
 * instrument; empty for a lease). Immutable and thread-safe.
 *
 * @param facility the facility
 * @param name its name
 * @param host the host state
 * @param operator the operating state
 * @param expires the expiry, as precisely as known
 * @param basis what gives the expiry
 * @param instrument the instrument that gives it, present exactly when {@code basis} is
 *     {@code INSTRUMENT}
 */
@JsonPropertyOrder({"facility", "name", "host", "operator", "expires", "basis", "instrument"})
public record LeaseEnding(FacilityId facility, String name, StateCode host, StateCode operator, PartialDate expires,
    ExpiryBasis basis, Optional<InstrumentId> instrument) {
  /**
   * Checks the components.
   *
   * @param facility the facility
   * @param name the name
   * @param host the host
   * @param operator the operator
   * @param expires the expiry
   * @param basis the basis
   * @param instrument the instrument, if the basis is one
   * @throws IllegalArgumentException if an instrument is named for a lease or missing for an
   *     instrument basis
   */
  public LeaseEnding {
    Objects.requireNonNull(facility, "facility");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(instrument, "instrument");
    if ((basis == ExpiryBasis.INSTRUMENT) != instrument.isPresent()) {
      throw new IllegalArgumentException("instrument: " + instrument.map(InstrumentId::value).orElse("absent")
          + " does not fit the basis " + basis);
    }
  }
}
