package org.cstokit.analytics.membership;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import org.cstokit.data.Dataset;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.time.Precision;

/**
 * The membership timeline table, a pure function of a {@link Dataset}: one row per membership,
 * ordered by organization id, state code, start, then status.
 */
public final class MembershipTimeline {
  private MembershipTimeline() {}

  /**
   * Returns the timeline of every membership of the data set.
   *
   * @param data the data set
   * @return the rows, in order
   */
  public static ImmutableList<TimelineRow> table(Dataset data) {
    return data.memberships().stream().map(MembershipTimeline::row)
        .sorted(Comparator.comparing((TimelineRow r) -> r.organization().value()).thenComparing(TimelineRow::state)
            .thenComparing(TimelineRow::start).thenComparing(TimelineRow::status))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns one membership as a row.
   *
   * @param m the membership
   * @return the row
   */
  public static TimelineRow row(Membership m) {
    Precision p = m.period().start().precision();
    if (m.period().end().isPresent() && m.period().end().get().precision().compareTo(p) < 0) {
      p = m.period().end().get().precision();
    }
    return new TimelineRow(m.state(), m.organization(), m.status(), m.period().start(),
        m.period().end(), p);
  }
}
