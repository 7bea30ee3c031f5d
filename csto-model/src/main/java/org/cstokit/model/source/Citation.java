package org.cstokit.model.source;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * Where in a {@link Source} a fact is stated: the section heading, the endnote whose marker
 * closes the passage, for tables the row, and optionally a page or another locator (a URL
 * fragment, a paragraph). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
public abstract class Citation {
  Citation() {}

  /**
   * Returns the cited source.
   *
   * @return the source id
   */
  public abstract SourceId source();

  /**
   * Returns the heading of the section that holds the fact, exactly as the source prints it (for
   * a table, its number such as {@code Table III-1}).
   *
   * @return the section heading
   */
  public abstract String section();

  /**
   * Returns the number of the endnote whose marker closes the passage, if there is one.
   *
   * @return the endnote number, or empty
   */
  public abstract Optional<Integer> note();

  /**
   * Returns the 1-based row of a table, in printed order.
   *
   * @return the row, or empty
   */
  public abstract Optional<Integer> row();

  /**
   * Returns the printed page, where known.
   *
   * @return the page, or empty
   */
  public abstract Optional<Integer> page();

  /**
   * Returns another locator (for a web source, the address of the page).
   *
   * @return the locator, or empty
   */
  public abstract Optional<String> locator();

  /**
   * Returns the date this passage speaks for, where it differs from its source's
   * {@link Source#knownAsOf() horizon}. A passage that says a fact still held on a day (a 2024
   * statement that a state "remains a member") confirms it to that day; a passage of a recent
   * source that speaks only of how a fact began (a 2026 page giving a 1993 accession date) is
   * cited with that earlier date, so that it does not extend the fact to the source's own horizon.
   * Empty means the source's horizon. It may not lie after that horizon (the data loader checks
   * this).
   *
   * @return the date confirmed, or empty
   */
  public abstract Optional<PartialDate> asOf();

  /**
   * A citation of a section and endnote.
   *
   * @param source the source
   * @param section the section heading
   * @param note the endnote number
   * @return the citation
   */
  public static Citation of(SourceId source, String section, int note) {
    return builder().source(source).section(section).note(note).build();
  }

  /**
   * A citation of a whole section, without endnote.
   *
   * @param source the source
   * @param section the section heading
   * @return the citation
   */
  public static Citation of(SourceId source, String section) {
    return builder().source(source).section(section).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Citation}; {@code source} and {@code section} are required. */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(section(), "section");
    // plain conditions rather than lambdas: every citation loaded runs this check, and each lambda
    // call site costs its first use a bootstrap on a cold start
    // each optional read once: an accessor wraps its value in a new Optional per call
    Integer note = note().orElse(null);
    Integer row = row().orElse(null);
    Integer page = page().orElse(null);
    String locator = locator().orElse(null);
    if (note != null) {
      Checks.positive(note, "note");
    }
    if (row != null) {
      Checks.positive(row, "row");
    }
    if (page != null) {
      Checks.positive(page, "page");
    }
    if (locator != null) {
      Checks.notBlank(locator, "locator");
    }
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source().value()).append(", ").append(section());
    note().ifPresent(n -> s.append(", note ").append(n));
    row().ifPresent(n -> s.append(", row ").append(n));
    page().ifPresent(n -> s.append(", p. ").append(n));
    locator().ifPresent(l -> s.append(", ").append(l));
    asOf().ifPresent(d -> s.append(", as of ").append(d));
    return s.toString();
  }
}
