package org.cstokit.model.institution;

/**
 * Who may hold a rotating office.
 */
public enum Eligibility {
  /** The states that are members of the organization on the date of the slot. */
  MEMBERS_ON_DATE;
}
