package org.cstokit.analytics.rules;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cstokit.analytics.rules.BasingRule.Reading;
import org.cstokit.model.actor.StateCode;
import org.immutables.value.Value;

/**
 * A member hosting another state's forces or military infrastructure, for
 * {@link BasingRule#evaluate}: the host, the guest, the day, the members that officially object
 * and those that explicitly consent (none by default), and the reading of the 2011 rule
 * ({@link Reading#NO_OBJECTION} by default). Immutable and thread-safe; build with
 * {@link #builder()}.
 */
@Value.Immutable
public abstract class BasingCase {
  BasingCase() {}

  /**
   * Returns the host state.
   *
   * @return the host
   */
  public abstract StateCode host();

  /**
   * Returns the state whose forces or infrastructure would be hosted.
   *
   * @return the guest
   */
  public abstract StateCode guest();

  /**
   * Returns the day of the decision.
   *
   * @return the day
   */
  public abstract LocalDate on();

  /**
   * Returns the states that officially object, in code order.
   *
   * @return the objecting states; empty by default
   */
  @Value.NaturalOrder
  public abstract SortedSet<StateCode> objections();

  /**
   * Returns the states that explicitly consent, in code order. Under
   * {@link Reading#NO_OBJECTION} these are the members consulted that did not object: with all of
   * them given the answer is {@code ALLOWED}, otherwise {@code ALLOWED_UNLESS_OBJECTION}.
   *
   * @return the consenting states; empty by default
   */
  @Value.NaturalOrder
  public abstract SortedSet<StateCode> consents();

  /**
   * Returns how to read the 2011 rule.
   *
   * @return the reading; {@link Reading#NO_OBJECTION}, the protocol's text, by default
   */
  @Value.Default
  public Reading reading() {
    return Reading.NO_OBJECTION;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder; {@code host}, {@code guest} and {@code on} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BasingCase}; {@code host}, {@code guest} and {@code on} are required. */
  public static final class Builder extends ImmutableBasingCase.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    SortedSet<StateCode> both = new TreeSet<>(objections());
    both.retainAll(consents());
    if (!both.isEmpty()) {
      throw new IllegalArgumentException("objections: " + both + " also in consents; a member cannot both object and consent");
    }
  }
}
