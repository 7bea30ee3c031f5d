package org.cstokit.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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

  static final StateCode BLR = StateCode.of("BLR");
  static final StateCode KAZ = StateCode.of("KAZ");

  @Test
  void a_deferred_text_is_composed_once_when_the_reasons_are_first_read_and_never_for_the_outcome_alone() {
    AtomicInteger calls = new AtomicInteger();
    Verdict v = Verdict.of(RuleName.CONSENSUS).because(ReasonCode.PROCEDURE, "procedure: CONSENSUS")
        .because(ReasonCode.OBJECTED, () -> "objected: [ARM]" + (calls.incrementAndGet() > 1 ? " again" : ""))
        .outcome(Outcome.BLOCKED);
    assertEquals(Outcome.BLOCKED, v.outcome());
    assertEquals("Verdict{CONSENSUS BLOCKED, 2 reasons}", v.toString());
    assertEquals(0, calls.get(), "building the verdict, its outcome and toString compose no text");
    assertEquals(List.of(new Reason(ReasonCode.PROCEDURE, "procedure: CONSENSUS"), new Reason(ReasonCode.OBJECTED,
        "objected: [ARM]")), v.reasons());
    assertSame(v.reasons(), v.reasons());
    assertEquals("consensus decision: BLOCKED\n  - procedure: CONSENSUS\n  - objected: [ARM]\n", v.explain());
    Verdict given = Verdict.of(RuleName.CONSENSUS).because(ReasonCode.PROCEDURE, "procedure: CONSENSUS")
        .because(ReasonCode.OBJECTED, "objected: [ARM]").outcome(Outcome.BLOCKED);
    assertEquals(given, v);
    assertEquals(given.hashCode(), v.hashCode());
    assertEquals(1, calls.get());
    Verdict other = Verdict.of(RuleName.CONSENSUS).because(ReasonCode.PROCEDURE, "procedure: CONSENSUS")
        .because(ReasonCode.OBJECTED, () -> "objected: [BLR]").outcome(Outcome.BLOCKED);
    assertNotEquals(v.hashCode(), other.hashCode(), "the hash code reads the deferred texts");
  }

  @Test
  void readers_on_many_threads_get_the_same_reasons_composed_once() throws Exception {
    for (int round = 0; round < 50; round++) {
      AtomicInteger calls = new AtomicInteger();
      Verdict v = Verdict.of(RuleName.CONSENSUS).because(ReasonCode.AGREED, () -> {
        calls.incrementAndGet();
        return "agreed";
      }).outcome(Outcome.ADOPTED);
      int threads = 4;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ImmutableList<Reason>>> got = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          got.add(pool.submit(() -> {
            start.await();
            return v.reasons();
          }));
        }
        start.countDown();
        for (Future<ImmutableList<Reason>> f : got) {
          assertSame(v.reasons(), f.get());
        }
      } finally {
        pool.shutdown();
      }
      assertEquals(List.of(new Reason(ReasonCode.AGREED, "agreed")), v.reasons());
      assertEquals(1, calls.get());
    }
  }

  @Test
  void a_given_text_is_checked_when_given_and_a_deferred_one_when_read() {
    Verdict.Builder b = Verdict.of(RuleName.CONSENSUS);
    assertEquals("text: a reason needs words (code AGREED)",
        assertThrows(IllegalArgumentException.class, () -> b.because(ReasonCode.AGREED, " ")).getMessage());
    assertThrows(NullPointerException.class, () -> b.because(null, () -> "x"));
    assertThrows(NullPointerException.class, () -> b.because(ReasonCode.AGREED, (java.util.function.Supplier<String>) null));
    assertThrows(NullPointerException.class, () -> b.because(null));
    Verdict v = b.because(ReasonCode.AGREED, () -> " ").outcome(Outcome.ADOPTED);
    assertEquals("text: a reason needs words (code AGREED)",
        assertThrows(IllegalArgumentException.class, v::reasons).getMessage());
  }

  @Test
  void reasons_keep_their_order_however_many_and_a_builder_used_again_leaves_its_verdicts_alone() {
    Verdict.Builder b = Verdict.of(RuleName.ROTATION);
    List<Reason> expected = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      String text = "reason " + i;
      ReasonCode code = ReasonCode.values()[i];
      expected.add(new Reason(code, text));
      if (i % 3 == 0) {
        b.because(code, text);
      } else if (i % 3 == 1) {
        b.because(new Reason(code, text));
      } else {
        b.because(code, () -> text);
      }
    }
    Verdict first = b.outcome(Outcome.ALLOWED);
    Verdict second = b.because(ReasonCode.DERIVED, () -> "one more").outcome(Outcome.ALLOWED);
    assertEquals(expected, first.reasons());
    assertEquals(10, second.reasons().size());
    assertEquals(new Reason(ReasonCode.DERIVED, "one more"), second.reasons().get(9));
    assertEquals("Verdict{ROTATION ALLOWED, 9 reasons}", first.toString());
  }

  @Test
  void the_states_sets_are_the_union_of_what_was_added_in_code_order_and_a_sorted_set_given_once_is_kept() {
    ImmutableSortedSet<StateCode> two = ImmutableSortedSet.of(KAZ, ARM);
    Verdict v = Verdict.of(RuleName.COLLECTIVE_DEFENCE).canBlock(two).obliged(new TreeSet<>(Set.of(KAZ)))
        .obliged(two).obliged(Set.of()).obliged(List.of(BLR, BLR)).mustConsent(Set.of()).mustConsent(List.of(KAZ, BLR))
        .blockedBy(two).blockedBy(Set.of(BLR)).because(ReasonCode.AGREED, "x").outcome(Outcome.OBLIGED);
    assertSame(two, v.canBlock());
    assertEquals(List.of(ARM, BLR, KAZ), List.copyOf(v.obliged()));
    assertEquals(List.of(BLR, KAZ), List.copyOf(v.mustConsent()));
    assertEquals(List.of(ARM, BLR, KAZ), List.copyOf(v.blockedBy()));
    assertEquals(ImmutableSortedSet.of(ARM, KAZ), two, "the set given is not changed");
    assertEquals(Set.of(), Verdict.of(RuleName.CONSENSUS).canBlock(Set.of()).because(ReasonCode.AGREED, "x")
        .outcome(Outcome.ADOPTED).canBlock());
  }

  @Test
  void authorities_keep_the_order_they_were_given_in_one_by_one_or_as_a_list() {
    Authority a = Authority.of(WellKnown.CHARTER, "a");
    Authority b = Authority.of(WellKnown.CHARTER, "7", "b");
    Authority c = Authority.of(WellKnown.BASING_PROTOCOL, "c");
    ImmutableList<Authority> list = ImmutableList.of(b, c);
    assertSame(list, Verdict.of(RuleName.BASING).by(list).because(ReasonCode.AGREED, "x").outcome(Outcome.ALLOWED)
        .authorities());
    assertEquals(List.of(a, b, c), Verdict.of(RuleName.BASING).by(a).by(list).because(ReasonCode.AGREED, "x")
        .outcome(Outcome.ALLOWED).authorities());
    assertEquals(List.of(b, c, a), Verdict.of(RuleName.BASING).by(list).by(a).because(ReasonCode.AGREED, "x")
        .outcome(Outcome.ALLOWED).authorities());
    assertEquals(List.of(b, c, b, c), Verdict.of(RuleName.BASING).by(list).by(list).because(ReasonCode.AGREED, "x")
        .outcome(Outcome.ALLOWED).authorities());
    assertEquals(List.of(), Verdict.of(RuleName.BASING).because(ReasonCode.AGREED, "x").outcome(Outcome.ALLOWED)
        .authorities());
    assertThrows(NullPointerException.class, () -> Verdict.of(RuleName.BASING).by((Authority) null));
  }
}
