package org.cstokit.analytics.facilities;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableTable;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.cstokit.analytics.table.Figures;
import org.cstokit.analytics.table.Total;
import org.cstokit.data.Dataset;
import org.cstokit.data.Snapshot;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.law.Instrument;
import org.cstokit.model.military.Facility;
import org.cstokit.model.military.FacilityStatus;
import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.YearSpan;

/**
 * Aggregates of military facilities, each a pure function of a {@link Dataset} returning an
 * immutable result, keyed where it groups. Personnel sums take one figure per facility (the
 * largest stated, see {@link Figures}) and count facilities without one as unknown inputs.
 */
public final class Facilities {
  /** The CSTO, the organization of {@link #ofNonMembers} in the usual question. */
  public static final OrganizationId CSTO = OrganizationId.of("CSTO");
  /** The unit of personnel totals. */
  public static final String PERSONNEL = "personnel";
  /** The day of the year on which {@link #foreignPresence} takes its counts: 31 December. */
  public static final MonthDay SAMPLE_DAY = MonthDay.of(Month.DECEMBER, 31);

  private Facilities() {}

  /**
   * Facilities by host state.
   *
   * @param data the data set
   * @return the group of each host, by code
   */
  public static ImmutableSortedMap<StateCode, FacilityGroup> byHost(Dataset data) {
    return group(data, Facility::host);
  }

  /**
   * Facilities by operating state.
   *
   * @param data the data set
   * @return the group of each operator, by code
   */
  public static ImmutableSortedMap<StateCode, FacilityGroup> byOperator(Dataset data) {
    return group(data, Facility::operator);
  }

