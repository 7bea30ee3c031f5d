package org.cstokit.model.actor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.immutables.value.Value;

/**
 * A state: its ISO code, English and Russian short names (the Russian name decides the
 * alphabetical rotation of CSTO posts) and the codes other data sets use.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableState.class)
@JsonDeserialize(as = ImmutableState.class)
public abstract class State implements Fact {
  State() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract StateCode id();

  /**
   * Returns the English short name.
   *
   * @return the English short name
   */
  public abstract String nameEn();

  /**
   * Returns the Russian short name, in Cyrillic.
   *
   * @return the Russian short name, in Cyrillic
   */
  public abstract String nameRu();

  /**
   * Returns the ISO 3166-1 alpha-2 code.
   *
   * @return the ISO 3166-1 alpha-2 code
   */
  public abstract String alpha2();

  /**
   * Returns the Correlates of War state number.
   *
   * @return the Correlates of War state number, or empty when the source does not give it
   */
  public abstract Optional<Integer> cow();

  /**
   * Returns the name SIPRI uses for the state.
   *
   * @return the name SIPRI uses for the state, or empty when the source does not give it
   */
  public abstract Optional<String> sipri();

  /**
   * Returns the Wikidata item id (Q…).
   *
   * @return the Wikidata item id (Q…), or empty when the source does not give it
   */
  public abstract Optional<String> wikidata();

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

  /** Builds a {@link State}; {@code nameEn}, {@code nameRu}, {@code alpha2} are required. */
  public static final class Builder extends ImmutableState.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(nameEn(), "nameEn");
    Checks.notBlank(nameRu(), "nameRu");
    Checks.matches(alpha2(), java.util.regex.Pattern.compile("[A-Z]{2}"), "alpha2", "two capital letters");
    wikidata().ifPresent(w -> Checks.matches(w, java.util.regex.Pattern.compile("Q[1-9][0-9]*"), "wikidata", "a Wikidata id like Q399"));
    cow().ifPresent(c -> Checks.positive(c, "cow"));
  }

}
