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
 * One membership as a row of the timeline. Columns: {@code state, organization, status, from,
 * to} (ISO partial dates as the source gives them; {@code to} empty when ongoing or not known to
 * have ended; the period is half-open), {@code precision} (the coarser precision of the two
 * dates). Immutable and thread-safe.
 *
 * @param state the state
 * @param organization the organization
 * @param status the status
 * @param from the first day the status held, as precisely as known
 * @param to the first day it no longer held, if it ended
 * @param precision the coarser precision of {@code from} and {@code to}
 */
@JsonPropertyOrder({"state", "organization", "status", "from", "to", "precision"})
public record TimelineRow(StateCode state, OrganizationId organization, MembershipStatus status, PartialDate from,
    Optional<PartialDate> to, Precision precision) {
  /**
   * Checks the components.
   *
   * @param state the state
   * @param organization the organization
   * @param status the status
   * @param from the start
   * @param to the end
   * @param precision the precision
   */
  public TimelineRow {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(precision, "precision");
  }
}