  private static ImmutableSortedMap<StateCode, FacilityGroup> group(Dataset data, Function<Facility, StateCode> key) {
    TreeMap<StateCode, List<Facility>> groups = new TreeMap<>();
    data.facilities().forEach(f -> groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
    ImmutableSortedMap.Builder<StateCode, FacilityGroup> rows = ImmutableSortedMap.naturalOrder();
    groups.forEach((state, fs) -> rows.put(state, new FacilityGroup(state, fs.size(),
        (int) fs.stream().filter(f -> f.status() == FacilityStatus.OPERATING).count(),
        (int) fs.stream().filter(Facility::isForeign).count(), personnel(fs))));
    return rows.build();
  }

  /**
   * The personnel of some facilities: one figure each (the largest stated), as {@code personnel}.
   *
   * @param facilities the facilities
   * @return the total
   */
  public static Total personnel(List<Facility> facilities) {
    return Total.sum(PERSONNEL, facilities.stream().map(f -> Figures.largest(f.personnel()))::iterator);
  }

  /**
   * Facilities whose lease, or failing that one of the instruments they rest on, expires in or
   * before a year: by expiry (earliest first), then facility id. An expiry known only to the year
   * (or month) counts in that year.
   *
   * @param data the data set
   * @param year the last year, included
   * @return the facilities whose basis ends by the end of that year
   */
  public static ImmutableList<LeaseEnding> leasesEndingBy(Dataset data, Year year) {
    List<LeaseEnding> rows = new ArrayList<>();
    for (Facility f : data.facilities()) {
      expiry(data, f).filter(e -> e.expires().year() <= year.getValue()).ifPresent(rows::add);
    }
    rows.sort(Comparator.comparing(LeaseEnding::expires).thenComparing(LeaseEnding::facility));
    return ImmutableList.copyOf(rows);
  }

  /**
   * When a facility's basis expires: the lease's expiry if given, else the earliest expiry of the
   * instruments it rests on (the first listed on a tie).
   *
   * @param data the data set
   * @param f the facility
   * @return the expiry with its basis, or empty when nothing says
   */
  public static Optional<LeaseEnding> expiry(Dataset data, Facility f) {
    Optional<PartialDate> lease = f.lease().flatMap(l -> l.expires());
    if (lease.isPresent()) {
      return Optional.of(new LeaseEnding(f.id(), f.name(), f.host(), f.operator(), lease.get(), ExpiryBasis.LEASE,
          Optional.empty()));
    }
    Instrument earliest = null;
    for (InstrumentId id : f.legalBasis()) {
      Optional<Instrument> i = data.find(id).filter(x -> x.expires().isPresent());
      if (i.isPresent() && (earliest == null || i.get().expires().get().compareTo(earliest.expires().get()) < 0)) {
        earliest = i.get();
      }
    }
    return Optional.ofNullable(earliest).map(i -> new LeaseEnding(f.id(), f.name(), f.host(), f.operator(),
        i.expires().get(), ExpiryBasis.INSTRUMENT, Optional.of(i.id())));
  }

  /**
   * Facilities whose operator is not certainly a member of an organization on a day (its
   * membership {@code NO} or {@code UNKNOWN}), whatever their status, with the host's membership
   * and whether the facility is in operation that day. The usual organization is {@link #CSTO}.
   *
   * @param data the data set
   * @param organization the organization, usually {@link #CSTO}
   * @param date the day
   * @return rows by facility id
   */
  public static ImmutableList<NonMemberFacility> ofNonMembers(Dataset data, OrganizationId organization,
      LocalDate date) {
    Snapshot snapshot = data.asOf(date);
    ImmutableList.Builder<NonMemberFacility> rows = ImmutableList.builder();
    for (Facility f : data.facilities()) {
      Truth operator = snapshot.isMember(organization, f.operator());
      if (operator != Truth.YES) {
        rows.add(new NonMemberFacility(f.id(), f.name(), f.host(), f.operator(), f.status(),
            snapshot.isMember(organization, f.host()), operator, inOperation(data, f, date)));
      }
    }
    return rows.build();
  }

  /**
   * Whether a facility is in operation on a day, as {@link Snapshot#facilities()} answers: its
   * period's answer up to the horizon of its sources and {@code UNKNOWN} after it, {@code NO} for
   * proposed and refused facilities, {@code UNKNOWN} when the record gives no period.
   *
   * @param data the data set that holds the facility
   * @param f the facility
   * @param date the day
   * @return YES, NO or UNKNOWN
   */
  public static Truth inOperation(Dataset data, Facility f, LocalDate date) {
    return data.span(f).map(s -> s.truth(date)).orElse(Truth.NO);
  }

  /**
   * The foreign military presence per host, counted on 31 December ({@link #SAMPLE_DAY}) of each
   * year of a span, both ends included: foreign facilities (operator not the host; not proposed
   * or refused) certainly and possibly in operation that day, and how many of the host's foreign
   * facilities give no period at all. An undated facility is possibly in operation in every year
   * (it is counted in {@code possible}), and a facility its sources leave open is certain only up
   * to their horizon.
   *
   * @param data the data set
   * @param years the years, both ends included
   * @return one cell per host that has a foreign facility and year: rows by host code, columns
   *     by year
   */
  public static ImmutableTable<StateCode, Year, Presence> foreignPresence(Dataset data, YearSpan years) {
    TreeSet<StateCode> hosts = new TreeSet<>();
    TreeMap<StateCode, Integer> undated = new TreeMap<>();
    for (Facility f : data.facilities()) {
      if (isPresence(f)) {
        hosts.add(f.host());
        undated.merge(f.host(), data.undatedFacilities().contains(f) ? 1 : 0, Integer::sum);
      }
    }
    TreeMap<StateCode, int[][]> counts = new TreeMap<>();
    hosts.forEach(h -> counts.put(h, new int[years.length()][2]));
    for (int i = 0; i < years.length(); i++) {
      Snapshot s = data.asOf(Year.of(years.first() + i).atMonthDay(SAMPLE_DAY));
      for (Map.Entry<Facility, Truth> e : s.facilities().entrySet()) {
        Facility f = e.getKey();
        if (isPresence(f)) {
          int[] c = counts.get(f.host())[i];
          c[0] += e.getValue() == Truth.YES ? 1 : 0;
          c[1] += 1;
        }
      }
    }
    ImmutableTable.Builder<StateCode, Year, Presence> table = ImmutableTable.builder();
    counts.forEach((host, c) -> {
      for (int i = 0; i < c.length; i++) {
        Year year = Year.of(years.first() + i);
        table.put(host, year, new Presence(host, year, c[i][0], c[i][1], undated.get(host)));
      }
    });
    return table.build();
  }

  private static boolean isPresence(Facility f) {
    return f.isForeign() && !f.status().isProposalOnly();
  }
}
