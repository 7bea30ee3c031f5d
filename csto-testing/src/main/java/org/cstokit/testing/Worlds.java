package org.cstokit.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.cstokit.model.law.Instrument;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.source.Source;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.source.SourceKind;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Truth;
import org.quicktheories.core.Gen;

/**
 * Whole random data sets for the laws of the rules ("worlds"): the bundled states,
 * organizations, organs, instruments and articles, with CSTO membership histories drawn at random
 * ({@link Scenarios#membershipHistories}) for two to nine states and the signing date of the 2011
 * protocol on hosting non-members moved to a random date of random precision. The memberships
 * cite one source that speaks through 2040, and every family's horizon is the end of 2040, so
 * that only the drawn dates decide. Families the rules do not read (transfers, facilities,
 * exercises, forces, events, decisions, offices, tenures) are empty, which keeps a world quick
 * to build. Also: scans of a data set's raw membership records, for the expected values of
 * tests.
 */
public final class Worlds {
  private Worlds() {}

  /** The id of the 2011 protocol on hosting non-members, as the rules name it. */
  public static final InstrumentId BASING_PROTOCOL = org.cstokit.data.WellKnown.BASING_PROTOCOL;
  /** The first day worlds' questions are asked on (after the 2002 Charter). */
  public static final LocalDate FIRST_DAY = LocalDate.of(2003, 1, 1);
  /** The last day worlds' questions are asked on. */
  public static final LocalDate LAST_DAY = LocalDate.of(2035, 12, 31);
  /** The source every drawn membership cites. */
  public static final SourceId SOURCE = SourceId.of("csto-testing-world");

  private static final OrganizationId CSTO = OrganizationId.of("CSTO");

  /**
   * A random world.
   *
   * @param data the data set
   * @param members the states with at least one drawn CSTO membership
   * @param basingProtocol the signing date drawn for the 2011 protocol
   */
  public record World(Dataset data, Set<StateCode> members, PartialDate basingProtocol) {
    /**
     * Checks and copies the components.
     *
     * @param data the data set
     * @param members the drawn members
     * @param basingProtocol the protocol's date
     */
    public World {
      java.util.Objects.requireNonNull(data, "data");
      members = Set.copyOf(members);
      java.util.Objects.requireNonNull(basingProtocol, "basingProtocol");
    }

    /**
     * Whether a state is a CSTO member on a day, by a scan of the drawn periods.
     *
     * @param state the state
     * @param day the day
     * @return YES if a period certainly covers the day, NO if none possibly does, UNKNOWN otherwise
     */
    public Truth member(StateCode state, LocalDate day) {
      return Scenarios.member(data.memberships(), state, day);
    }

    /**
     * @param day a day
     * @return the states certainly CSTO members on the day, in code order
     */
    public Set<StateCode> certainMembers(LocalDate day) {
      Set<StateCode> out = new TreeSet<>();
      for (StateCode s : members) {
        if (member(s, day) == Truth.YES) {
          out.add(s);
        }
      }
      return out;
    }
  }

  /**
   * A decision of a body of members on one day of a world: the members certainly in the CSTO that
   * day and a complete vote profile over exactly them.
   *
   * @param world the world
   * @param day the day
   * @param members the members on the day
   * @param positions one position per member
   */
  public record Vote(World world, LocalDate day, Set<StateCode> members, Map<StateCode, Position> positions) {
    /**
     * Copies the components.
     *
     * @param world the world
     * @param day the day
     * @param members the members
     * @param positions the positions
     */
    public Vote {
      members = Set.copyOf(members);
      positions = Map.copyOf(positions);
    }
  }

  /**
   * Random worlds over the bundled data.
   *
   * @return the generator
   */
  public static Gen<World> worlds() {
    return worlds(CstoData.bundled());
  }

