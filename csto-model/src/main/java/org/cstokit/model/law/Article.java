package org.cstokit.model.law;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.source.ArticleId;
import org.immutables.value.Value;

/**
 * An article of an instrument, with an own-words summary of what it says and the typed provisions
 * it carries.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableArticle.class)
@JsonDeserialize(as = ImmutableArticle.class)
public abstract class Article implements Fact {
  Article() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract ArticleId id();

  /**
   * Returns the instrument (or instrument version) it belongs to.
   *
   * @return the instrument (or instrument version) it belongs to
   */
  public abstract InstrumentId instrument();

  /**
   * Returns the article number as printed, e.g. 4.
   *
   * @return the article number as printed, e.g. 4
   */
  public abstract String number();

  /**
   * Returns the heading.
   *
   * @return the heading, or empty when the source does not give it
   */
  public abstract Optional<String> heading();

  /**
   * Returns what the article says, in our own words.
   *
   * @return the what the article says, in our own words
   */
  public abstract String summary();

  /**
   * Returns the provisions it carries.
   *
   * @return the provisions it carries, in natural order
   */
  @Value.NaturalOrder
  public abstract SortedSet<ProvisionKind> provisions();

  /**
   * Returns where the fact is stated; never empty.
   *
   * @return where the fact is stated; never empty
   */
  @Override
  public abstract List<Citation> citations();

  /**
   * Returns other values recorded for fields of this fact.
   *
   * @return other values recorded for fields of this fact
   */
  @Override
  public abstract List<Dispute> disputes();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Article}; {@code instrument}, {@code number}, {@code summary} are required. */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(number(), "number");
    Checks.notBlank(summary(), "summary");
  }

}
