package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.source.Citation;
import org.cstokit.model.time.Truth;

/**
 * Answers the rules' premises by scanning the raw records, without the rules' helpers or the
 * data set's indexes, so that a test's expected values do not come from the code under test.
 */
final class Oracles {
  private Oracles() {}

  /**
   * The states whose membership of one of the organizations is certain on the day: status MEMBER,
   * a period that certainly covers the day, and a day no later than the last day its citations
   * speak for (the source's horizon or the citation's own confirmation date).
   */
  static Set<StateCode> certainMembers(Dataset data, LocalDate date, String... organizations) {
    Set<String> orgs = Set.of(organizations);
    Set<StateCode> out = new TreeSet<>();
    for (Membership m : data.memberships()) {
      if (!orgs.contains(m.organization().value()) || m.status() != MembershipStatus.MEMBER) {
        continue;
      }
      LocalDate last = LocalDate.MIN;
      for (Citation c : m.citations()) {
        LocalDate d = c.asOf().orElse(data.source(c.source()).knownAsOf()).earliest();
        last = d.isAfter(last) ? d : last;
      }
      if (m.period().contains(date) == Truth.YES && !date.isAfter(last)) {
        out.add(m.state());
      }
    }
    return out;
  }

  /** The states that have no membership record of any status in the CST or the CSTO. */
  static Set<StateCode> neverMembers(Dataset data) {
    Set<StateCode> out = new TreeSet<>();
    data.states().forEach(s -> out.add(s.id()));
    for (Membership m : data.memberships()) {
      String org = m.organization().value();
      if (org.equals("CSTO") || org.equals("CST")) {
        out.remove(m.state());
      }
    }
    return out;
  }
}
