package org.cstokit.analytics.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.law.Instrument;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.Source;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.source.SourceKind;
import org.cstokit.model.testing.Generators;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Period;
import org.cstokit.model.time.Truth;
import org.quicktheories.core.Gen;

/**
 * Whole random data sets for the laws of the rules: the bundled states, organs and instruments,
 * with CSTO membership histories drawn at random (several states, one or two periods each, bounds
 * of every precision, some open) and the signing date of the 2011 basing protocol moved to a random
 * date of random precision. Memberships cite one source that speaks through 2040, and the
 * membership family's horizon is the end of 2040, so that only the drawn dates decide; the
 * families the rules do not read (transfers, facilities, exercises, events) are left empty. The rules
 * then meet member sets, uncertain days and protocol dates the bundled data never shows.
 */
public final class Worlds {
  private Worlds() {}

  /** The id of the 2011 protocol on hosting non-members, as the rules name it. */
  public static final RecordId BASING_PROTOCOL = RecordId.of("inst-2011-third-state-infrastructure-protocol");
  /** The first day the worlds' questions are asked on. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2003, 1, 1);
  /** The last day the worlds' questions are asked on. */
  public static final LocalDate LAST_DAY = LocalDate.of(2035, 12, 31);

  private static final Dataset BUNDLED = CstoData.bundled();
  private static final SourceId SOURCE = SourceId.of("test-world");
  /** The states memberships are drawn for: those the bundled data knows, in code order. */
  public static final List<StateCode> STATES = BUNDLED.states().stream().map(s -> s.id()).toList();

  /**
   * A random world.
   *
   * @param data the data set
   * @param members the states with at least one drawn CSTO membership
   * @param basingProtocol the signing date drawn for the 2011 protocol
   */
  public record World(Dataset data, Set<StateCode> members, PartialDate basingProtocol) {
    /**
     * Whether a state is a CSTO member on a day, by a scan of the drawn periods: YES if one
     * certainly covers the day, NO if none possibly does, UNKNOWN otherwise.
     *
     * @param state the state
     * @param day the day
     * @return the truth
     */
    public Truth member(StateCode state, LocalDate day) {
      Truth t = Truth.NO;
      for (Membership m : data.memberships()) {
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

    /**
     * @param day a day
     * @return the states certainly members on the day
     */
    public Set<StateCode> certainMembers(LocalDate day) {
      Set<StateCode> out = new TreeSet<>();
      STATES.forEach(s -> {
        if (member(s, day) == Truth.YES) {
          out.add(s);
        }
      });
      return out;
    }
  }

  /**
   * Random worlds.
   *
   * @return the generator
   */
  public static Gen<World> worlds() {
    return in -> {
      Source source = Source.builder().id(SOURCE).title("A world drawn by a property test").publisher("CSTO Kit tests")
          .year(2040).knownAsOf(PartialDate.of(2040, 12)).kind(SourceKind.DATABASE).build();
      List<StateCode> pool = new ArrayList<>(STATES);
      int n = integers().between(2, 9).generate(in);
      List<Membership> memberships = new ArrayList<>();
      Set<StateCode> members = new TreeSet<>();
      for (int i = 0; i < n; i++) {
        StateCode state = pool.remove((int) integers().between(0, pool.size() - 1).generate(in));
        members.add(state);
        int periods = integers().between(1, 2).generate(in);
        int from = 1995;
        for (int k = 0; k < periods && from <= 2033; k++) {
          PartialDate start = Generators.partialDates(from, 2033).generate(in);
          Period period = Period.from(start);
          if (integers().between(0, 2).generate(in) > 0) {
            PartialDate end = Generators.partialDates(start.year(), Math.min(2040, start.year() + 12)).generate(in);
            if (end.latest().isAfter(start.earliest())) {
              period = Period.of(start, end);
            }
          }
          memberships.add(Membership.builder().id(RecordId.of("mem-world-" + state.value().toLowerCase() + "-" + k))
              .state(state).organization(OrganizationId.of("CSTO")).status(MembershipStatus.MEMBER).period(period)
              .addCitations(Citation.of(SOURCE, "drawn")).build());
          from = period.end().map(e -> e.year() + 1).orElse(2034);
        }
      }
      PartialDate protocol = Generators.partialDates(2005, 2020).generate(in);
      // the families the rules read; the others stay empty, which keeps a world quick to build
      Map<Family, List<?>> records = new EnumMap<>(Family.class);
      for (Family f : List.of(Family.STATES, Family.ORGANIZATIONS, Family.ORGANS, Family.ARTICLES)) {
        records.put(f, BUNDLED.records(f));
      }
      List<Object> sources = new ArrayList<>(BUNDLED.sources());
      sources.add(source);
      records.put(Family.SOURCES, sources);
      records.put(Family.MEMBERSHIPS, memberships);
      List<Object> instruments = new ArrayList<>();
      for (Instrument i : BUNDLED.instruments()) {
        instruments.add(i.id().equals(BASING_PROTOCOL)
            ? Instrument.builder().from(i).signed(protocol).inForce(java.util.Optional.empty()).build() : i);
      }
      records.put(Family.INSTRUMENTS, instruments);
      Map<Family, PartialDate> horizons = new EnumMap<>(Family.class);
      for (Family f : Family.values()) {
        if (f != Family.SOURCES) {
          horizons.put(f, PartialDate.of(2040, 12));
        }
      }
      return new World(Dataset.of("world", records, horizons), members, protocol);
    };
  }
}
