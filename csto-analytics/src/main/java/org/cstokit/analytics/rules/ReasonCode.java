package org.cstokit.analytics.rules;

/**
 * What kind of reason a {@link Reason} gives, for programs that act on reasons without reading
 * their text. The codes are few on purpose: each names one kind of consideration, used the same
 * way by every rule.
 */
public enum ReasonCode {
  /** The day lies past the horizon of the membership data: the member set may differ unseen. */
  PAST_HORIZON,
  /** A state the rule needs as a member (or party) is not one on the day. */
  NOT_A_MEMBER,
  /** Whether a state is a member on the day cannot be told from the dates recorded. */
  MEMBERSHIP_UNCERTAIN,
  /** A date the rule depends on is known too coarsely to tell the day's answer. */
  DATE_TOO_COARSE,
  /** The day precedes the instrument (or rule) that would apply: nothing of it binds yet. */
  BEFORE_INSTRUMENT,
  /** The verdict takes a fact as given that the data does not record (an entry into force). */
  ASSUMPTION,
  /** What the instruments in force on the day provide, as it bears on the case. */
  LEGAL_BASIS,
  /** The case lies outside what the rule governs (a member's own forces, a war between parties). */
  OUTSIDE_RULE,
  /** The members or the sources dispute whether the rule covers the case. */
  DISPUTED,
  /** A fact the rule needs is not recorded (an organ's procedure, a linked decision). */
  FACT_MISSING,
  /** The decision procedure that applies, as the data records it. */
  PROCEDURE,
  /** Which reading of a contested rule the verdict follows. */
  READING,
  /** A de facto practice beside the law (a participation declared frozen). */
  PRACTICE,
  /** A condition a member stated for taking part, and whether it is met. */
  CONDITION,
  /** A member objected. */
  OBJECTED,
  /** The agreement the decision needs is lacking for another reason than an objection. */
  NOT_AGREED,
  /** A position, objection or state the rule does not count (a non-member's, an abstention). */
  NOT_COUNTED,
  /** A request or consent the rule needs was not given. */
  CONSENT_MISSING,
  /** A request or consent the rule needs was given. */
  CONSENT_GIVEN,
  /** Positions that could still change the outcome are not recorded. */
  POSITION_MISSING,
  /** The agreement the rule needs is there. */
  AGREED,
  /** A value derived from a rule (an expected holder), not stated by a source. */
  DERIVED,
  /** The rule's outcome and the outcome the source reports differ (the audit). */
  REPORTED_OTHERWISE
}
