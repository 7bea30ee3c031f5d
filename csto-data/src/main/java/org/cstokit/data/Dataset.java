package org.cstokit.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.cstokit.model.time.TruthMap;
import org.cstokit.model.membership.MembershipStatus;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.actor.Organization;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.Person;
import org.cstokit.model.actor.State;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Decision;
import org.cstokit.model.event.Event;
import org.cstokit.model.institution.Office;
import org.cstokit.model.institution.RotationRule;
import org.cstokit.model.institution.Tenure;
import org.cstokit.model.law.Article;
import org.cstokit.model.law.Instrument;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.military.CollectiveForce;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.military.Facility;
import org.cstokit.model.military.Operation;
import org.cstokit.model.military.Strength;
import org.cstokit.model.military.UnitContribution;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.Source;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.source.TypedId;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Span;
import org.cstokit.model.time.Truth;
import org.cstokit.model.transfer.ArmsTransfer;

/**
 * A validated, immutable data set: every family's records sorted by id, lookups by id
 * ({@code find} returns an {@code Optional}, {@code get} throws {@link UnknownEntityException}),
 * and time slices ({@link #asOf(LocalDate)}) answered from sorted interval indexes. Obtain the
 * bundled one from {@link CstoData#bundled()}, others from {@link DataLoader}. Immutable and
 * thread-safe.
 */
public final class Dataset {
  private final String dataVersion;
  private final ImmutableMap<Family<?>, ImmutableList<?>> records;
  /** The facts by id: an open-addressing table, a fact's slot found from its id's hash ({@link #fact(String)}). */
  private final Fact[] byId;
  /** The map {@link #facts()} hands out, built on first use. */
  private volatile ImmutableMap<String, Fact> facts;
  private final ImmutableMap<SourceId, Source> sources;
  private final TimeIndex<Membership> membershipIndex;
  /**
   * Per segment of the membership index: the states of each organization by status, with their
   * truth; each built on the first query that reaches its segment, as the segments are.
   */
  private final AtomicReferenceArray<ImmutableMap<OrganizationId, ImmutableMap<MembershipStatus, TruthMap<StateCode>>>> statuses;
  private final TimeIndex<Tenure> tenureIndex;
  private final TimeIndex<Facility> facilityIndex;
  private final TimeIndex<Instrument> instrumentIndex;
  private final ImmutableMap<Family<?>, PartialDate> declaredHorizons;
  private final ImmutableMap<Family<?>, LocalDate> horizons;
  private final ImmutableList<Facility> undatedFacilities;
  private final ImmutableList<Instrument> undatedInstruments;

  Dataset(String dataVersion, Map<Family<?>, ? extends List<?>> byFamily) {
    this(dataVersion, byFamily, Map.of());
  }

