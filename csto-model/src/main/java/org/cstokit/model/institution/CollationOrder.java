package org.cstokit.model.institution;

/**
 * The order in which a rotation passes through the eligible states.
 */
public enum CollationOrder {
  /** Alphabetical by the states' Russian short names, collated with the Russian rules of java.text.Collator. */
  RUSSIAN_ALPHABETICAL;
}