  /**
   * Random worlds over a base data set, whose states, organizations, organs, instruments and
   * articles they keep.
   *
   * @param base the base data set; it must hold the 2011 protocol ({@link #BASING_PROTOCOL})
   * @return the generator
   */
  public static Gen<World> worlds(Dataset base) {
    List<StateCode> states = base.states().stream().map(s -> s.id()).toList();
    if (states.size() < 2) {
      throw new IllegalArgumentException("base: a world needs at least two states, the data set has " + states.size());
    }
    return in -> {
      List<StateCode> pool = new ArrayList<>(states);
      List<StateCode> drawn = new ArrayList<>();
      int n = integers().between(2, Math.min(9, pool.size())).generate(in);
      for (int i = 0; i < n; i++) {
        drawn.add(pool.remove((int) integers().between(0, pool.size() - 1).generate(in)));
      }
      drawn.sort(null);
      List<Membership> memberships = Scenarios.membershipHistories(CSTO, drawn, SOURCE).generate(in);
      PartialDate protocol = Generators.partialDates(2005, 2020).generate(in);
      Dataset.Builder world = Dataset.builder("world")
          .set(Family.STATES, base.states()).set(Family.ORGANIZATIONS, base.organizations())
          .set(Family.ORGANS, base.organs()).set(Family.ARTICLES, base.articles())
          .set(Family.SOURCES, base.sources())
          .add(Family.SOURCES, Source.builder().id(SOURCE).title("A world drawn by a property test").publisher("csto-testing")
              .year(2040).knownAsOf(PartialDate.of(2040, 12)).kind(SourceKind.DATABASE).build())
          .set(Family.MEMBERSHIPS, memberships);
      List<Instrument> instruments = new ArrayList<>();
      boolean found = false;
      for (Instrument i : base.instruments()) {
        boolean protocolRecord = i.id().equals(BASING_PROTOCOL);
        found |= protocolRecord;
        instruments.add(protocolRecord ? Instrument.builder().from(i).signed(protocol).inForce(Optional.empty()).build() : i);
      }
      if (!found) {
        throw new IllegalArgumentException("base: the data set lacks the instrument " + BASING_PROTOCOL);
      }
      world.set(Family.INSTRUMENTS, instruments);
      for (Family<?> f : Family.values()) {
        if (f != Family.SOURCES) {
          world.horizon(f, PartialDate.of(2040, 12));
        }
      }
      return new World(world.build(), Set.copyOf(drawn), protocol);
    };
  }

  /**
   * Votes of the day's members in random worlds, on days when at least one state is a member.
   *
   * @return the generator
   */
  public static Gen<Vote> votes() {
    int days = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
    return in -> {
      while (true) {
        World w = worlds().generate(in);
        LocalDate day = FIRST_DAY.plusDays(integers().between(0, days).generate(in));
        Set<StateCode> members = w.certainMembers(day);
        if (!members.isEmpty()) {
          return new Vote(w, day, members, Scenarios.votes(new ArrayList<>(members)).generate(in));
        }
      }
    };
  }

  /**
   * The states whose CSTO membership is certain on a day, by a scan of a data set's raw records:
   * status MEMBER, a period that certainly covers the day, and a day no later than the last day
   * the record's citations speak for (their confirmation dates or their sources' horizons).
   *
   * @param data the data set
   * @param day the day
   * @return the states, in code order
   */
  public static Set<StateCode> certainMembers(Dataset data, LocalDate day) {
    return certainMembers(data, day, Set.of(CSTO));
  }

  /**
   * The states whose membership of any of some organizations is certain on a day, by the same
   * scan as {@link #certainMembers(Dataset, LocalDate)}: the parties to the Collective Security
   * Treaty, for instance, are the members of the CST or of the CSTO.
   *
   * @param data the data set
   * @param day the day
   * @param organizations the organizations
   * @return the states, in code order
   */
  public static Set<StateCode> certainMembers(Dataset data, LocalDate day, Set<OrganizationId> organizations) {
    Set<StateCode> out = new TreeSet<>();
    for (Membership m : data.memberships()) {
      if (!organizations.contains(m.organization()) || m.status() != MembershipStatus.MEMBER) {
        continue;
      }
      LocalDate last = LocalDate.MIN;
      for (Citation c : m.citations()) {
        LocalDate d = c.asOf().orElse(data.source(c.source()).knownAsOf()).earliest();
        last = d.isAfter(last) ? d : last;
      }
      if (m.period().contains(day) == Truth.YES && !day.isAfter(last)) {
        out.add(m.state());
      }
    }
    return out;
  }

  /**
   * The states of a data set with no membership of any status in the CST or the CSTO.
   *
   * @param data the data set
   * @return the states, in code order
   */
  public static Set<StateCode> neverMembers(Dataset data) {
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
