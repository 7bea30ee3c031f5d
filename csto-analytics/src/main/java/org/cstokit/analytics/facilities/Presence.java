package org.cstokit.analytics.facilities;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import org.cstokit.model.actor.StateCode;

/**
 * The foreign military presence in one host on one day: 31 December of a year
 * ({@link #sampleDay()}; {@link Facilities#SAMPLE_DAY}). Columns: {@code host, year, certain}
 * (foreign facilities certainly in operation on the sample day), {@code possible} (those possibly
 * in operation, certain included), {@code undated} (foreign facilities of the host whose record
 * gives no period, in none of the other counts). Immutable and thread-safe.
 *
 * @param host the host state
 * @param year the year, sampled on its 31 December
 * @param certain facilities certainly in operation on 31 December
 * @param possible facilities possibly in operation then, certain included
 * @param undated foreign facilities without a period
 */
@JsonPropertyOrder({"host", "year", "certain", "possible", "undated"})
public record Presence(StateCode host, Year year, int certain, int possible, int undated) {
  /**
   * Checks the components.
   *
   * @param host the host
   * @param year the year
   * @param certain the certain count
   * @param possible the possible count
   * @param undated the undated count
   * @throws IllegalArgumentException if a count is negative or fewer are possible than certain
   */
  public Presence {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(year, "year");
    if (certain < 0 || undated < 0 || possible < certain) {
      throw new IllegalArgumentException("counts: " + certain + " certain, " + possible + " possible, " + undated
          + " undated");
    }
  }

  /**
   * Returns the day the counts are taken: 31 December of the year.
   *
   * @return the sample day
   */
  public LocalDate sampleDay() {
    return year.atMonthDay(Facilities.SAMPLE_DAY);
  }
}
