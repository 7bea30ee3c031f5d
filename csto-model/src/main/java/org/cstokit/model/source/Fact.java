package org.cstokit.model.source;

import java.util.List;
import org.cstokit.model.Identifier;

/**
 * A record stating something about the world, with its provenance: every fact has at least one
 * {@link Citation} and keeps the values other passages or sources give as {@link Dispute}s.
 */
public interface Fact {
  /**
   * Returns the identifier, unique across every family of a data set.
   *
   * @return the id
   */
  Identifier id();

  /**
   * Returns where the fact is stated.
   *
   * @return the citations, never empty
   */
  List<Citation> citations();

  /**
   * Returns the other values recorded for fields of this fact.
   *
   * @return the disputes, possibly empty
   */
  List<Dispute> disputes();

  /**
   * Checks the invariants every fact shares; called by each fact's {@code @Value.Check}.
   *
   * @param fact the fact
   * @throws org.cstokit.model.InvalidValueException if the citations are empty
   */
  static void validate(Fact fact) {
    org.cstokit.model.internal.Checks.notEmpty(fact.citations(), "citations");
  }
}
