package org.cstokit.data;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
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

/**
 * The data set as of one day: what held on that day, each answer in three values because
 * coarse dates leave some days undecided. Built by {@link Dataset#asOf(LocalDate)} from sorted
 * interval indexes. Immutable and thread-safe.
 */
public final class Snapshot {
  private final LocalDate date;
  private final ImmutableMap<Membership, Truth> memberships;
  private final ImmutableMap<Tenure, Truth> tenures;
  private final ImmutableMap<Facility, Truth> facilities;
  private final ImmutableMap<Instrument, Truth> instruments;
  private final ImmutableMap<CollectiveForce, Strength> strengths;

  Snapshot(LocalDate date, ImmutableMap<Membership, Truth> memberships, ImmutableMap<Tenure, Truth> tenures,
      ImmutableMap<Facility, Truth> facilities, ImmutableMap<Instrument, Truth> instruments,
      ImmutableMap<CollectiveForce, Strength> strengths) {
    this.date = date;
    this.memberships = memberships;
    this.tenures = tenures;
    this.facilities = facilities;
    this.instruments = instruments;
    this.strengths = strengths;
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
   * Returns every membership that may hold on the day, with its truth (YES or UNKNOWN).
   *
   * @return memberships in id order
   */
  public ImmutableMap<Membership, Truth> memberships() {
    return memberships;
  }

  /**
   * Returns the states with the given status in an organization on the day, with their truth.
   *
   * @param organization the organization
   * @param status the status
   * @return states in code order, each YES or UNKNOWN
   */
  public ImmutableMap<StateCode, Truth> withStatus(OrganizationId organization, MembershipStatus status) {
    TreeMap<StateCode, Truth> out = new TreeMap<>();
    for (Map.Entry<Membership, Truth> e : memberships.entrySet()) {
      Membership m = e.getKey();
      if (m.organization().equals(organization) && m.status() == status) {
        out.merge(m.state(), e.getValue(), Truth::or);
      }
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Returns the members of an organization on the day (status {@code MEMBER}), with their truth.
   *
   * @param organization the organization
   * @return states in code order, each YES or UNKNOWN
   */
  public ImmutableMap<StateCode, Truth> members(OrganizationId organization) {
    return withStatus(organization, MembershipStatus.MEMBER);
  }

  /**
   * Returns the observers of an organization on the day, with their truth.
   *
   * @param organization the organization
   * @return states in code order, each YES or UNKNOWN
   */
  public ImmutableMap<StateCode, Truth> observers(OrganizationId organization) {
    return withStatus(organization, MembershipStatus.OBSERVER);
  }

  /**
   * Returns every tenure that may run on the day, with its truth.
   *
   * @return tenures in id order
   */
  public ImmutableMap<Tenure, Truth> tenures() {
    return tenures;
  }

  /**
   * Returns the holders of one office on the day, with their truth.
   *
   * @param office the office id
   * @return the tenures of that office that may run on the day
   */
  public ImmutableMap<Tenure, Truth> holders(RecordId office) {
    return ImmutableMap.copyOf(Maps.filterKeys(tenures, t -> t.office().equals(office)));
  }

  /**
   * Returns the facilities that may be in operation on the day (those with an
   * {@link Facility#operatingPeriod()}), with their truth.
   *
   * @return facilities in id order
   */
  public ImmutableMap<Facility, Truth> facilities() {
    return facilities;
  }

  /**
   * Returns the instruments that may be in force on the day (from entry into force to expiry),
   * with their truth.
   *
   * @return instruments in id order
   */
  public ImmutableMap<Instrument, Truth> instrumentsInForce() {
    return instruments;
  }

  /**
   * Returns, per force, the latest strength figure dated on or before the day (by the earliest
   * day its date may stand for); undated figures are not included.
   *
   * @return forces in id order with their strength in effect
   */
  public ImmutableMap<CollectiveForce, Strength> strengths() {
    return strengths;
  }
}
