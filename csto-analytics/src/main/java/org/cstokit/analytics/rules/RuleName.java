package org.cstokit.analytics.rules;

import static org.cstokit.analytics.rules.Outcome.ADOPTED;
import static org.cstokit.analytics.rules.Outcome.ALLOWED;
import static org.cstokit.analytics.rules.Outcome.ALLOWED_UNLESS_OBJECTION;
import static org.cstokit.analytics.rules.Outcome.BLOCKED;
import static org.cstokit.analytics.rules.Outcome.DECISION_REQUIRED;
import static org.cstokit.analytics.rules.Outcome.NOT_APPLICABLE;
import static org.cstokit.analytics.rules.Outcome.NOT_REQUIRED;
import static org.cstokit.analytics.rules.Outcome.OBLIGED;
import static org.cstokit.analytics.rules.Outcome.UNDETERMINED;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;

/**
 * The rules of this package, each with the name its verdicts print and the outcomes it can
 * return. The outcome sets are a documented, tested contract ({@code RuleOutcomesProperties}):
 * every verdict's outcome lies in its rule's set, and every outcome of a set is reached by some
 * case; {@link Verdict.Builder#outcome} refuses any other.
 */
public enum RuleName {
  /** {@link ConsensusRule}: a decision of an organ under its procedure. */
  CONSENSUS("consensus decision", ADOPTED, BLOCKED, NOT_APPLICABLE, UNDETERMINED),
  /** {@link BasingRule}: a member hosting another state's forces or infrastructure. */
  BASING("third-state basing", ALLOWED, ALLOWED_UNLESS_OBJECTION, BLOCKED, NOT_REQUIRED, NOT_APPLICABLE, UNDETERMINED),
  /** {@link CollectiveDefenceRule}: Article 4 of the Treaty. */
  COLLECTIVE_DEFENCE("collective defence (Treaty Article 4)", OBLIGED, DECISION_REQUIRED, BLOCKED, NOT_REQUIRED,
      NOT_APPLICABLE, UNDETERMINED),
  /** {@link InterventionRule}: collective forces inside a member. */
  INTERVENTION("use of collective forces", ALLOWED, BLOCKED, NOT_APPLICABLE, UNDETERMINED),
  /** {@link OutOfAreaRule}: collective forces outside the members' territory. */
  OUT_OF_AREA("use of collective forces out of area", ALLOWED, BLOCKED, UNDETERMINED),
  /** {@link AccessionRule}: the admission of a member. */
  ACCESSION("membership (member)", ADOPTED, BLOCKED, NOT_APPLICABLE, UNDETERMINED),
  /** {@link ObserverRule}: the grant of observer status. */
  OBSERVER("membership (observer)", ADOPTED, BLOCKED, NOT_APPLICABLE, UNDETERMINED),
  /** {@link WithdrawalRule}: a member's withdrawal. */
  WITHDRAWAL("membership (withdrawal)", ALLOWED, NOT_APPLICABLE, UNDETERMINED),
  /**
   * {@link RotationSchedule}: the expected holder of a rotating office; {@code ALLOWED} names
   * the expected state in {@link Verdict#obliged()}.
   */
  ROTATION("rotation", ALLOWED, NOT_APPLICABLE, UNDETERMINED);

  private final String label;
  private final ImmutableSet<Outcome> outcomes;

  RuleName(String label, Outcome first, Outcome... rest) {
    this.label = label;
    this.outcomes = Sets.immutableEnumSet(first, rest);
  }

  /**
   * Returns the name verdicts of the rule print, as {@link Verdict#explain()} begins.
   *
   * @return the rule's name in plain words ("third-state basing")
   */
  public String label() {
    return label;
  }

  /**
   * Returns the outcomes the rule can return, in the order of {@link Outcome}.
   *
   * @return the rule's outcomes; never empty
   */
  public ImmutableSet<Outcome> outcomes() {
    return outcomes;
  }

  /**
   * Returns the label.
   *
   * @return {@link #label()}
   */
  @Override
  public String toString() {
    return label;
  }
}
