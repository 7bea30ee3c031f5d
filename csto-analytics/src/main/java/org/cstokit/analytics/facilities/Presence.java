package org.cstokit.analytics.facilities;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.cstokit.model.actor.StateCode;

/**
 * The foreign military presence in one host at the end of one year. Columns: {@code host, year,
 * certain} (foreign facilities certainly in operation on December 31st), {@code possible} (those
 * possibly in operation, certain included), {@code undated} (foreign facilities of the host whose
 * record gives no period, in none of the other counts). Immutable and thread-safe.
 *
 * @param host the host state
 * @param year the year
 * @param certain facilities certainly in operation on December 31st
 * @param possible facilities possibly in operation then
 * @param undated foreign facilities without a period
 */
@JsonPropertyOrder({"host", "year", "certain", "possible", "undated"})
public record Presence(StateCode host, int year, int certain, int possible, int undated) {
  /**
   * Checks the components.
   *
   * @param host the host
   * @param year the year
   * @param certain the certain count
   * @param possible the possible count
   * @param undated the undated count
   */
  public Presence {
    Objects.requireNonNull(host, "host");
  }
}
