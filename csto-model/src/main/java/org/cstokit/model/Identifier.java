package org.cstokit.model;

/**
 * A typed identifier that is written to JSON as a plain string. Implemented by
 * {@link org.cstokit.model.source.SourceId}, {@link org.cstokit.model.source.RecordId},
 * {@link org.cstokit.model.actor.StateCode} and {@link org.cstokit.model.actor.OrganizationId}.
 */
public interface Identifier {
  /**
   * Returns the identifier as written in the data files.
   *
   * @return the text of the identifier, never empty
   */
  String value();
}
