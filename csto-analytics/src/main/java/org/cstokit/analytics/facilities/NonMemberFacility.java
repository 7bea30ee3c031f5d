package org.cstokit.analytics.facilities;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.FacilityStatus;
import org.cstokit.model.source.FacilityId;
import org.cstokit.model.time.Truth;

/**
 * A facility whose operator is not certainly a member of the organization on a day. Columns:
 * {@code facility, name, host, operator, status, host_member, operator_member, in_operation} —
 * the last three in three values: {@code in_operation} is {@code UNKNOWN} when the record gives
 * no period. Immutable and thread-safe.
 *
 * @param facility the facility
 * @param name its name
 * @param host the host state
 * @param operator the operating state
 * @param status the status the source gives
 * @param hostMember whether the host is a member on the day
 * @param operatorMember whether the operator is a member on the day (never {@code YES})
 * @param inOperation whether the facility's period covers the day
 */
@JsonPropertyOrder({"facility", "name", "host", "operator", "status", "hostMember", "operatorMember", "inOperation"})
public record NonMemberFacility(FacilityId facility, String name, StateCode host, StateCode operator,
    FacilityStatus status, Truth hostMember, Truth operatorMember, Truth inOperation) {
  /**
   * Checks the components.
   *
   * @param facility the facility
   * @param name the name
   * @param host the host
   * @param operator the operator
   * @param status the status
   * @param hostMember the host's membership
   * @param operatorMember the operator's membership
   * @param inOperation whether in operation
   * @throws IllegalArgumentException if the operator is certainly a member
   */
  public NonMemberFacility {
    Objects.requireNonNull(facility, "facility");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(hostMember, "hostMember");
    Objects.requireNonNull(operatorMember, "operatorMember");
    Objects.requireNonNull(inOperation, "inOperation");
    if (operatorMember == Truth.YES) {
      throw new IllegalArgumentException("operatorMember: YES, but the operator of " + facility + " must not be"
          + " certainly a member");
    }
  }
}
