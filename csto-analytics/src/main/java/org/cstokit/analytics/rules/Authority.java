package org.cstokit.analytics.rules;

import java.util.Objects;
import java.util.Optional;
import org.cstokit.model.source.RecordId;

/**
 * An instrument (and, where known, its article) that decides a verdict. Immutable.
 *
 * @param instrument the instrument's record id in the data set
 * @param article the article number, if one decides it
 * @param description what the provision says, in our own words
 */
public record Authority(RecordId instrument, Optional<String> article, String description) {
  /**
   * Validates the components.
   *
   * @param instrument the instrument's record id
   * @param article the article number, if any
   * @param description the description
   */
  public Authority {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(description, "description");
  }

  /**
   * An article of an instrument.
   *
   * @param instrument the instrument id
   * @param article the article number
   * @param description what it says
   * @return the authority
   */
  public static Authority of(String instrument, String article, String description) {
    return new Authority(RecordId.of(instrument), Optional.of(article), description);
  }

  /**
   * A whole instrument.
   *
   * @param instrument the instrument id
   * @param description what it says
   * @return the authority
   */
  public static Authority of(String instrument, String description) {
    return new Authority(RecordId.of(instrument), Optional.empty(), description);
  }

  @Override
  public String toString() {
    return instrument.value() + article.map(a -> " art. " + a).orElse("") + " (" + description + ")";
  }
}
