package org.cstokit.analytics.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.cstokit.model.actor.StateCode;

/**
 * The answer of a rule: the outcome, the rule that produced it, the instruments and articles
 * that decide it, the states that decide it (those who can block, those who blocked, those
 * obliged, those whose consent is needed), and the reasons in plain words. Immutable and
 * thread-safe.
 *
 * @param outcome the outcome
 * @param rule the name of the rule that produced the verdict
 * @param authorities the deciding instruments and articles
 * @param canBlock the states able to block
 * @param blockedBy the states that blocked
 * @param obliged the states the rule obliges
 * @param mustConsent the states whose consent is needed
 * @param reasons the reasons, in plain words, in the order they were found
 */
public record Verdict(Outcome outcome, String rule, ImmutableList<Authority> authorities,
    ImmutableSortedSet<StateCode> canBlock, ImmutableSortedSet<StateCode> blockedBy,
    ImmutableSortedSet<StateCode> obliged, ImmutableSortedSet<StateCode> mustConsent,
    ImmutableList<String> reasons) {

  /**
   * Validates the components.
   *
   * @param outcome the outcome
   * @param rule the rule
   * @param authorities the authorities
   * @param canBlock who can block
   * @param blockedBy who blocked
   * @param obliged who is obliged
   * @param mustConsent who must consent
   * @param reasons the reasons
   */
  public Verdict {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(authorities, "authorities");
    Objects.requireNonNull(canBlock, "canBlock");
    Objects.requireNonNull(blockedBy, "blockedBy");
    Objects.requireNonNull(obliged, "obliged");
    Objects.requireNonNull(mustConsent, "mustConsent");
    Objects.requireNonNull(reasons, "reasons");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons: a verdict must give at least one reason");
    }
  }

  /**
   * Starts a verdict of a rule.
   *
   * @param rule the rule's name
   * @return a builder
   */
  public static Builder of(String rule) {
    return new Builder(rule);
  }

  /**
   * Returns the verdict as lines of plain text: outcome, authorities, decisive states, reasons.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder s = new StringBuilder(rule).append(": ").append(outcome).append('\n');
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
    reasons.forEach(r -> s.append("  - ").append(r).append('\n'));
    return s.toString();
  }

  /** Builds a {@link Verdict}. */
  public static final class Builder {
    private final String rule;
    private final List<Authority> authorities = new ArrayList<>();
    private final TreeSet<StateCode> canBlock = new TreeSet<>();
    private final TreeSet<StateCode> blockedBy = new TreeSet<>();
    private final TreeSet<StateCode> obliged = new TreeSet<>();
    private final TreeSet<StateCode> mustConsent = new TreeSet<>();
    private final List<String> reasons = new ArrayList<>();

    private Builder(String rule) {
      this.rule = rule;
    }

    /**
     * Adds a deciding authority.
     *
     * @param authority the authority
     * @return this builder
     */
    public Builder by(Authority authority) {
      authorities.add(authority);
      return this;
    }

    /**
     * Adds states able to block.
     *
     * @param states the states
     * @return this builder
     */
    public Builder canBlock(Collection<StateCode> states) {
      canBlock.addAll(states);
      return this;
    }

    /**
     * Adds states that blocked.
     *
     * @param states the states
     * @return this builder
     */
    public Builder blockedBy(Collection<StateCode> states) {
      blockedBy.addAll(states);
      return this;
    }

    /**
     * Adds obliged states.
     *
     * @param states the states
     * @return this builder
     */
    public Builder obliged(Collection<StateCode> states) {
      obliged.addAll(states);
      return this;
    }

    /**
     * Adds states whose consent is needed.
     *
     * @param states the states
     * @return this builder
     */
    public Builder mustConsent(Collection<StateCode> states) {
      mustConsent.addAll(states);
      return this;
    }

    /**
     * Adds a reason.
     *
     * @param reason the reason, in plain words
     * @return this builder
     */
    public Builder because(String reason) {
      reasons.add(reason);
      return this;
    }

    /**
     * Builds the verdict.
     *
     * @param outcome the outcome
     * @return the verdict
     */
    public Verdict outcome(Outcome outcome) {
      return new Verdict(outcome, rule, ImmutableList.copyOf(authorities), ImmutableSortedSet.copyOf(canBlock),
          ImmutableSortedSet.copyOf(blockedBy), ImmutableSortedSet.copyOf(obliged),
          ImmutableSortedSet.copyOf(mustConsent), ImmutableList.copyOf(reasons));
    }
  }
}
