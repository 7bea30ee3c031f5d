package org.cstokit.analytics.facilities;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.cstokit.analytics.table.Total;
import org.cstokit.model.actor.StateCode;

/**
 * The facilities of one state (as host or as operator; {@link Facilities#byHost} and
 * {@link Facilities#byOperator} key the groups by it). Columns: {@code state, facilities,
 * operating} (status {@code OPERATING}), {@code foreign} (operator not the host), then
 * {@code personnel_*} as in {@link Total}. Immutable and thread-safe.
 *
 * @param state the host or operating state
 * @param facilities the number of facility records
 * @param operating how many are in operation
 * @param foreign how many are operated by a state other than the host
 * @param personnel their personnel, one figure per facility (the largest stated)
 */
@JsonPropertyOrder({"state", "facilities", "operating", "foreign", "personnel"})
public record FacilityGroup(StateCode state, int facilities, int operating, int foreign, Total personnel) {
  /**
   * Checks the components.
   *
   * @param state the state
   * @param facilities the facilities
   * @param operating the operating ones
   * @param foreign the foreign ones
   * @param personnel the personnel
   */
  public FacilityGroup {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(personnel, "personnel");
  }
}
