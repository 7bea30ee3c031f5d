package org.cstokit.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.Objects;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.institution.Tenure;
import org.cstokit.model.law.Instrument;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.military.CollectiveForce;
import org.cstokit.model.military.Facility;
import org.cstokit.model.military.Strength;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.TruthMap;

/**
 * The data set as of one day: what held on that day, each answer in three values because
 * coarse dates leave some days undecided and because the sources speak only up to their
 * horizons. Built by {@link Dataset#asOf(LocalDate)} from sorted interval indexes.
 *
 * <p>The maps list the records that are not certainly false on the day. A record that the sources
 * leave open is {@code YES} only up to the last day they speak for, {@code UNKNOWN} after it. A
 * state or record that is <em>missing</em> from a map did not hold as far as the data goes — but
 * only up to the {@link #horizon(Family) horizon} of its family: after it, the data may simply lack
 * what happened, so the question methods ({@link #status}, {@link #isMember}) answer
 * {@code UNKNOWN} there instead of {@code NO}. Immutable and thread-safe.
 */
public final class Snapshot {
  private final Dataset data;
  private static final Family<?>[] TIME_FAMILIES =
      {Family.MEMBERSHIPS, Family.TENURES, Family.FACILITIES, Family.INSTRUMENTS};
  private final LocalDate date;
  private final TruthMap<Membership> memberships;
  private final ImmutableMap<OrganizationId, ImmutableMap<MembershipStatus, TruthMap<StateCode>>> statuses;
  private final TruthMap<Tenure> tenures;
  private final TruthMap<Facility> facilities;
  private final TruthMap<Instrument> instruments;


  Snapshot(Dataset data, LocalDate date, TruthMap<Membership> memberships,
      ImmutableMap<OrganizationId, ImmutableMap<MembershipStatus, TruthMap<StateCode>>> statuses, TruthMap<Tenure> tenures,
      TruthMap<Facility> facilities, TruthMap<Instrument> instruments) {
    this.statuses = statuses;
    this.data = data;
    this.date = date;
    this.memberships = memberships;
    this.tenures = tenures;
    this.facilities = facilities;
    this.instruments = instruments;
  }

  /**
   * Returns the day of the snapshot.
   *
   * @return the day
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the horizon this snapshot stands on: the earliest horizon of the families it answers
   * from (memberships, tenures, facilities, instruments).
   *
   * @return the last day through which all those families are kept complete
   */
  public LocalDate horizon() {
    LocalDate h = LocalDate.MAX;
    for (Family<?> f : TIME_FAMILIES) {
      LocalDate d = data.horizon(f);
      h = d.isBefore(h) ? d : h;
    }
    return h;
  }

  /**
   * Returns the horizon of one family of the data set (see {@link Dataset#horizon(Family)}).
   *
   * @param family a family of facts
   * @return its horizon
   */
  public LocalDate horizon(Family<?> family) {
    return data.horizon(family);
  }

  /**
   * Returns whether the day lies after the {@link #horizon() horizon} this snapshot stands on.
   *
   * @return true when some family may lack what held on the day
   */
  public boolean isPastHorizon() {
    return date.isAfter(horizon());
  }

  /**
   * Returns whether the day lies after the horizon of one family.
   *
   * @param family a family of facts
   * @return true when the family may lack what held on the day
   */
  public boolean isPastHorizon(Family<?> family) {
    return date.isAfter(data.horizon(family));
  }

  /**
   * Whether a state had a status in an organization on the day: the truth its memberships give;
   * when none may hold, {@code NO} up to the memberships' horizon and {@code UNKNOWN} after it.
   *
   * @param organization the organization
   * @param state the state
   * @param status the status
   * @return YES, NO or UNKNOWN
   */
  public Truth status(OrganizationId organization, StateCode state, MembershipStatus status) {
    Truth t = withStatus(organization, status).truth(state, Truth.NO);
    return t == Truth.NO && isPastHorizon(Family.MEMBERSHIPS) ? Truth.UNKNOWN : t;
  }

  /**
   * Whether a state was a member (status {@code MEMBER}) of an organization on the day; see
   * {@link #status}.
   *
   * @param organization the organization
   * @param state the state
   * @return YES, NO or UNKNOWN
   */
  public Truth isMember(OrganizationId organization, StateCode state) {
    return status(organization, state, MembershipStatus.MEMBER);
  }

