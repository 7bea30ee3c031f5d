package org.cstokit.model.law;

/**
 * What kind of legal or political instrument a document is.
 */
public enum InstrumentKind {
  /** A treaty between states. */
  TREATY,
  /** The founding charter of an organization. */
  CHARTER,
  /** A protocol amending or prolonging another instrument. */
  PROTOCOL,
  /** An agreement between states or within an organization. */
  AGREEMENT,
  /** A memorandum of understanding. */
  MEMORANDUM,
  /** A decision of an organ. */
  DECISION,
  /** A resolution of an organ. */
  RESOLUTION,
  /** A strategy or concept. */
  STRATEGY,
  /** A declaration of leaders or ministers. */
  DECLARATION,
  /** A collective statement. */
  STATEMENT,
  /** A lease of land or facilities. */
  LEASE,
  /** A national law. */
  LAW,
  /** A plan or programme. */
  PLAN,
  /** A military or security doctrine. */
  DOCTRINE;

  /**
   * Whether instruments of this kind can be in force: every kind but statements and
   * declarations, which record a position and bind no one.
   *
   * @return true for kinds that enter into force
   */
  public boolean canBeInForce() {
    return this != STATEMENT && this != DECLARATION;
  }
}
