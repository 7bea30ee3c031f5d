package org.cstokit.model.source;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * A document that facts are taken from: its bibliographic record and, for structured documents,
 * the ordered list of its section headings that citations refer to. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public abstract class Source {
  Source() {}

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  public abstract SourceId id();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the authors, in the order the document gives them.
   *
   * @return the authors, possibly empty (a corporate web page)
   */
  public abstract List<String> authors();

  /**
   * Returns the publisher.
   *
   * @return the publisher
   */
  public abstract String publisher();

  /**
   * Returns the place of publication, if known.
   *
   * @return the place, or empty
   */
  public abstract Optional<String> place();

  /**
   * Returns the year of publication (or of retrieval for a web page).
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns the horizon of the source: the last date it speaks for. A fact the source leaves
   * open ("Secretary General since May 2017") is taken to hold up to this date, and no further:
   * the source says nothing of what came after. For a monograph it is the date of its latest
   * facts, for a news item its publication day, for a web page the day it was read. A horizon
   * known only to the month or year counts from its first day (see {@link #horizonDay()}).
   *
   * @return the horizon
   */
  public abstract PartialDate knownAsOf();

  /**
   * Returns the last day this source speaks for: the first day of {@link #knownAsOf()}, so that a
   * horizon given to the month never claims days the source may not have seen.
   *
   * @return the horizon as a day
   */
  public final LocalDate horizonDay() {
    return knownAsOf().earliest();
  }

  /**
   * Returns what kind of document it is.
   *
   * @return the kind
   */
  public abstract SourceKind kind();

  /**
   * Returns the address of the document, if it has one.
   *
   * @return the URL, or empty
   */
  public abstract Optional<String> url();

  /**
   * Returns the day (or month) the document was read at its address, for a document cited by
   * address: the page may change or vanish after it.
   *
   * @return the access date, or empty (a printed monograph)
   */
  public abstract Optional<PartialDate> accessed();

  /**
   * Returns the licence or copyright status, if stated.
   *
   * @return the licence, or empty
   */
  public abstract Optional<String> licence();

  /**
   * Returns the section headings, in document order, that citations may name.
   *
   * @return the headings, possibly empty (then any section name is accepted)
   */
  public abstract List<String> sections();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(title(), "title");
    Checks.notBlank(publisher(), "publisher");
    Checks.year(year(), "year");
    if (accessed().isPresent() && accessed().get().isCertainlyBefore(knownAsOf())) {
      throw Checks.invalid(org.cstokit.model.InvalidValueException.Kind.INCONSISTENT, "accessed", accessed().get(),
          "is before the date the document speaks for (knownAsOf " + knownAsOf() + ")");
    }
    if (knownAsOf().year() > year()) {
      throw Checks.invalid(org.cstokit.model.InvalidValueException.Kind.INCONSISTENT, "knownAsOf", knownAsOf(),
          "lies after the year of publication or retrieval " + year());
    }
    Checks.check(sections().stream().distinct().count() == sections().size(),
        org.cstokit.model.InvalidValueException.Kind.INCONSISTENT, "sections", sections(), "repeats a heading");
  }
}
