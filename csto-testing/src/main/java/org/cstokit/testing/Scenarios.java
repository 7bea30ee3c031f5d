package org.cstokit.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import org.cstokit.model.source.MembershipId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Period;
import org.cstokit.model.time.Truth;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of the situations charter rules are about: vote profiles over a member set, basing
 * proposals with objections and consents drawn from the members of the day, and membership
 * histories. Each draws the interesting cases often (every member consenting, one member
 * objecting) instead of leaving them to chance.
 */
public final class Scenarios {
  private Scenarios() {}

  /**
   * Complete vote profiles: one position for every member, each of the five positions possible.
   *
   * @param members the members of the organ
   * @return the generator; the maps keep the members' order
   */
  public static Gen<Map<StateCode, Position>> votes(List<StateCode> members) {
    List<StateCode> copy = List.copyOf(members);
    return in -> {
      Map<StateCode, Position> out = new LinkedHashMap<>();
      int shape = integers().between(0, 3).generate(in);
      for (StateCode s : copy) {
        // a quarter of the profiles are unanimous support, so that adoption is reached often
        out.put(s, shape == 0 ? Position.SUPPORT : position(in));
      }
      return out;
    };
  }

  /**
   * Vote profiles in which some members' positions are not (yet) known.
   *
   * @param members the members of the organ
   * @return the generator; at least one member has no position when there are members
   */
  public static Gen<Map<StateCode, Position>> partialVotes(List<StateCode> members) {
    List<StateCode> copy = List.copyOf(members);
    return in -> {
      Map<StateCode, Position> out = new LinkedHashMap<>();
      if (copy.isEmpty()) {
        return out;
      }
      int missing = integers().between(0, copy.size() - 1).generate(in);
      for (int i = 0; i < copy.size(); i++) {
        if (i != missing && integers().between(0, 3).generate(in) > 0) {
          out.put(copy.get(i), position(in));
        }
      }
      return out;
    };
  }

  private static Position position(RandomnessSource in) {
    Position[] all = Position.values();
    return all[integers().between(0, all.length - 1).generate(in)];
  }

  /**
   * A proposal to host a state's forces: the host, the guest, the day, the members that object
   * and those that consent. Immutable; the sets never overlap.
   *
   * @param host the host state
   * @param guest the state whose forces would be hosted
   * @param date the day of the decision
   * @param objections the states that object
   * @param consents the states that consent
   * @param otherMembers the states certainly members on the day, other than the host
   */
  public record BasingProposal(StateCode host, StateCode guest, LocalDate date, Set<StateCode> objections,
      Set<StateCode> consents, Set<StateCode> otherMembers) {
    /**
     * Checks and copies the components.
     *
     * @param host the host
     * @param guest the guest
     * @param date the day
     * @param objections who objects
     * @param consents who consents
     * @param otherMembers the other members
     */
    public BasingProposal {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(guest, "guest");
      Objects.requireNonNull(date, "date");
      objections = Set.copyOf(new TreeSet<>(objections));
      consents = Set.copyOf(new TreeSet<>(consents));
      otherMembers = Set.copyOf(new TreeSet<>(otherMembers));
      for (StateCode s : objections) {
        if (consents.contains(s)) {
          throw new IllegalArgumentException("objections: " + s + " also consents");
        }
      }
    }

    /** @return whether a member other than the host objects */
    public boolean aMemberObjects() {
      return objections.stream().anyMatch(otherMembers::contains);
    }

    /** @return whether every other member consents */
    public boolean everyMemberConsents() {
      return consents.containsAll(otherMembers);
    }
  }

