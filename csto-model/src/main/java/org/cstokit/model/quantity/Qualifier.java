package org.cstokit.model.quantity;

/** How a stated figure relates to the true one. */
public enum Qualifier {
  /** The figure is exact: bounds are the value itself. */
  EXACT,
  /** "About", "some", "approximately": bounds as given, else the value alone. */
  ABOUT,
  /** "More than": the true figure lies strictly above the value. */
  MORE_THAN,
  /** "At least": the true figure is the value or more. */
  AT_LEAST,
  /** "Up to": the true figure is the value or less (and not below the lower bound, else zero). */
  UP_TO,
  /** "From … to …": the true figure lies between the lower and upper bounds, both required. */
  RANGE
}
