package org.cstokit.analytics.rules;

import java.util.ArrayList;
import java.util.List;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Period;

/**
 * The bundled data with Uzbekistan's CSTO membership as the monograph alone gives it — "joined in
 * 2006, left in 2012", both known only to the year — so that tests can reach the days a coarse
 * date leaves undecided (1 March 2012 among them); the public sources date both to the day.
 */
final class MonographAccount {
  private MonographAccount() {}

  static final Dataset UZBEKISTAN_BY_YEAR = build();

  private static Dataset build() {
    Dataset data = CstoData.bundled();
    List<Membership> memberships = new ArrayList<>(data.memberships());
    memberships.removeIf(m -> m.id().value().equals("mem-csto-uzb-2"));
    memberships.replaceAll(m -> m.id().value().equals("mem-csto-uzb-1")
        ? Membership.builder().from(m).period(Period.of(PartialDate.of(2006), PartialDate.of(2012))).build()
        : m);
    return data.toBuilder().set(Family.MEMBERSHIPS, memberships).build();
  }
}