  Dataset(String dataVersion, Map<Family<?>, ? extends List<?>> byFamily, Map<Family<?>, PartialDate> declared) {
    this.dataVersion = dataVersion;
    // loops rather than streams and lambdas here: a data set is built on every cold start, where
    // each lambda call site costs its first use a bootstrap (about 0.3 ms on two cores)
    ImmutableMap.Builder<Family<?>, ImmutableList<?>> sorted = ImmutableMap.builder();
    int total = 0;
    for (Family<?> f : Family.values()) {
      List<?> list = byFamily.containsKey(f) ? byFamily.get(f) : List.of();
      total += list.size();
      Class<?> type = f == Family.SOURCES ? Source.class : Fact.class;
      ImmutableList.Builder<Object> checked = ImmutableList.builderWithExpectedSize(list.size());
      for (Object o : list) {
        checked.add(type.cast(o));
      }
      sorted.put(f, byId(checked.build()));
    }
    this.records = sorted.buildOrThrow();
    ImmutableMap.Builder<SourceId, Source> sourcesById = ImmutableMap.builder();
    for (Source source : sources()) {
      sourcesById.put(source.id(), source);
    }
    this.sources = sourcesById.buildOrThrow();
    // the facts by id in an open-addressing table of the facts themselves (a fact holds its id):
    // some 8 bytes a fact where a map of entries took about 37; the map of facts() is built when
    // first asked. The day a fact is known through is computed from its citations when asked (a
    // few lookups), not held per fact
    int facts = total - records.get(Family.SOURCES).size();
    Fact[] table = new Fact[Math.max(2, Integer.highestOneBit(Math.max(1, facts)) * 4)];
    int mask = table.length - 1;
    for (Family<?> f : Family.values()) {
      if (f != Family.SOURCES) {
        for (Object o : records.get(f)) {
          Fact r = (Fact) o;
          String id = r.id().value();
          int slot = spread(id.hashCode()) & mask;
          while (table[slot] != null) {
            if (table[slot].id().value().equals(id)) {
              throw new IllegalArgumentException("records: id " + id + " repeats (in " + f + ")");
            }
            slot = (slot + 1) & mask;
          }
          table[slot] = r;
        }
      }
    }
    this.byId = table;
    this.declaredHorizons = ImmutableMap.copyOf(declared);
    Map<Family<?>, LocalDate> horizons = new TreeMap<>();
    LocalDate latestSource = null;
    for (Source source : sources()) {
      latestSource = latest(latestSource, source.horizonDay());
    }
    for (Family<?> f : Family.values()) {
      if (f == Family.SOURCES) {
        continue;
      }
      LocalDate horizon = null;
      if (declared.containsKey(f)) {
        horizon = declared.get(f).earliest();
      } else {
        for (Fact r : this.<Fact>family(f)) {
          horizon = latest(horizon, knownThrough(r.citations(), this.sources));
        }
      }
      horizons.put(f, horizon != null ? horizon : latestSource != null ? latestSource : LocalDate.MAX);
    }
    this.horizons = ImmutableMap.copyOf(horizons);
    this.membershipIndex = TimeIndex.ofSpans(memberships(), this::span);
    this.statuses = new AtomicReferenceArray<>(membershipIndex.segmentCount());
    this.tenureIndex = TimeIndex.ofSpans(tenures(), this::span);
    List<Facility> operated = new ArrayList<>();
    ImmutableList.Builder<Facility> undatedFacilities = ImmutableList.builder();
    for (Facility f : facilities()) {
      if (!f.status().isProposalOnly()) {
        operated.add(f);
        if (f.operatingPeriod().isEmpty()) {
          undatedFacilities.add(f);
        }
      }
    }
    this.facilityIndex = TimeIndex.ofSpans(operated, this::facilitySpan);
    List<Instrument> inForce = new ArrayList<>();
    ImmutableList.Builder<Instrument> undatedInstruments = ImmutableList.builder();
    for (Instrument i : instruments()) {
      if (i.kind().canBeInForce()) {
        inForce.add(i);
        if (i.inForcePeriod().isEmpty()) {
          undatedInstruments.add(i);
        }
      }
    }
    this.instrumentIndex = TimeIndex.ofSpans(inForce, this::instrumentSpan);
    this.undatedFacilities = undatedFacilities.build();
    this.undatedInstruments = undatedInstruments.build();
  }

  /** The later of two days, either of which may be null (none yet). */
  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  private Span facilitySpan(Facility f) {
    return span(f).get();
  }

  private Span instrumentSpan(Instrument i) {
    return span(i).get();
  }

  /** The states of each organization by status in one segment, computed once so that a snapshot hands them out. */
  private static ImmutableMap<OrganizationId, ImmutableMap<MembershipStatus, TruthMap<StateCode>>> byStatus(
      TruthMap<Membership> segment) {
    Map<OrganizationId, Map<MembershipStatus, TreeMap<StateCode, Truth>>> out = new TreeMap<>();
    for (Map.Entry<Membership, Truth> e : segment.entrySet()) {
      Membership m = e.getKey();
      Map<MembershipStatus, TreeMap<StateCode, Truth>> byStatus = out.get(m.organization());
      if (byStatus == null) {
        byStatus = new java.util.EnumMap<>(MembershipStatus.class);
        out.put(m.organization(), byStatus);
      }
      TreeMap<StateCode, Truth> states = byStatus.get(m.status());
      if (states == null) {
        states = new TreeMap<>();
        byStatus.put(m.status(), states);
      }
      Truth before = states.get(m.state());
      states.put(m.state(), before == null ? e.getValue() : before.or(e.getValue()));
    }
    ImmutableMap.Builder<OrganizationId, ImmutableMap<MembershipStatus, TruthMap<StateCode>>> b = ImmutableMap.builder();
    for (Map.Entry<OrganizationId, Map<MembershipStatus, TreeMap<StateCode, Truth>>> o : out.entrySet()) {
      ImmutableMap.Builder<MembershipStatus, TruthMap<StateCode>> inner = ImmutableMap.builder();
      for (Map.Entry<MembershipStatus, TreeMap<StateCode, Truth>> st : o.getValue().entrySet()) {
        inner.put(st.getKey(), TruthMap.copyOf(st.getValue()));
      }
      b.put(o.getKey(), inner.buildOrThrow());
    }
    return b.buildOrThrow();
  }

