package org.cstokit.analytics.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.cstokit.model.actor.StateCode;

/**
 * The answer of a rule: the outcome, the rule that produced it, the instruments and articles
 * that decide it, the states that decide it (those who can block, those who blocked, those
 * obliged, those whose consent is needed), and the reasons, each with its code and its plain
 * words. Immutable and thread-safe; built only through {@link #of(RuleName)}.
 */
public final class Verdict {
  private final Outcome outcome;
  private final RuleName rule;
  private final ImmutableList<Authority> authorities;
  private final ImmutableSortedSet<StateCode> canBlock;
  private final ImmutableSortedSet<StateCode> blockedBy;
  private final ImmutableSortedSet<StateCode> obliged;
  private final ImmutableSortedSet<StateCode> mustConsent;
  private final ImmutableList<Reason> reasons;

  private Verdict(Builder b, Outcome outcome) {
    this.outcome = outcome;
    this.rule = b.rule;
    this.authorities = ImmutableList.copyOf(b.authorities);
    this.canBlock = build(b.canBlock);
    this.blockedBy = build(b.blockedBy);
    this.obliged = build(b.obliged);
    this.mustConsent = build(b.mustConsent);
    this.reasons = ImmutableList.copyOf(b.reasons);
  }

  /**
   * Starts a verdict of a rule.
   *
   * @param rule the rule
   * @return a builder
   */
  public static Builder of(RuleName rule) {
    return new Builder(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Returns the outcome; always one of {@code rule().outcomes()}.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Returns the rule that produced the verdict.
   *
   * @return the rule
   */
  public RuleName rule() {
    return rule;
  }

  /**
   * Returns the deciding instruments and articles, in the order the rule found them.
   *
   * @return the authorities; empty where the rule rests on data (a procedure) rather than a text
   */
  public ImmutableList<Authority> authorities() {
    return authorities;
  }

  /**
   * Returns the states able to block, in code order.
   *
   * @return the states able to block
   */
  public ImmutableSortedSet<StateCode> canBlock() {
    return canBlock;
  }

  /**
   * Returns the states that blocked, in code order.
   *
   * @return the states that blocked; empty unless the outcome is {@code BLOCKED}
   */
  public ImmutableSortedSet<StateCode> blockedBy() {
    return blockedBy;
  }

  /**
   * Returns the states the rule obliges (collective defence) or names (the expected holder of a
   * rotation), in code order.
   *
   * @return the obliged states
   */
  public ImmutableSortedSet<StateCode> obliged() {
    return obliged;
  }

  /**
   * Returns the states whose explicit consent is needed, in code order.
   *
   * @return the states that must consent
   */
  public ImmutableSortedSet<StateCode> mustConsent() {
    return mustConsent;
  }

  /**
   * Returns the reasons, in the order they were found; never empty.
   *
   * @return the reasons
   */
  public ImmutableList<Reason> reasons() {
    return reasons;
  }

  /**
   * Returns the verdict as lines of plain text: the rule's name and the outcome, the authorities,
   * the decisive states and the reasons' text, each line ending with a line feed.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder s = new StringBuilder(rule.label()).append(": ").append(outcome).append('\n');
    authorities.forEach(a -> s.append("  by ").append(a).append('\n'));
    if (!canBlock.isEmpty()) {
      s.append("  can block: ").append(canBlock).append('\n');
    }
    if (!blockedBy.isEmpty()) {
      s.append("  blocked by: ").append(blockedBy).append('\n');
    }
    if (!obliged.isEmpty()) {
      s.append("  obliged: ").append(obliged).append('\n');
    }
    if (!mustConsent.isEmpty()) {
      s.append("  must consent: ").append(mustConsent).append('\n');
    }
    reasons.forEach(r -> s.append("  - ").append(r.text()).append('\n'));
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Verdict v && outcome == v.outcome && rule == v.rule && authorities.equals(v.authorities)
        && canBlock.equals(v.canBlock) && blockedBy.equals(v.blockedBy) && obliged.equals(v.obliged)
        && mustConsent.equals(v.mustConsent) && reasons.equals(v.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome, rule, authorities, canBlock, blockedBy, obliged, mustConsent, reasons);
  }

  /**
   * Returns the outcome and the rule, for debugging; {@link #explain()} gives the whole verdict.
   *
   * @return a short text
   */
  private static ImmutableSortedSet<StateCode> build(ImmutableSortedSet.Builder<StateCode> set) {
    return set == null ? ImmutableSortedSet.of() : set.build();
  }

  @Override
  public String toString() {
    return "Verdict{" + rule.name() + " " + outcome + ", " + reasons.size() + " reasons}";
  }

  /** Builds a {@link Verdict}; not thread-safe. */
  public static final class Builder {
    private final RuleName rule;
    private final List<Authority> authorities = new ArrayList<>(3);
    // each set is started when a state is first added to it: most verdicts fill one or two of them
    private ImmutableSortedSet.Builder<StateCode> canBlock;
    private ImmutableSortedSet.Builder<StateCode> blockedBy;
    private ImmutableSortedSet.Builder<StateCode> obliged;
    private ImmutableSortedSet.Builder<StateCode> mustConsent;
    private final List<Reason> reasons = new ArrayList<>(4);

    private Builder(RuleName rule) {
      this.rule = rule;
    }

    private static ImmutableSortedSet.Builder<StateCode> add(ImmutableSortedSet.Builder<StateCode> set,
        Collection<StateCode> states) {
      if (states.isEmpty()) {
        return set;
      }
      return (set != null ? set : ImmutableSortedSet.<StateCode>naturalOrder()).addAll(states);
    }

    /**
     * Adds a deciding authority.
     *
     * @param authority the authority
     * @return this builder
     */
    public Builder by(Authority authority) {
      authorities.add(Objects.requireNonNull(authority, "authority"));
      return this;
    }

    /**
     * Adds states able to block.
     *
     * @param states the states
     * @return this builder
     */
    public Builder canBlock(Collection<StateCode> states) {
      canBlock = add(canBlock, states);
      return this;
    }

    /**
     * Adds states that blocked.
     *
     * @param states the states
     * @return this builder
     */
    public Builder blockedBy(Collection<StateCode> states) {
      blockedBy = add(blockedBy, states);
      return this;
    }

    /**
     * Adds obliged states.
     *
     * @param states the states
     * @return this builder
     */
    public Builder obliged(Collection<StateCode> states) {
      obliged = add(obliged, states);
      return this;
    }

    /**
     * Adds states whose consent is needed.
     *
     * @param states the states
     * @return this builder
     */
    public Builder mustConsent(Collection<StateCode> states) {
      mustConsent = add(mustConsent, states);
      return this;
    }

    /**
     * Adds a reason.
     *
     * @param code what kind of reason it is
     * @param text the reason, in plain words
     * @return this builder
     */
    public Builder because(ReasonCode code, String text) {
      reasons.add(new Reason(code, text));
      return this;
    }

    /**
     * Adds a reason.
     *
     * @param reason the reason
     * @return this builder
     */
    public Builder because(Reason reason) {
      reasons.add(Objects.requireNonNull(reason, "reason"));
      return this;
    }

    /**
     * Builds the verdict.
     *
     * @param outcome the outcome
     * @return the verdict
     * @throws IllegalArgumentException if no reason was given, or the outcome is not one of the
     *     rule's {@link RuleName#outcomes()}
     */
    public Verdict outcome(Outcome outcome) {
      Objects.requireNonNull(outcome, "outcome");
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("reasons: a verdict must give at least one reason");
      }
      if (!rule.outcomes().contains(outcome)) {
        throw new IllegalArgumentException("outcome: " + outcome + " is not an outcome of the rule " + rule.name()
            + " " + rule.outcomes());
      }
      return new Verdict(this, outcome);
    }
  }
}
