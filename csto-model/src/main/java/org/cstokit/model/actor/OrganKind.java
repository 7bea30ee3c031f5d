package org.cstokit.model.actor;

/**
 * What kind of body an organ is.
 */
public enum OrganKind {
  /** The highest body, of heads of state. */
  SUPREME_BODY,
  /** A council of ministers or officials. */
  COUNCIL,
  /** A committee. */
  COMMITTEE,
  /** A secretariat. */
  SECRETARIAT,
  /** A military staff. */
  STAFF,
  /** A commission. */
  COMMISSION,
  /** A parliamentary body. */
  PARLIAMENTARY,
  /** A working group. */
  WORKING_GROUP,
  /** A centre (anti-terrorism, crisis response). */
  CENTRE,
  /** A single office or post. */
  OFFICE;
}