  /** The records sorted by id; a list already in order (as data files are written) is kept as it is. */
  private static ImmutableList<Object> byId(ImmutableList<Object> records) {
    for (int i = 1; i < records.size(); i++) {
      if (idOf(records.get(i - 1)).compareTo(idOf(records.get(i))) > 0) {
        return ImmutableList.sortedCopyOf(Comparator.comparing(Dataset::idOf), records);
      }
    }
    return records;
  }

  /** The id of a source or a fact. */
  private static String idOf(Object record) {
    return record instanceof Source s ? s.id().value() : ((Fact) record).id().value();
  }

  /** The last day the citations speak for: the latest of their confirmation dates or sources' horizons. */
  private static LocalDate knownThrough(List<Citation> citations, Map<SourceId, Source> sources) {
    LocalDate best = null;
    boolean unresolved = false;
    for (Citation c : citations) {
      Source s = sources.get(c.source());
      if (s == null) {
        unresolved = true;
        continue;
      }
      LocalDate d = c.asOf().map(PartialDate::earliest).orElse(s.horizonDay());
      best = best == null || d.isAfter(best) ? d : best;
    }
    return best != null ? best : unresolved ? LocalDate.MAX : LocalDate.MIN;
  }

  /**
   * Builds a data set from records held in memory, for callers that assemble data
   * programmatically (tests of aggregates over generated data, say). Each family's records must
   * be of the family's record type and ids must be unique; the loader's cross-record checks
   * (references, citations, overlapping memberships) are not run — use {@link DataLoader} for
   * data files.
   *
   * @param dataVersion a version label
   * @param records records per family; missing families are empty
   * @return the data set
   * @throws IllegalArgumentException naming the family and record if a record has the wrong type
   *     or an id repeats
   */
  public static Dataset of(String dataVersion, Map<Family<?>, ? extends List<?>> records) {
    return of(dataVersion, records, Map.of());
  }

