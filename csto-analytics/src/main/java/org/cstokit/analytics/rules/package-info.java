/**
 * The CSTO's charter rules as pure functions returning a {@link org.cstokit.analytics.rules.Verdict}.
 *
 * <p>Every rule has one verb and one argument order: {@code static Verdict evaluate(Dataset data,
 * XCase c)}, where the case is an immutable value built with a builder and sensible defaults —
 * {@link org.cstokit.analytics.rules.ConsensusRule} ({@link org.cstokit.analytics.rules.ConsensusCase}),
 * {@link org.cstokit.analytics.rules.BasingRule} ({@link org.cstokit.analytics.rules.BasingCase}),
 * {@link org.cstokit.analytics.rules.CollectiveDefenceRule}
 * ({@link org.cstokit.analytics.rules.CollectiveDefenceCase}),
 * {@link org.cstokit.analytics.rules.InterventionRule}
 * ({@link org.cstokit.analytics.rules.InterventionCase}),
 * {@link org.cstokit.analytics.rules.OutOfAreaRule} ({@link org.cstokit.analytics.rules.OutOfAreaCase}),
 * {@link org.cstokit.analytics.rules.AccessionRule} and
 * {@link org.cstokit.analytics.rules.ObserverRule} ({@link org.cstokit.analytics.rules.AdmissionCase}),
 * {@link org.cstokit.analytics.rules.WithdrawalRule} ({@link org.cstokit.analytics.rules.WithdrawalCase}),
 * {@link org.cstokit.analytics.rules.RotationSchedule} ({@link org.cstokit.analytics.rules.RotationCase});
 * {@link org.cstokit.analytics.rules.Audit#evaluate} runs them over every recorded decision.
 *
 * <p>Legal outcomes are verdicts, never exceptions. Input whose shape is wrong (a victim that is
 * its own aggressor, a member that both objects and consents) is rejected when the case is built;
 * input that only the data set can judge (an unknown state, a date before the organization
 * existed) is an {@link java.lang.IllegalArgumentException} from {@code evaluate} naming the field.
 * Which outcomes each rule can return is {@link org.cstokit.analytics.rules.RuleName#outcomes()}.
 */
@CstoStyle
package org.cstokit.analytics.rules;

import org.cstokit.model.CstoStyle;
