package org.cstokit.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cstokit.analytics.rules.BasingRule.Reading;
import org.cstokit.analytics.testing.Tally;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.testing.Scenarios;
import org.cstokit.testing.Scenarios.BasingProposal;
import org.cstokit.testing.Worlds;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the basing rule, generated from the cases they are about: a member hosting a
 * non-member on a day after the 2011 protocol and within the membership data's horizon, with
 * objections and consents drawn from the other members (often all of them). The expected
 * verdicts come from {@link Worlds#certainMembers}, a scan of the raw membership records, not
 * from the rule's helpers; every property counts its branches and fails if an interesting one ran
 * too rarely.
 */
class BasingRuleProperties {
  static final Dataset DATA = CstoData.bundled();
  static final List<StateCode> STATES = DATA.states().stream().map(s -> s.id()).collect(Collectors.toList());
  /** The day after the protocol's signing (2011-12-20); cases run from it to the membership data's horizon. */
  static final LocalDate FIRST = LocalDate.of(2011, 12, 21);
  static final int EXAMPLES = 400;

  /** Cases of a member hosting a non-member ({@link Scenarios#basingProposals}). */
  static final Gen<BasingProposal> CASES = Scenarios.basingProposals(DATA, FIRST);

  @Test
  void every_member_but_the_host_can_block_and_the_verdict_follows_the_objections_and_consents() {
    Tally tally = new Tally("basing verdicts");
    tally.qt().withExamples(EXAMPLES).forAll(CASES).checkAssert(c -> {
      for (Reading reading : Reading.values()) {
        Verdict v = BasingRule.evaluate(DATA, BasingCase.builder().host(c.host()).guest(c.guest()).on(c.date()).objections(c.objections()).consents(c.consents()).reading(reading).build());
        assertEquals(c.otherMembers(), v.canBlock(), () -> "every member other than the host can block: " + v.explain());
        Set<StateCode> valid = new TreeSet<>(c.objections());
        valid.retainAll(c.otherMembers());
        Outcome expected;
        if (!valid.isEmpty()) {
          expected = Outcome.BLOCKED;
        } else if (c.consents().containsAll(c.otherMembers())) {
          expected = Outcome.ALLOWED;
        } else {
          expected = reading == Reading.EXPLICIT_CONSENT ? Outcome.UNDETERMINED : Outcome.ALLOWED_UNLESS_OBJECTION;
        }
        assertEquals(expected, v.outcome(), v::explain);
        assertEquals(valid, v.blockedBy(), "only the members' objections block, and each is named");
        assertEquals(reading == Reading.EXPLICIT_CONSENT ? c.otherMembers() : Set.of(), v.mustConsent());
        tally.hit(reading + " " + expected);
        if (c.objections().size() > valid.size()) {
          tally.hit("an objection by a non-member");
        }
      }
    });
    for (Reading reading : Reading.values()) {
      tally.atLeast(reading + " " + Outcome.BLOCKED, 40).atLeast(reading + " " + Outcome.ALLOWED, 20);
    }
    tally.atLeast("EXPLICIT_CONSENT " + Outcome.UNDETERMINED, 20)
        .atLeast("NO_OBJECTION " + Outcome.ALLOWED_UNLESS_OBJECTION, 20).atLeast("an objection by a non-member", 20);
  }

  @Test
  void whatever_explicit_consent_allows_no_objection_allows_and_an_objection_blocks_under_both() {
    Tally tally = new Tally("readings compared");
    tally.qt().withExamples(EXAMPLES).forAll(CASES).checkAssert(c -> {
      Verdict lax = BasingRule.evaluate(DATA, BasingCase.builder().host(c.host()).guest(c.guest()).on(c.date()).objections(c.objections()).consents(c.consents()).build());
      Verdict strict = BasingRule.evaluate(DATA, BasingCase.builder().host(c.host()).guest(c.guest()).on(c.date()).objections(c.objections()).consents(c.consents()).reading(Reading.EXPLICIT_CONSENT).build());
      if (strict.outcome() == Outcome.ALLOWED) {
        tally.hit("strict allows");
        assertEquals(Outcome.ALLOWED, lax.outcome(), () -> strict.explain() + lax.explain());
      }
      if (c.objections().stream().anyMatch(c.otherMembers()::contains)) {
        tally.hit("a member objects");
        assertEquals(Outcome.BLOCKED, lax.outcome());
        assertEquals(Outcome.BLOCKED, strict.outcome());
      }
    });
    tally.atLeast("strict allows", 20).atLeast("a member objects", 40);
  }

  @Test
  void outside_its_cases_the_rule_is_not_a_veto_and_no_one_blocks() {
    Tally tally = new Tally("outside the rule");
    Gen<StateCode> any = in -> STATES.get(integers().between(0, STATES.size() - 1).generate(in));
    // half the questions have any state as host and guest; the others a member host with itself
    // or another member as guest
    tally.qt().withExamples(EXAMPLES).forAll(CASES, any, any, integers().between(0, 3)).checkAssert((c, h, g, shape) -> {
      StateCode host = shape < 2 ? h : c.host();
      StateCode guest = shape < 2 ? g : shape == 2 || c.otherMembers().isEmpty() ? c.host() : c.otherMembers().iterator().next();
      Set<StateCode> members = Worlds.certainMembers(DATA, c.date());
      Verdict v = BasingRule.evaluate(DATA, BasingCase.builder().host(host).guest(guest).on(c.date()).objections(c.objections()).consents(c.consents()).build());
      assertTrue(members.containsAll(v.canBlock()), "only members can block");
      if (Worlds.neverMembers(DATA).contains(host)) {
        tally.hit("host never a member");
        assertEquals(Outcome.NOT_APPLICABLE, v.outcome(), v::explain);
        assertTrue(v.blockedBy().isEmpty() && v.canBlock().isEmpty(), v::explain);
      } else if (members.contains(host) && (host.equals(guest) || members.contains(guest))) {
        tally.hit("member hosts itself or a member");
        assertEquals(Outcome.NOT_REQUIRED, v.outcome(), v::explain);
        assertTrue(v.blockedBy().isEmpty(), v::explain);
      }
    });
    tally.atLeast("host never a member", 80).atLeast("member hosts itself or a member", 100);
  }

  @Test
  void law_a_member_named_both_as_objecting_and_consenting_is_always_rejected_naming_it() {
    Tally tally = new Tally("contradictory positions");
    tally.qt().withExamples(300).forAll(CASES, integers().between(0, 30)).checkAssert((c, pick) -> {
      List<StateCode> others = new ArrayList<>(c.otherMembers());
      Set<StateCode> objections = new TreeSet<>(c.objections());
      Set<StateCode> consents = new TreeSet<>(c.consents());
      StateCode twice = others.get(pick % others.size());
      objections.add(twice);
      consents.add(twice);
      Set<StateCode> both = new TreeSet<>(objections);
      both.retainAll(consents);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> BasingRule.evaluate(DATA, BasingCase.builder().host(c.host()).guest(c.guest()).on(c.date()).objections(objections).consents(consents).build()));
      assertTrue(e.getMessage().startsWith("objections: " + both + " also in consents"), e.getMessage());
      tally.hit(both.size() > 1 ? "several named twice" : "one named twice");
    });
    tally.atLeast("one named twice", 50);
  }
}
