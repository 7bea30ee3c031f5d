package org.cstokit.model.source;

/**
 * How another account of a field ranks against the value a record keeps, after Wikidata's
 * statement ranks. The record's own value is always the preferred one; a {@link Dispute} carries
 * one of the other two ranks.
 */
public enum Rank {
  /**
   * A credible other account that the record does not prefer: another source's figure, a less
   * precise date, an account written before the fact closed.
   */
  ALTERNATIVE,
  /**
   * An account known to be wrong: a misprint, a slip the source contradicts, a value a later
   * source corrects.
   */
  DEPRECATED
}
