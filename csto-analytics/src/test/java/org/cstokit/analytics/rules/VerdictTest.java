package org.cstokit.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Set;
import org.cstokit.data.WellKnown;
import org.cstokit.model.actor.StateCode;
import org.junit.jupiter.api.Test;

/** Verdicts, reasons and rule names as values. */
class VerdictTest {
  static final StateCode ARM = StateCode.of("ARM");

  static Verdict blocked(String reason) {
    return Verdict.of(RuleName.CONSENSUS).canBlock(Set.of(ARM)).blockedBy(Set.of(ARM))
        .because(ReasonCode.OBJECTED, reason).outcome(Outcome.BLOCKED);
  }

  @Test
  void a_verdict_is_a_value_equal_by_every_field() {
    new EqualsTester()
        .addEqualityGroup(blocked("objected: [ARM]"), blocked("objected: [ARM]"))
        .addEqualityGroup(blocked("another text"))
        .addEqualityGroup(Verdict.of(RuleName.CONSENSUS).because(ReasonCode.OBJECTED, "objected: [ARM]").outcome(Outcome.BLOCKED))
        .addEqualityGroup(Verdict.of(RuleName.CONSENSUS).canBlock(Set.of(ARM)).blockedBy(Set.of(ARM))
            .because(ReasonCode.AGREED, "objected: [ARM]").outcome(Outcome.BLOCKED))
        .addEqualityGroup(Verdict.of(RuleName.ACCESSION).canBlock(Set.of(ARM)).blockedBy(Set.of(ARM))
            .because(ReasonCode.OBJECTED, "objected: [ARM]").outcome(Outcome.BLOCKED))
        .addEqualityGroup(Verdict.of(RuleName.CONSENSUS).canBlock(Set.of(ARM)).blockedBy(Set.of(ARM))
            .because(ReasonCode.OBJECTED, "objected: [ARM]").outcome(Outcome.UNDETERMINED))
        .addEqualityGroup(Verdict.of(RuleName.COLLECTIVE_DEFENCE).obliged(Set.of(ARM)).because(ReasonCode.AGREED, "x")
            .outcome(Outcome.OBLIGED))
        .addEqualityGroup(Verdict.of(RuleName.BASING).mustConsent(Set.of(ARM)).because(ReasonCode.AGREED, "x")
            .outcome(Outcome.ALLOWED))
        .addEqualityGroup(Verdict.of(RuleName.BASING).by(Authority.of(WellKnown.CHARTER, "x")).because(ReasonCode.AGREED, "x")
            .outcome(Outcome.ALLOWED))
        .testEquals();
    assertEquals("Verdict{CONSENSUS BLOCKED, 1 reasons}", blocked("x").toString());
  }

  @Test
  void a_verdict_needs_a_reason_and_an_outcome_its_rule_can_return() {
    assertEquals("reasons: a verdict must give at least one reason",
        assertThrows(IllegalArgumentException.class, () -> Verdict.of(RuleName.BASING).outcome(Outcome.ALLOWED)).getMessage());
    assertEquals("outcome: OBLIGED is not an outcome of the rule WITHDRAWAL [ALLOWED, NOT_APPLICABLE, UNDETERMINED]",
        assertThrows(IllegalArgumentException.class, () -> Verdict.of(RuleName.WITHDRAWAL).because(ReasonCode.AGREED, "x")
            .outcome(Outcome.OBLIGED)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Reason(ReasonCode.AGREED, " "));
    assertEquals("objected", new Reason(ReasonCode.OBJECTED, "objected").toString());
  }

  @Test
  void the_explanation_prints_the_rules_name_and_the_reasons_text() {
    Verdict v = Verdict.of(RuleName.COLLECTIVE_DEFENCE).by(Authority.of(WellKnown.CHARTER, "4", "assist"))
        .obliged(Set.of(ARM)).mustConsent(Set.of(ARM)).because(ReasonCode.AGREED, "decided").outcome(Outcome.OBLIGED);
    assertEquals(String.join("\n", "collective defence (Treaty Article 4): OBLIGED", "  by inst-2002-csto-charter art. 4 (assist)",
        "  obliged: [ARM]", "  must consent: [ARM]", "  - decided", ""), v.explain());
    assertEquals(List.of(new Reason(ReasonCode.AGREED, "decided")), v.reasons());
    assertEquals("third-state basing", RuleName.BASING.toString());
    assertEquals("membership (withdrawal)", RuleName.WITHDRAWAL.label());
  }
}