  private static Dataset of(String dataVersion, Map<Family<?>, ? extends List<?>> records,
      Map<Family<?>, PartialDate> horizons) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Map.Entry<Family<?>, ? extends List<?>> e : records.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new IllegalArgumentException("records: a null family or list (" + e.getKey() + ")");
      }
      int index = 0;
      for (Object r : e.getValue()) {
        if (r == null) {
          throw new IllegalArgumentException("records: " + e.getKey() + " holds null at index " + index);
        }
        index++;
        if (!e.getKey().recordType().isInstance(r)) {
          throw new IllegalArgumentException("records: " + e.getKey() + " holds a " + r.getClass().getSimpleName());
        }
        String id = r instanceof Source ? "source:" + ((Source) r).id().value() : ((Fact) r).id().value();
        if (!ids.add(id)) {
          throw new IllegalArgumentException("records: id " + id + " repeats (in " + e.getKey() + ")");
        }
      }
    }
    Map<Family<?>, List<?>> byFamily = new TreeMap<>();
    byFamily.putAll(records);
    return new Dataset(dataVersion, byFamily, horizons);
  }

  /**
   * Starts an empty data set.
   *
   * @param dataVersion a version label
   * @return a builder with no records
   */
  public static Builder builder(String dataVersion) {
    return new Builder(dataVersion);
  }

  /**
   * Starts a data set holding this one's records, data version and declared horizons: the way to
   * ask "what if" (what if Kazakhstan had objected, what if Uzbekistan had never left) without
   * copying every family by hand. This data set is unchanged.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(dataVersion);
    for (Family<?> f : Family.values()) {
      b.records.put(f, new ArrayList<>(records.get(f)));
      declaredHorizon(f).ifPresent(h -> b.horizons.put(f, h));
    }
    return b;
  }

  /**
   * Builds a {@link Dataset} from records held in memory. As with {@link Dataset#of(String, Map)},
   * only the records' types and the uniqueness of ids are checked at {@link #build()}; the
   * loader's cross-record checks (references, citations, overlaps) are not run. Not thread-safe.
   */
  public static final class Builder {
    private String dataVersion;
    private final Map<Family<?>, List<Object>> records = new TreeMap<>();
    private final Map<Family<?>, PartialDate> horizons = new TreeMap<>();

    private Builder(String dataVersion) {
      this.dataVersion = Objects.requireNonNull(dataVersion, "dataVersion");
    }

    /**
     * Sets the data version.
     *
     * @param version a version label
     * @return this builder
     */
    public Builder dataVersion(String version) {
      this.dataVersion = Objects.requireNonNull(version, "dataVersion");
      return this;
    }

    /**
     * Adds records to a family.
     *
     * @param family the family
     * @param added the records, in any order
     * @param <T> the record type
     * @return this builder
     */
    @SafeVarargs
    public final <T> Builder add(Family<T> family, T... added) {
      List<T> list = new ArrayList<>(added.length);
      for (T r : added) {
        list.add(r);
      }
      return addAll(family, list);
    }

    /**
     * Adds records to a family.
     *
     * @param family the family
     * @param added the records, in any order
     * @param <T> the record type
     * @return this builder
     */
    public <T> Builder addAll(Family<T> family, Collection<? extends T> added) {
      List<Object> list = records.computeIfAbsent(Objects.requireNonNull(family, "family"), f -> new ArrayList<>());
      int index = 0;
      for (T r : Objects.requireNonNull(added, "records")) {
        if (r == null) {
          throw new IllegalArgumentException("records: " + family + " given null at index " + index);
        }
        list.add(r);
        index++;
      }
      return this;
    }

    /**
     * Replaces every record of a family.
     *
     * @param family the family
     * @param replacement its new records, in any order
     * @param <T> the record type
     * @return this builder
     */
    public <T> Builder set(Family<T> family, Collection<? extends T> replacement) {
      records.remove(Objects.requireNonNull(family, "family"));
      return addAll(family, replacement);
    }

    /**
     * Removes the records of a family that match a condition.
     *
     * @param family the family
     * @param condition which records to remove
     * @param <T> the record type
     * @return this builder
     */
    public <T> Builder removeIf(Family<T> family, Predicate<? super T> condition) {
      Objects.requireNonNull(condition, "condition");
      List<Object> list = records.get(Objects.requireNonNull(family, "family"));
      if (list != null) {
        list.removeIf(r -> condition.test(family.cast(r)));
      }
      return this;
    }

    /**
     * Replaces the record with the same id as the given one, in the given record's family.
     *
     * @param replacement the new record
     * @param <T> the record type
     * @return this builder
     * @throws IllegalArgumentException if the family holds no record with that id
     */
    public <T extends Fact> Builder replace(T replacement) {
      Family<?> family = Family.ofRecordType(Objects.requireNonNull(replacement, "replacement").getClass());
      List<Object> list = records.getOrDefault(family, new ArrayList<>());
      for (int i = 0; i < list.size(); i++) {
        if (((Fact) list.get(i)).id().equals(replacement.id())) {
          list.set(i, replacement);
          return this;
        }
      }
      throw new IllegalArgumentException("replacement: no " + family + " record has the id " + replacement.id().value());
    }

    /**
     * Declares the horizon of a family: the date through which its records are kept complete.
     *
     * @param family the family
     * @param horizon the horizon
     * @return this builder
     */
    public Builder horizon(Family<?> family, PartialDate horizon) {
      horizons.put(Objects.requireNonNull(family, "family"), Objects.requireNonNull(horizon, "horizon"));
      return this;
    }

    /**
     * Builds the data set.
     *
     * @return the data set
     * @throws IllegalArgumentException naming the family and record if a record has the wrong type
     *     or an id repeats
     */
    public Dataset build() {
      return Dataset.of(dataVersion, records, horizons);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> ImmutableList<T> family(Family<?> f) {
    return (ImmutableList<T>) records.get(f);
  }

  /**
   * Returns the version of the data files.
   *
   * @return the data version
   */
  public String dataVersion() {
    return dataVersion;
  }

  /**
   * Returns the records of a family, sorted by id.
   *
   * @param family the family
   * @return its records
   */
  public <T> ImmutableList<T> records(Family<T> family) {
    return family(family);
  }

  /**
   * Returns every fact record of every family (sources excluded), by id.
   *
   * @return the facts, in family then id order
   */
  public ImmutableMap<String, Fact> facts() {
    ImmutableMap<String, Fact> map = facts;
    if (map == null) {
      ImmutableMap.Builder<String, Fact> b = ImmutableMap.builderWithExpectedSize(byId.length / 4);
      for (Family<?> f : Family.values()) {
        if (f != Family.SOURCES) {
          for (Object o : records.get(f)) {
            Fact r = (Fact) o;
            b.put(r.id().value(), r);
          }
        }
      }
      map = b.buildOrThrow();
      facts = map;
    }
    return map;
  }

  /** The fact with this id, or null. */
  private Fact fact(String id) {
    int mask = byId.length - 1;
    for (int slot = spread(id.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      Fact f = byId[slot];
      if (f == null || f.id().value().equals(id)) {
        return f;
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** @return the sources, by id */
  public ImmutableList<Source> sources() {
    return family(Family.SOURCES);
  }

  /** @return the states, by code */
  public ImmutableList<State> states() {
    return family(Family.STATES);
  }

  /** @return the organizations, by id */
  public ImmutableList<Organization> organizations() {
    return family(Family.ORGANIZATIONS);
  }

  /** @return the organs, by id */
  public ImmutableList<Organ> organs() {
    return family(Family.ORGANS);
  }

  /** @return the persons, by id */
  public ImmutableList<Person> persons() {
    return family(Family.PERSONS);
  }

  /** @return the instruments, by id */
  public ImmutableList<Instrument> instruments() {
    return family(Family.INSTRUMENTS);
  }

  /** @return the articles, by id */
  public ImmutableList<Article> articles() {
    return family(Family.ARTICLES);
  }

  /** @return the memberships, by id */
  public ImmutableList<Membership> memberships() {
    return family(Family.MEMBERSHIPS);
  }

  /** @return the offices, by id */
  public ImmutableList<Office> offices() {
    return family(Family.OFFICES);
  }

  /** @return the tenures, by id */
  public ImmutableList<Tenure> tenures() {
    return family(Family.TENURES);
  }

  /** @return the rotation rules, by id */
  public ImmutableList<RotationRule> rotationRules() {
    return family(Family.ROTATION_RULES);
  }

  /** @return the collective forces, by id */
  public ImmutableList<CollectiveForce> forces() {
    return family(Family.FORCES);
  }

  /** @return the unit contributions, by id */
  public ImmutableList<UnitContribution> units() {
    return family(Family.UNITS);
  }

  /** @return the facilities, by id */
  public ImmutableList<Facility> facilities() {
    return family(Family.FACILITIES);
  }

  /** @return the arms transfers, by id */
  public ImmutableList<ArmsTransfer> transfers() {
    return family(Family.TRANSFERS);
  }

  /** @return the exercises, by id */
  public ImmutableList<Exercise> exercises() {
    return family(Family.EXERCISES);
  }

  /** @return the operations, by id */
  public ImmutableList<Operation> operations() {
    return family(Family.OPERATIONS);
  }

  /** @return the events, by id */
  public ImmutableList<Event> events() {
    return family(Family.EVENTS);
  }

  /** @return the decisions, by id */
  public ImmutableList<Decision> decisions() {
    return family(Family.DECISIONS);
  }

  /**
   * Finds a state.
   *
   * @param code the ISO alpha-3 code
   * @return the state, or empty
   */
  public Optional<State> findState(StateCode code) {
    return find(code.value(), State.class);
  }

  /**
   * Returns a state.
   *
   * @param code the ISO alpha-3 code
   * @return the state
   * @throws UnknownEntityException naming the code if the data set has no such state
   */
  public State state(StateCode code) {
    return findState(code).orElseThrow(() ->
        new UnknownEntityException(UnknownEntityException.Kind.STATE, code.value(), "state code"));
  }

  /**
   * Finds an organization.
   *
   * @param id the organization id
   * @return the organization, or empty
   */
  public Optional<Organization> findOrganization(OrganizationId id) {
    return find(id.value(), Organization.class);
  }

  /**
   * Returns an organization.
   *
   * @param id the organization id
   * @return the organization
   * @throws UnknownEntityException naming the id if the data set has no such organization
   */
  public Organization organization(OrganizationId id) {
    return findOrganization(id).orElseThrow(() ->
        new UnknownEntityException(UnknownEntityException.Kind.ORGANIZATION, id.value(), "organization"));
  }

  /**
   * Finds a source.
   *
   * @param id the source id
   * @return the source, or empty
   */
  public Optional<Source> findSource(SourceId id) {
    return Optional.ofNullable(sources.get(id));
  }

  /**
   * Returns a source.
   *
   * @param id the source id
   * @return the source
   * @throws UnknownEntityException naming the id if the data set has no such source
   */
  public Source source(SourceId id) {
    return findSource(id).orElseThrow(() ->
        new UnknownEntityException(UnknownEntityException.Kind.SOURCE, id.value(), "source"));
  }

  /**
   * Finds a fact record of any family by its id.
   *
   * @param id the record id
   * @return the record, or empty
   */
  public Optional<Fact> find(RecordId id) {
    return Optional.ofNullable(fact(id.value()));
  }

  /**
   * Finds a record by its typed id: an {@link org.cstokit.model.source.OrganId} finds an
   * {@code Organ}, a {@link org.cstokit.model.source.RotationRuleId} a {@code RotationRule}.
   *
   * @param id the record id
   * @param <T> the record type the id names
   * @return the record, or empty if there is none of that type with this id
   */
  public <T extends Fact> Optional<T> find(TypedId<T> id) {
    return find(id.value(), id.recordType());
  }

  private <T> Optional<T> find(String id, Class<T> type) {
    Fact f = fact(id);
    return type.isInstance(f) ? Optional.of(type.cast(f)) : Optional.empty();
  }

  /**
   * Returns a record by its typed id, such as {@code data.get(WellKnown.COLLECTIVE_SECURITY_COUNCIL)}
   * for the Council's {@code Organ}.
   *
   * @param id the record id
   * @param <T> the record type the id names
   * @return the record
   * @throws UnknownEntityException naming the id if there is no record of that type
   */
  public <T extends Fact> T get(TypedId<T> id) {
    return find(id).orElseThrow(() -> new UnknownEntityException(UnknownEntityException.Kind.RECORD,
        id.value(), id.recordType().getSimpleName().toLowerCase() + " id"));
  }

  /**
   * Returns what held on a day: memberships, tenures, facilities in operation, instruments in
   * force (each with its {@link Truth}) and force strengths in effect. Every answer stands on the
   * horizons of its sources: a record the sources leave open is {@code YES} only up to the last
   * day they speak for ({@link #knownThrough(Fact)}), and {@code UNKNOWN} after it; the snapshot
   * also knows the {@link #horizon(Family) family horizons}, past which a missing record means
   * "not known" rather than "did not hold".
   *
   * @param date the day
   * @return the snapshot
   */
  public Snapshot asOf(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    int m = membershipIndex.indexAt(date);
    TruthMap<Membership> memberships = membershipIndex.segment(m);
    ImmutableMap<OrganizationId, ImmutableMap<MembershipStatus, TruthMap<StateCode>>> byStatus = statuses.get(m);
    if (byStatus == null) {
      byStatus = byStatus(memberships);
      if (!statuses.compareAndSet(m, null, byStatus)) {
        byStatus = statuses.get(m);
      }
    }
    return new Snapshot(this, date, memberships, byStatus, tenureIndex.at(date),
        facilityIndex.at(date), instrumentIndex.at(date));
  }

  /**
   * Returns the horizon of the data set: the last day through which every family is kept
   * complete (the earliest of the {@link #horizon(Family) family horizons}). On a day after it,
   * at least one family may lack what happened, and answers about it are {@code UNKNOWN} rather
   * than {@code YES} or {@code NO}.
   *
   * @return the horizon
   */
  public LocalDate horizon() {
    return horizons.values().stream().min(Comparator.naturalOrder()).orElse(LocalDate.MAX);
  }

  /**
   * Returns the horizon of one family: the last day through which its records are kept
   * complete. Up to it, a fact the family does not record did not happen (as far as the sources
   * go); after it, a missing fact is unknown, not absent. The bundled files declare it in their
   * envelope ({@code "horizon"}); otherwise it is the latest {@link #knownThrough(Fact) horizon}
   * among the family's records.
   *
   * @param family a family of facts
   * @return its horizon
   * @throws IllegalArgumentException for {@link Family#SOURCES}, which has none
   */
  public LocalDate horizon(Family<?> family) {
    if (family == Family.SOURCES) {
      throw new IllegalArgumentException("family: SOURCES describes documents and has no horizon");
    }
    return horizons.get(family);
  }

  /**
   * Returns the horizon a family's data file declares, if it declares one.
   *
   * @param family the family
   * @return the declared horizon, or empty
   */
  public Optional<PartialDate> declaredHorizon(Family<?> family) {
    return Optional.ofNullable(declaredHorizons.get(family));
  }

  /**
   * Returns the last day the sources of a record speak for: the latest, over its citations, of
   * the citation's confirmation date ({@link Citation#asOf()}) or else its source's horizon
   * ({@link Source#horizonDay()}). An open period of the record is {@code YES} up to this day
   * and {@code UNKNOWN} after it. A record whose citations name no source of the data set (only
   * possible in a data set built by {@link #of}) has no horizon: {@link LocalDate#MAX}.
   *
   * @param fact a record of this data set
   * @return the last day its sources speak for
   * @throws UnknownEntityException if the record is not part of this data set
   */
  public LocalDate knownThrough(Fact fact) {
    Fact stored = fact(fact.id().value());
    if (stored == null) {
      throw new UnknownEntityException(UnknownEntityException.Kind.RECORD, fact.id().value(), "record id");
    }
    return knownThrough(stored.citations(), sources);
  }

  /**
   * Returns when a membership holds, cut at the horizon of its sources.
   *
   * @param m a membership of this data set
   * @return its span
   */
  public Span span(Membership m) {
    return Span.of(m.period()).knownThrough(knownThrough(m));
  }

  /**
   * Returns when a tenure runs, cut at the horizon of its sources.
   *
   * @param t a tenure of this data set
   * @return its span
   */
  public Span span(Tenure t) {
    return Span.of(t.period()).knownThrough(knownThrough(t));
  }

  /**
   * Returns when a facility operates, cut at the horizon of its sources: never for a facility
   * that was only proposed or refused; {@link Span#unknown()} for one no source dates (listed by
   * {@link #undatedFacilities()}).
   *
   * @param f a facility of this data set
   * @return its span, or empty for a proposal
   */
  public Optional<Span> span(Facility f) {
    if (f.status().isProposalOnly()) {
      return Optional.empty();
    }
    return Optional.of(f.operatingPeriod().map(p -> Span.of(p).knownThrough(knownThrough(f))).orElse(Span.unknown()));
  }

  /**
   * Returns when an instrument is in force, cut at the horizon of its sources: never for a
   * statement or declaration; for one whose entry into force no source dates, {@code UNKNOWN}
   * from its signing (or on every day, when unsigned or undated) to its expiry — such
   * instruments are listed by {@link #undatedInstruments()}.
   *
   * @param i an instrument of this data set
   * @return its span, or empty for a kind that is never in force
   */
  public Optional<Span> span(Instrument i) {
    if (!i.kind().canBeInForce()) {
      return Optional.empty();
    }
    Optional<org.cstokit.model.time.Period> p = i.inForcePeriod();
    if (p.isPresent()) {
      return Optional.of(Span.of(p.get()).knownThrough(knownThrough(i)));
    }
    Optional<LocalDate> until = i.expires().map(PartialDate::latest);
    if (i.signed().isPresent() && until.map(u -> u.isAfter(i.signed().get().earliest())).orElse(true)) {
      return Optional.of(Span.possibleBetween(i.signed().get().earliest(), until));
    }
    return Optional.of(Span.unknown());
  }

  /**
   * Returns the facilities that operated (or may have) but that no source dates: they answer
   * {@code UNKNOWN} on every day in {@link Snapshot#facilities()}, and are listed here so that no
   * time query drops them silently.
   *
   * @return the undated facilities, by id
   */
  public ImmutableList<Facility> undatedFacilities() {
    return undatedFacilities;
  }

  /**
   * Returns the instruments that can be in force but whose entry into force no source dates:
   * they answer {@code UNKNOWN} in {@link Snapshot#instrumentsInForce()} from their signing on.
   *
   * @return the undated instruments, by id
   */
  public ImmutableList<Instrument> undatedInstruments() {
    return undatedInstruments;
  }

  /**
   * Returns the index of memberships over time (for callers that walk transitions).
   *
   * @return the index
   */
  public TimeIndex<Membership> membershipIndex() {
    return membershipIndex;
  }

  static Optional<Strength> latestStrength(CollectiveForce force, LocalDate date) {
    Strength best = null;
    for (Strength s : force.strengths()) {
      if (s.date().isPresent() && !s.date().get().earliest().isAfter(date)
          && (best == null || s.date().get().compareTo(best.date().get()) >= 0)) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }
}
