package org.cstokit.analytics.membership;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Map;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.Truth;

/**
 * Member counts of an organization per year, taken on December 31st of each year and carrying
 * the uncertainty of coarse dates: the number of states certainly members and the number
 * possibly members. A pure function of a {@link Dataset}.
 */
public final class MemberCounts {
  private MemberCounts() {}

  /**
   * One year's counts. Immutable.
   *
   * @param year the year
   * @param certain states certainly members on December 31st
   * @param possible states possibly members on December 31st (certain included)
   */
  public record Row(int year, int certain, int possible) {}

  /**
   * Counts the members of an organization on December 31st of each year of a range.
   *
   * @param data the data set
   * @param organization the organization
   * @param fromYear the first year
   * @param toYear the last year, not before {@code fromYear}
   * @return one row per year, ascending
   * @throws IllegalArgumentException if the range is the wrong way round
   */
  public static ImmutableList<Row> perYear(Dataset data, OrganizationId organization, int fromYear, int toYear) {
    if (toYear < fromYear) {
      throw new IllegalArgumentException("toYear: " + toYear + " is before fromYear " + fromYear);
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (int year = fromYear; year <= toYear; year++) {
      Map<StateCode, Truth> members = data.asOf(LocalDate.of(year, 12, 31)).members(organization);
      int certain = (int) members.values().stream().filter(t -> t == Truth.YES).count();
      rows.add(new Row(year, certain, members.size()));
    }
    return rows.build();
  }
}
