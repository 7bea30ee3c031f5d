package org.cstokit.model.actor;

/**
 * What kind of body an organization is.
 */
public enum OrganizationKind {
  /** A collective defence alliance (the CSTO, NATO). */
  MILITARY_ALLIANCE,
  /** A regional security organization without a defence pledge (the SCO, the OSCE). */
  SECURITY_ORGANIZATION,
  /** A general regional organization (the CIS). */
  REGIONAL_ORGANIZATION,
  /** An economic union or community (the EEU, EurAsEC, the EU). */
  ECONOMIC_UNION,
  /** A worldwide organization (the UN). */
  UNIVERSAL_ORGANIZATION,
  /** A union of states (the USSR, the Union State of Russia and Belarus). */
  STATE_UNION,
  /** Any other kind of international body. */
  OTHER;
}
