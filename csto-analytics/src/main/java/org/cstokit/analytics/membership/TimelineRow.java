package org.cstokit.analytics.membership;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Precision;

/**
 * One membership as a row of the timeline. Columns: {@code state, organization, status, start,
 * end_exclusive} (ISO partial dates as the source gives them; the period is half-open: the status
 * held from {@code start} up to but not on {@code end_exclusive}, which is empty when the status
 * is ongoing or not known to have ended), {@code precision} (the coarser precision of the two
 * dates). Immutable and thread-safe.
 *
 * @param state the state
 * @param organization the organization
 * @param status the status
 * @param start the first day the status held, as precisely as known
 * @param endExclusive the first day it no longer held, if it ended
 * @param precision the coarser precision of {@code start} and {@code endExclusive}
 */
@JsonPropertyOrder({"state", "organization", "status", "start", "endExclusive", "precision"})
public record TimelineRow(StateCode state, OrganizationId organization, MembershipStatus status, PartialDate start,
    Optional<PartialDate> endExclusive, Precision precision) {
  /**
   * Checks the components.
   *
   * @param state the state
   * @param organization the organization
   * @param status the status
   * @param start the start
   * @param endExclusive the exclusive end
   * @param precision the precision
   */
  public TimelineRow {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endExclusive, "endExclusive");
    Objects.requireNonNull(precision, "precision");
  }
}
