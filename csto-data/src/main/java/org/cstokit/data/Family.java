package org.cstokit.data;

import com.google.common.collect.ImmutableList;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.actor.Organization;
import org.cstokit.model.actor.Person;
import org.cstokit.model.actor.State;
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
import org.cstokit.model.military.UnitContribution;
import org.cstokit.model.source.Source;
import org.cstokit.model.transfer.ArmsTransfer;

/**
 * A family of records: one JSON file of the bundled data and the model type of its records. A
 * typed token, so that {@code data.records(Family.TRANSFERS)} is an {@code ImmutableList<ArmsTransfer>}.
 * The constants are in loading order (sources first, then actors, then everything that refers
 * to them); {@link #values()} lists them in that order, and families compare by it. Immutable
 * and thread-safe; the constants are the only instances.
 *
 * @param <T> the model type of the family's records
 */
public final class Family<T> implements Comparable<Family<?>> {
  /** Documents that facts are taken from ({@code sources.json}). */
  public static final Family<Source> SOURCES = new Family<>(0, "SOURCES", "sources.json", Source.class);
  /** States ({@code states.json}). */
  public static final Family<State> STATES = new Family<>(1, "STATES", "states.json", State.class);
  /** Organizations ({@code organizations.json}). */
  public static final Family<Organization> ORGANIZATIONS = new Family<>(2, "ORGANIZATIONS", "organizations.json", Organization.class);
  /** Organs of organizations ({@code organs.json}). */
  public static final Family<Organ> ORGANS = new Family<>(3, "ORGANS", "organs.json", Organ.class);
  /** Persons ({@code persons.json}). */
  public static final Family<Person> PERSONS = new Family<>(4, "PERSONS", "persons.json", Person.class);
  /** Treaties, charters, protocols, agreements, leases… ({@code instruments.json}). */
  public static final Family<Instrument> INSTRUMENTS = new Family<>(5, "INSTRUMENTS", "instruments.json", Instrument.class);
  /** Articles of instruments ({@code articles.json}). */
  public static final Family<Article> ARTICLES = new Family<>(6, "ARTICLES", "articles.json", Article.class);
  /** Memberships over time ({@code memberships.json}). */
  public static final Family<Membership> MEMBERSHIPS = new Family<>(7, "MEMBERSHIPS", "memberships.json", Membership.class);
  /** Offices ({@code offices.json}). */
  public static final Family<Office> OFFICES = new Family<>(8, "OFFICES", "offices.json", Office.class);
  /** Tenures of offices ({@code tenures.json}). */
  public static final Family<Tenure> TENURES = new Family<>(9, "TENURES", "tenures.json", Tenure.class);
  /** Rotation rules of offices ({@code rotation-rules.json}). */
  public static final Family<RotationRule> ROTATION_RULES = new Family<>(10, "ROTATION_RULES", "rotation-rules.json", RotationRule.class);
  /** Collective forces ({@code forces.json}). */
  public static final Family<CollectiveForce> FORCES = new Family<>(11, "FORCES", "forces.json", CollectiveForce.class);
  /** Units assigned to collective forces ({@code units.json}). */
  public static final Family<UnitContribution> UNITS = new Family<>(12, "UNITS", "units.json", UnitContribution.class);
  /** Military facilities abroad ({@code facilities.json}). */
  public static final Family<Facility> FACILITIES = new Family<>(13, "FACILITIES", "facilities.json", Facility.class);
  /** Arms transfers ({@code transfers.json}). */
  public static final Family<ArmsTransfer> TRANSFERS = new Family<>(14, "TRANSFERS", "transfers.json", ArmsTransfer.class);
  /** Exercises ({@code exercises.json}). */
  public static final Family<Exercise> EXERCISES = new Family<>(15, "EXERCISES", "exercises.json", Exercise.class);
  /** Operations ({@code operations.json}). */
  public static final Family<Operation> OPERATIONS = new Family<>(16, "OPERATIONS", "operations.json", Operation.class);
  /** Events ({@code events.json}). */
  public static final Family<Event> EVENTS = new Family<>(17, "EVENTS", "events.json", Event.class);
  /** Decisions of organs ({@code decisions.json}). */
  public static final Family<Decision> DECISIONS = new Family<>(18, "DECISIONS", "decisions.json", Decision.class);

  private static final ImmutableList<Family<?>> VALUES = ImmutableList.of(SOURCES, STATES, ORGANIZATIONS, ORGANS, PERSONS, INSTRUMENTS, ARTICLES, MEMBERSHIPS, OFFICES, TENURES, ROTATION_RULES, FORCES, UNITS, FACILITIES, TRANSFERS, EXERCISES, OPERATIONS, EVENTS, DECISIONS);

  private final int ordinal;
  private final String name;
  private final String fileName;
  private final Class<T> recordType;

  private Family(int ordinal, String name, String fileName, Class<T> recordType) {
    this.ordinal = ordinal;
    this.name = name;
    this.fileName = fileName;
    this.recordType = recordType;
  }

  /**
   * Returns every family, in loading order.
   *
   * @return the families
   */
  public static ImmutableList<Family<?>> values() {
    return VALUES;
  }

  /**
   * Returns the family of the given constant name, such as {@code TRANSFERS}.
   *
   * @param name the constant name
   * @return the family
   * @throws IllegalArgumentException if no family has that name
   */
  public static Family<?> valueOf(String name) {
    for (Family<?> f : VALUES) {
      if (f.name.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("family: no family named \"" + name + "\"");
  }

  /**
   * Returns the family whose records have the given model type.
   *
   * @param type a record type, such as {@code Decision.class}, or the type of a record
   * @return the family
   * @throws IllegalArgumentException if no family holds records of that type
   */
  public static Family<?> ofRecordType(Class<?> type) {
    for (Family<?> f : VALUES) {
      if (f.recordType.isAssignableFrom(type)) {
        return f;
      }
    }
    throw new IllegalArgumentException("type: no family holds " + type.getName());
  }

  /**
   * Returns the constant's name, such as {@code TRANSFERS}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the position of the family in loading order, from 0.
   *
   * @return the ordinal
   */
  public int ordinal() {
    return ordinal;
  }

  /**
   * Returns the file name of the family, relative to {@code org/cstokit/data/}.
   *
   * @return the file name
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the model type of the family's records.
   *
   * @return the record type
   */
  public Class<T> recordType() {
    return recordType;
  }

  /**
   * Casts a record to the family's type.
   *
   * @param record a record of this family
   * @return the record
   * @throws ClassCastException if it is not of the family's type
   */
  public T cast(Object record) {
    return recordType.cast(record);
  }

  @Override
  public int compareTo(Family<?> other) {
    return Integer.compare(ordinal, other.ordinal);
  }

  @Override
  public String toString() {
    return name;
  }
}
