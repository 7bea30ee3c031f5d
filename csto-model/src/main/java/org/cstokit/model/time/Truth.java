package org.cstokit.model.time;

/**
 * A three-valued answer (Kleene's strong logic): a question about a day can be certainly true,
 * certainly false or undecided because a date is known only to the month or year.
 */
public enum Truth {
  /** Certainly true. */
  YES,
  /** Certainly false. */
  NO,
  /** Cannot be decided from what is known. */
  UNKNOWN;

  /**
   * Returns {@link #YES} for {@code true} and {@link #NO} for {@code false}.
   *
   * @param value a plain boolean
   * @return its truth value
   */
  public static Truth of(boolean value) {
    return value ? YES : NO;
  }

  /**
   * Three-valued conjunction: {@code NO} if either is {@code NO}, {@code YES} if both are
   * {@code YES}, otherwise {@code UNKNOWN}.
   *
   * @param other the other operand
   * @return the conjunction
   */
  public Truth and(Truth other) {
    if (this == NO || other == NO) {
      return NO;
    }
    return this == YES && other == YES ? YES : UNKNOWN;
  }

  /**
   * Three-valued disjunction: {@code YES} if either is {@code YES}, {@code NO} if both are
   * {@code NO}, otherwise {@code UNKNOWN}.
   *
   * @param other the other operand
   * @return the disjunction
   */
  public Truth or(Truth other) {
    if (this == YES || other == YES) {
      return YES;
    }
    return this == NO && other == NO ? NO : UNKNOWN;
  }

  /**
   * Three-valued negation: swaps {@code YES} and {@code NO}, keeps {@code UNKNOWN}.
   *
   * @return the negation
   */
  public Truth not() {
    switch (this) {
      case YES:
        return NO;
      case NO:
        return YES;
      default:
        return UNKNOWN;
    }
  }

  /**
   * Turns this answer into a boolean under an explicit policy.
   *
   * @param policy {@link Policy#DEFINITELY} (only YES is true) or {@link Policy#POSSIBLY} (YES
   *     and UNKNOWN are true)
   * @return the boolean under that policy
   */
  public boolean holds(Policy policy) {
    return policy == Policy.DEFINITELY ? this == YES : this != NO;
  }
}
