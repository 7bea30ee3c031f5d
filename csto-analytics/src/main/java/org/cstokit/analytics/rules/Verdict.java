package org.cstokit.analytics.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
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
  // the reasons as the builder took them, in pairs: the code, then a Reason or a Supplier of the
  // text that a rule composes only when the reasons are read (most verdicts are read for their
  // outcome alone); the builder's own array, which it copies before it writes again, and of
  // which only the first 2 * size slots are this verdict's; reasons() turns them into Reasons once
  private final Object[] entries;
  private final int size;
  private volatile ImmutableList<Reason> reasons;

  private Verdict(Builder b, Outcome outcome) {
    this.outcome = outcome;
    this.rule = b.rule;
    this.authorities = ImmutableList.copyOf(b.authorities);
    this.canBlock = build(b.canBlock);
    this.blockedBy = build(b.blockedBy);
    this.obliged = build(b.obliged);
    this.mustConsent = build(b.mustConsent);
    this.entries = b.entries;
    this.size = b.size;
    b.shared = true;
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
    ImmutableList<Reason> out = reasons;
    if (out == null) {
      synchronized (this) {
        out = reasons;
        if (out == null) {
          out = reasons = compose(entries, size);
        }
      }
    }
    return out;
  }

  /** The reasons of the builder's entries, each text composed now where it was deferred. */
  private static ImmutableList<Reason> compose(Object[] entries, int size) {
    Reason[] out = new Reason[size];
    for (int i = 0; i < size; i++) {
      Object text = entries[2 * i + 1];
      out[i] = text instanceof Reason r ? r : new Reason((ReasonCode) entries[2 * i], (String) ((Supplier<?>) text).get());
    }
    return ImmutableList.copyOf(out);
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
    reasons().forEach(r -> s.append("  - ").append(r.text()).append('\n'));
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Verdict v && outcome == v.outcome && rule == v.rule && authorities.equals(v.authorities)
        && canBlock.equals(v.canBlock) && blockedBy.equals(v.blockedBy) && obliged.equals(v.obliged)
        && mustConsent.equals(v.mustConsent) && reasons().equals(v.reasons());
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome, rule, authorities, canBlock, blockedBy, obliged, mustConsent, reasons());
  }

  @SuppressWarnings("unchecked")
  private static ImmutableSortedSet<StateCode> build(Object set) {
    if (set == null) {
      return ImmutableSortedSet.of();
    }
    return set instanceof ImmutableSortedSet<?> s ? (ImmutableSortedSet<StateCode>) s
        : ((ImmutableSortedSet.Builder<StateCode>) set).build();
  }

  /**
   * Returns the outcome and the rule, for debugging; {@link #explain()} gives the whole verdict.
   *
   * @return a short text
   */
  @Override
  public String toString() {
    return "Verdict{" + rule.name() + " " + outcome + ", " + size + " reasons}";
  }

  /** Builds a {@link Verdict}; not thread-safe. */
  public static final class Builder {
    private final RuleName rule;
    // an immutable list until an authority is added one by one (most rules give theirs as a constant)
    private List<Authority> authorities = ImmutableList.of();
    // each set is null until a state is first added to it (most verdicts fill one or two of them),
    // then the immutable sorted set first added, as it is, then a builder if more are added
    private Object canBlock;
    private Object blockedBy;
    private Object obliged;
    private Object mustConsent;
    // the reasons in pairs: the code, then a Reason or a Supplier of the text; shared once a
    // verdict holds the array, which is then copied before the next write
    private Object[] entries = new Object[8];
    private int size;
    private boolean shared;

    private Builder(RuleName rule) {
      this.rule = rule;
    }

    @SuppressWarnings("unchecked")
    private static Object add(Object set, Collection<StateCode> states) {
      if (states.isEmpty()) {
        return set;
      }
      if (set == null) {
        // keeps an ImmutableSortedSet in natural order as it is (copyOf returns it), copies any other
        return ImmutableSortedSet.copyOf(states);
      }
      ImmutableSortedSet.Builder<StateCode> b = set instanceof ImmutableSortedSet<?> s
          ? ImmutableSortedSet.<StateCode>naturalOrder().addAll((ImmutableSortedSet<StateCode>) s)
          : (ImmutableSortedSet.Builder<StateCode>) set;
      return b.addAll(states);
    }

    private Builder reason(ReasonCode code, Object text) {
      if (shared || 2 * size == entries.length) {
        entries = Arrays.copyOf(entries, 2 * size == entries.length ? 2 * entries.length : entries.length);
        shared = false;
      }
      entries[2 * size] = code;
      entries[2 * size + 1] = text;
      size++;
      return this;
    }

    /**
     * Adds the deciding authorities of a rule, as one list.
     *
     * @param list the authorities, in order
     * @return this builder
     */
    Builder by(ImmutableList<Authority> list) {
      if (authorities.isEmpty()) {
        authorities = list;
      } else {
        list.forEach(this::by);
      }
      return this;
    }

    /**
     * Adds a deciding authority.
     *
     * @param authority the authority
     * @return this builder
     */
    public Builder by(Authority authority) {
      Objects.requireNonNull(authority, "authority");
      if (!(authorities instanceof ArrayList)) {
        authorities = new ArrayList<>(authorities);
      }
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
      return because(new Reason(code, text));
    }

    /**
     * Adds a reason whose text is composed only when the verdict's reasons are read: the
     * supplier must compose the same text on every call from values that do not change, and
     * never a blank one.
     *
     * @param code what kind of reason it is
     * @param text composes the reason, in plain words
     * @return this builder
     */
    Builder because(ReasonCode code, Supplier<String> text) {
      return reason(Objects.requireNonNull(code, "code"), Objects.requireNonNull(text, "text"));
    }

    /**
     * Adds a reason.
     *
     * @param reason the reason
     * @return this builder
     */
    public Builder because(Reason reason) {
      return reason(Objects.requireNonNull(reason, "reason").code(), reason);
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
      if (size == 0) {
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