  /**
   * Returns the facilities in {@link #facilities()} that no source dates: they answer
   * {@code UNKNOWN} on every day.
   *
   * @return the undated facilities, by id
   */
  public ImmutableList<Facility> undatedFacilities() {
    return data.undatedFacilities();
  }

  /**
   * Returns the instruments in {@link #instrumentsInForce()} whose entry into force no source
   * dates.
   *
   * @return the undated instruments, by id
   */
  public ImmutableList<Instrument> undatedInstruments() {
    return data.undatedInstruments();
  }

  /**
   * Returns every membership that may hold on the day, with its truth (YES or UNKNOWN).
   *
   * @return memberships in id order
   */
  public TruthMap<Membership> memberships() {
    return memberships;
  }

  /**
   * Returns the states with the given status in an organization on the day, with their truth.
   * States not listed are {@code NO} only up to the memberships' horizon; use {@link #status} for
   * a single state's answer.
   *
   * @param organization the organization
   * @param status the status
   * @return states in code order, each YES or UNKNOWN
   */
  public TruthMap<StateCode> withStatus(OrganizationId organization, MembershipStatus status) {
    // computed once per stretch of days with the same memberships (Dataset.byStatus)
    ImmutableMap<MembershipStatus, TruthMap<StateCode>> byStatus = statuses.get(Objects.requireNonNull(organization, "organization"));
    TruthMap<StateCode> out = byStatus == null ? null : byStatus.get(Objects.requireNonNull(status, "status"));
    return out == null ? TruthMap.of() : out;
  }

  /**
   * Returns the members of an organization on the day (status {@code MEMBER}), with their truth:
   * {@link TruthMap#certain()} are the certain members, {@link TruthMap#possible()} adds those
   * whose membership the dates or the horizon leave open; the key set is the possible ones.
   *
   * @param organization the organization
   * @return states in code order, each YES or UNKNOWN
   */
  public TruthMap<StateCode> members(OrganizationId organization) {
    return withStatus(organization, MembershipStatus.MEMBER);
  }

  /**
   * Returns the observers of an organization on the day, with their truth.
   *
   * @param organization the organization
   * @return states in code order, each YES or UNKNOWN
   */
  public TruthMap<StateCode> observers(OrganizationId organization) {
    return withStatus(organization, MembershipStatus.OBSERVER);
  }

  /**
   * Returns every tenure that may run on the day, with its truth.
   *
   * @return tenures in id order
   */
  public TruthMap<Tenure> tenures() {
    return tenures;
  }

  /**
   * Returns the holders of one office on the day, with their truth.
   *
   * @param office the office id
   * @return the tenures of that office that may run on the day
   */
  public TruthMap<Tenure> holders(RecordId office) {
    return TruthMap.copyOf(Maps.filterKeys(tenures, t -> t.office().equals(office)));
  }

  /**
   * Returns the facilities that may be in operation on the day, with their truth: every facility
   * that is not a mere proposal, the {@link #undatedFacilities() undated} ones as {@code UNKNOWN}.
   *
   * @return facilities in id order
   */
  public TruthMap<Facility> facilities() {
    return facilities;
  }

  /**
   * Returns the instruments that may be in force on the day (from entry into force to expiry),
   * with their truth; those whose entry into force no source dates are {@code UNKNOWN} from their
   * signing on (see {@link #undatedInstruments()}). Statements and declarations are never in force.
   *
   * @return instruments in id order
   */
  public TruthMap<Instrument> instrumentsInForce() {
    return instruments;
  }

  /**
   * Returns, per force, the latest strength figure dated on or before the day (by the earliest
   * day its date may stand for); undated figures are not included.
   *
   * @return forces in id order with their strength in effect
   */
  public ImmutableMap<CollectiveForce, Strength> strengths() {
    // computed when asked: most snapshots are taken for memberships or holders alone
    ImmutableMap.Builder<CollectiveForce, Strength> out = ImmutableMap.builder();
    for (CollectiveForce f : data.forces()) {
      Dataset.latestStrength(f, date).ifPresent(s -> out.put(f, s));
    }
    return out.build();
  }
}
