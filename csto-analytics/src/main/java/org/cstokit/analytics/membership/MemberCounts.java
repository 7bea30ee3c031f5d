package org.cstokit.analytics.membership;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.TruthMap;
import org.cstokit.model.time.YearSpan;

/**
 * Member counts of an organization per year, taken on 31 December of each year
 * ({@link #SAMPLE_DAY}) and carrying the uncertainty of coarse dates: the number of states
 * certainly members and the number possibly members. A pure function of a {@link Dataset}.
 */
public final class MemberCounts {
  /** The day of the year on which the counts are taken: 31 December. */
  public static final MonthDay SAMPLE_DAY = MonthDay.of(Month.DECEMBER, 31);

  private MemberCounts() {}

  /**
   * One year's counts, taken on its 31 December ({@link #sampleDay()}). Columns: {@code year,
   * certain, possible}. Immutable and thread-safe.
   *
   * @param year the year
   * @param certain states certainly members on 31 December
   * @param possible states possibly members on 31 December, certain included
   */
  @JsonPropertyOrder({"year", "certain", "possible"})
  public record Row(Year year, int certain, int possible) {
    /**
     * Checks the components.
     *
     * @param year the year
     * @param certain the certain members
     * @param possible the possible members
     * @throws IllegalArgumentException if a count is negative or fewer are possible than certain
     */
    public Row {
      Objects.requireNonNull(year, "year");
      if (certain < 0 || possible < certain) {
        throw new IllegalArgumentException("counts: " + certain + " certain, " + possible + " possible");
      }
    }

    /**
     * Returns the day the counts are taken: 31 December of the year.
     *
     * @return the sample day
     */
    public LocalDate sampleDay() {
      return year.atMonthDay(SAMPLE_DAY);
    }
  }

  /**
   * Counts the members of an organization on 31 December of each year of a span.
   *
   * @param data the data set
   * @param organization the organization
   * @param years the years, both ends included
   * @return one row per year, by year
   */
  public static ImmutableSortedMap<Year, Row> perYear(Dataset data, OrganizationId organization, YearSpan years) {
    ImmutableSortedMap.Builder<Year, Row> rows = ImmutableSortedMap.naturalOrder();
    years.years().mapToObj(Year::of).forEach(year -> {
      TruthMap<StateCode> members = data.asOf(year.atMonthDay(SAMPLE_DAY)).members(organization);
      rows.put(year, new Row(year, members.certain().size(), members.possible().size()));
    });
    return rows.build();
  }
}
