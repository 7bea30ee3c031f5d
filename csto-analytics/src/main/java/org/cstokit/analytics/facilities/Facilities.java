package org.cstokit.analytics.facilities;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
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
import org.cstokit.model.source.RecordId;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Truth;

/**
 * Aggregates of military facilities, each a pure function of a {@link Dataset} returning an
 * immutable table in a fixed order. Personnel sums take one figure per facility (the largest
 * stated, see {@link Figures}) and count facilities without one as unknown inputs.
 */
public final class Facilities {
  /** The CSTO, the default organization of membership questions. */
  public static final OrganizationId CSTO = OrganizationId.of("CSTO");
  /** The unit of personnel totals. */
  public static final String PERSONNEL = "personnel";

  private Facilities() {}

  /**
   * Facilities by host state.
   *
   * @param data the data set
   * @return one row per host, by code
   */
  public static ImmutableList<FacilityGroup> byHost(Dataset data) {
    return group(data, Facility::host);
  }

  /**
   * Facilities by operating state.
   *
   * @param data the data set
   * @return one row per operator, by code
   */
  public static ImmutableList<FacilityGroup> byOperator(Dataset data) {
    return group(data, Facility::operator);
  }

  private static ImmutableList<FacilityGroup> group(Dataset data, Function<Facility, StateCode> key) {
    TreeMap<StateCode, List<Facility>> groups = new TreeMap<>();
    data.facilities().forEach(f -> groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
    ImmutableList.Builder<FacilityGroup> rows = ImmutableList.builder();
    groups.forEach((state, fs) -> rows.add(new FacilityGroup(state, fs.size(),
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
   * counts in that year.
   *
   * @param data the data set
   * @param year the last year
   * @return the facilities whose basis ends by then
   */
  public static ImmutableList<LeaseEnding> leasesEndingBy(Dataset data, int year) {
    List<LeaseEnding> rows = new ArrayList<>();
    for (Facility f : data.facilities()) {
      expiry(data, f).filter(e -> e.expires().year() <= year).ifPresent(rows::add);
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
      return Optional.of(new LeaseEnding(f.id(), f.name(), f.host(), f.operator(), lease.get(), "lease"));
    }
    Instrument earliest = null;
    for (InstrumentId id : f.legalBasis()) {
      Optional<Instrument> i = data.find(id).filter(x -> x.expires().isPresent());
      if (i.isPresent() && (earliest == null || i.get().expires().get().compareTo(earliest.expires().get()) < 0)) {
        earliest = i.get();
      }
    }
    return Optional.ofNullable(earliest).map(i ->
        new LeaseEnding(f.id(), f.name(), f.host(), f.operator(), i.expires().get(), i.id().value()));
  }

  /**
   * Facilities whose operator is not certainly a CSTO member on a day.
   *
   * @param data the data set
   * @param date the day
   * @return rows by facility id
   */
  public static ImmutableList<NonMemberFacility> ofNonMembers(Dataset data, LocalDate date) {
    return ofNonMembers(data, CSTO, date);
  }

  /**
   * Facilities whose operator is not certainly a member of an organization on a day (its
   * membership {@code NO} or {@code UNKNOWN}), whatever their status, with the host's membership
   * and whether the facility is in operation that day.
   *
   * @param data the data set
   * @param organization the organization
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
   * The foreign military presence per host on December 31st of each year of a range: foreign
   * facilities (operator not the host; not proposed or refused) certainly and possibly in
   * operation, and how many of the host's foreign facilities give no period at all. An undated
   * facility is possibly in operation in every year (it is counted in {@code possible}), and a
   * facility its sources leave open is certain only up to their horizon.
   *
   * @param data the data set
   * @param fromYear the first year
   * @param toYear the last year, not before {@code fromYear}
   * @return rows by host code, then year
   * @throws IllegalArgumentException if the range is the wrong way round
   */
  public static ImmutableList<Presence> foreignPresence(Dataset data, int fromYear, int toYear) {
    if (toYear < fromYear) {
      throw new IllegalArgumentException("toYear: " + toYear + " is before fromYear " + fromYear);
    }
    TreeSet<StateCode> hosts = new TreeSet<>();
    TreeMap<StateCode, Integer> undated = new TreeMap<>();
    for (Facility f : data.facilities()) {
      if (isPresence(f)) {
        hosts.add(f.host());
        undated.merge(f.host(), data.undatedFacilities().contains(f) ? 1 : 0, Integer::sum);
      }
    }
    TreeMap<StateCode, int[][]> counts = new TreeMap<>();
    hosts.forEach(h -> counts.put(h, new int[toYear - fromYear + 1][2]));
    for (int year = fromYear; year <= toYear; year++) {
      Snapshot s = data.asOf(LocalDate.of(year, 12, 31));
      for (Map.Entry<Facility, Truth> e : s.facilities().entrySet()) {
        Facility f = e.getKey();
        if (isPresence(f)) {
          int[] c = counts.get(f.host())[year - fromYear];
          c[0] += e.getValue() == Truth.YES ? 1 : 0;
          c[1] += 1;
        }
      }
    }
    ImmutableList.Builder<Presence> rows = ImmutableList.builder();
    counts.forEach((host, c) -> {
      for (int i = 0; i < c.length; i++) {
        rows.add(new Presence(host, fromYear + i, c[i][0], c[i][1], undated.get(host)));
      }
    });
    return rows.build();
  }

  private static boolean isPresence(Facility f) {
    return f.isForeign() && !f.status().isProposalOnly();
  }
}
