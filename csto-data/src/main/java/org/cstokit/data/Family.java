package org.cstokit.data;

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
 * A family of records: one JSON file of the bundled data and the model type of its records.
 * The constants are in loading order (sources first, then actors, then everything that refers
 * to them).
 */
public enum Family {
  /** Documents that facts are taken from ({@code sources.json}). */
  SOURCES("sources.json", Source.class),
  /** States ({@code states.json}). */
  STATES("states.json", State.class),
  /** Organizations ({@code organizations.json}). */
  ORGANIZATIONS("organizations.json", Organization.class),
  /** Organs of organizations ({@code organs.json}). */
  ORGANS("organs.json", Organ.class),
  /** Persons ({@code persons.json}). */
  PERSONS("persons.json", Person.class),
  /** Treaties, charters, protocols, agreements, leases… ({@code instruments.json}). */
  INSTRUMENTS("instruments.json", Instrument.class),
  /** Articles of instruments ({@code articles.json}). */
  ARTICLES("articles.json", Article.class),
  /** Memberships over time ({@code memberships.json}). */
  MEMBERSHIPS("memberships.json", Membership.class),
  /** Offices ({@code offices.json}). */
  OFFICES("offices.json", Office.class),
  /** Tenures of offices ({@code tenures.json}). */
  TENURES("tenures.json", Tenure.class),
  /** Rotation rules of offices ({@code rotation-rules.json}). */
  ROTATION_RULES("rotation-rules.json", RotationRule.class),
  /** Collective forces ({@code forces.json}). */
  FORCES("forces.json", CollectiveForce.class),
  /** Units assigned to collective forces ({@code units.json}). */
  UNITS("units.json", UnitContribution.class),
  /** Military facilities abroad ({@code facilities.json}). */
  FACILITIES("facilities.json", Facility.class),
  /** Arms transfers ({@code transfers.json}). */
  TRANSFERS("transfers.json", ArmsTransfer.class),
  /** Exercises ({@code exercises.json}). */
  EXERCISES("exercises.json", Exercise.class),
  /** Operations ({@code operations.json}). */
  OPERATIONS("operations.json", Operation.class),
  /** Events ({@code events.json}). */
  EVENTS("events.json", Event.class),
  /** Decisions of organs ({@code decisions.json}). */
  DECISIONS("decisions.json", Decision.class);

  private final String fileName;
  private final Class<?> recordType;

  Family(String fileName, Class<?> recordType) {
    this.fileName = fileName;
    this.recordType = recordType;
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
  public Class<?> recordType() {
    return recordType;
  }
}
