package org.cstokit.analytics.rules;

import java.util.Objects;
import java.util.Optional;
import org.cstokit.model.source.InstrumentId;

/**
 * An instrument (and, where known, its article) that decides a verdict. Immutable and
 * thread-safe.
 *
 * @param instrument the instrument in the data set
 * @param article the article number, if one decides it; empty for the instrument as a whole
 * @param description what the provision says, in our own words
 */
public record Authority(InstrumentId instrument, Optional<String> article, String description) {
  /**
   * Validates the components.
   *
   * @param instrument the instrument
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
   * @param instrument the instrument
   * @param article the article number
   * @param description what it says
   * @return the authority
   */
  public static Authority of(InstrumentId instrument, String article, String description) {
    return new Authority(instrument, Optional.of(article), description);
  }

  /**
   * A whole instrument.
   *
   * @param instrument the instrument
   * @param description what it says
   * @return the authority
   */
  public static Authority of(InstrumentId instrument, String description) {
    return new Authority(instrument, Optional.empty(), description);
  }

  /**
   * Returns the authority as {@link Verdict#explain()} prints it: the instrument id, the article
   * if any, and the description in parentheses.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return instrument.value() + article.map(a -> " art. " + a).orElse("") + " (" + description + ")";
  }
}
