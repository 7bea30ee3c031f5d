package org.cstokit.analytics.rules;

import java.util.Objects;

/**
 * One reason of a verdict: its kind and its plain words. Immutable and thread-safe.
 *
 * @param code what kind of reason it is
 * @param text the reason in plain words, as {@link Verdict#explain()} prints it
 */
public record Reason(ReasonCode code, String text) {
  /**
   * Checks the components.
   *
   * @param code the kind of reason
   * @param text the plain words
   * @throws IllegalArgumentException if the text is blank
   */
  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text: a reason needs words (code " + code + ")");
    }
  }

  /**
   * Returns the text.
   *
   * @return the reason in plain words
   */
  @Override
  public String toString() {
    return text;
  }
}