  /**
   * Proposals of a member hosting a non-member's forces, on days from {@code first} to the
   * membership data's horizon: the host is a state whose membership the data set makes certain
   * on the day, the guest a state with no CSTO or CST membership at all; objections are none or
   * drawn from the other members (a quarter of the time with a non-member among them), and
   * consents are none, all the other members, or an even-odds subset of them.
   *
   * @param data the data set
   * @param first the first day
   * @return the generator
   * @throws IllegalArgumentException if no state is certainly a member on some drawn day, or no
   *     state of the data set has ever been outside the CSTO
   */
  public static Gen<BasingProposal> basingProposals(Dataset data, LocalDate first) {
    LocalDate last = data.horizon(Family.MEMBERSHIPS);
    int days = (int) ChronoUnit.DAYS.between(first, last);
    List<StateCode> outsiders = new ArrayList<>(Worlds.neverMembers(data));
    if (days < 0 || outsiders.isEmpty()) {
      throw new IllegalArgumentException("first: " + first + " lies after the membership horizon " + last
          + ", or every state of the data set has been a member");
    }
    return in -> {
      LocalDate date = first.plusDays(integers().between(0, days).generate(in));
      List<StateCode> members = new ArrayList<>(Worlds.certainMembers(data, date));
      if (members.isEmpty()) {
        throw new IllegalArgumentException("no state is certainly a CSTO member on " + date);
      }
      StateCode host = pick(members, in);
      Set<StateCode> others = new TreeSet<>(members);
      others.remove(host);
      List<StateCode> otherList = new ArrayList<>(others);
      Set<StateCode> objections = integers().between(0, 1).generate(in) == 0 ? new TreeSet<>() : subset(otherList, in);
      if (integers().between(0, 3).generate(in) == 0) {
        objections.add(pick(outsiders, in));
      }
      Set<StateCode> consents = subset(otherList, in);
      consents.removeAll(objections);
      return new BasingProposal(host, pick(outsiders, in), date, objections, consents, others);
    };
  }

  /**
   * Membership histories of one organization: for each of the given states one or two
   * successive MEMBER periods between 1992 and 2040, with bounds of every precision, the last
   * one open a third of the time. Each record cites {@code source}.
   *
   * @param organization the organization
   * @param states the states to draw histories for (each gets at least one period)
   * @param source the source the records cite
   * @return the generator; records in state order, ids {@code mem-<org>-<state>-<k>}
   */
  public static Gen<List<Membership>> membershipHistories(OrganizationId organization, List<StateCode> states,
      SourceId source) {
    List<StateCode> copy = List.copyOf(states);
    return in -> {
      List<Membership> out = new ArrayList<>();
      for (StateCode state : copy) {
        int periods = integers().between(1, 2).generate(in);
        int from = 1992;
        for (int k = 0; k < periods && from <= 2035; k++) {
          PartialDate start = Generators.partialDates(from, 2035).generate(in);
          Period period = Period.from(start);
          if (integers().between(0, 2).generate(in) > 0) {
            PartialDate end = Generators.partialDates(start.year(), Math.min(2040, start.year() + 12)).generate(in);
            if (end.latest().isAfter(start.earliest())) {
              period = Period.of(start, end);
            }
          }
          out.add(Membership.builder()
              .id(MembershipId.of("mem-" + organization.value().toLowerCase() + "-" + state.value().toLowerCase() + "-" + k))
              .state(state).organization(organization).status(MembershipStatus.MEMBER).period(period)
              .addCitations(Citation.of(source, "generated")).build());
          from = period.end().map(e -> e.year() + 1).orElse(2036);
        }
      }
      return out;
    };
  }

  static StateCode pick(List<StateCode> from, RandomnessSource in) {
    return from.get(integers().between(0, from.size() - 1).generate(in));
  }

  /** Empty, all of it, or each element at even odds, a third of the time each. */
  static Set<StateCode> subset(List<StateCode> from, RandomnessSource in) {
    int shape = integers().between(0, 2).generate(in);
    Set<StateCode> out = new TreeSet<>();
    for (StateCode s : from) {
      if (shape == 1 || (shape == 2 && integers().between(0, 1).generate(in) == 1)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Whether a membership of a data set is certain on a day, by a scan of its MEMBER records.
   *
   * @param memberships the records
   * @param state the state
   * @param day the day
   * @return YES if a period certainly covers the day, NO if none possibly does, UNKNOWN otherwise
   */
  static Truth member(List<Membership> memberships, StateCode state, LocalDate day) {
    Truth t = Truth.NO;
    for (Membership m : memberships) {
      if (m.state().equals(state) && m.status() == MembershipStatus.MEMBER) {
        Truth c = m.period().contains(day);
        if (c == Truth.YES) {
          return Truth.YES;
        }
        if (c == Truth.UNKNOWN) {
          t = Truth.UNKNOWN;
        }
      }
    }
    return t;
  }
}
