package org.cstokit.model.quantity;

/** Whose figure a quantity is, so that declared and estimated figures are kept apart. */
public enum Basis {
  /** An official figure declared by a government or the organization. */
  DECLARED,
  /** An outside estimate (analysts, other governments, the press). */
  ESTIMATED,
  /** A target or plan, not an achieved figure. */
  PLANNED,
  /** Stated by the source without saying whose figure it is. */
  REPORTED
}
