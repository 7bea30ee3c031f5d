package org.cstokit.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cstokit.analytics.rules.BasingRule.Reading;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of the basing rule: only members can block; every member other than the host can; an
 * objection blocks under both readings; whatever the explicit-consent reading allows, the
 * no-objection reading allows too.
 */
class BasingRuleProperties {
  static final Dataset DATA = CstoData.bundled();
  static final List<StateCode> STATES = DATA.states().stream().map(s -> s.id()).collect(Collectors.toList());
  static final Gen<LocalDate> DATES = integers().between(0, 365 * 18).map(d -> LocalDate.of(2012, 1, 1).plusDays(d));
  static final Gen<StateCode> ANY = Generate.pick(STATES);
  static final Gen<List<StateCode>> PAIRS = lists().of(ANY).ofSize(2);
  static final Gen<Set<StateCode>> SUBSETS = lists().of(ANY).ofSizeBetween(0, 6).map(l -> (Set<StateCode>) new TreeSet<>(l));

  static Set<StateCode> members(LocalDate date) {
    return Alliance.certain(Alliance.cstoMembers(DATA, date));
  }

  @Test
  void only_members_can_block_and_every_member_but_the_host_can() {
    qt().withExamples(400).forAll(ANY, ANY, DATES, SUBSETS).checkAssert((host, guest, date, objections) -> {
      Verdict v = BasingRule.check(DATA, host, guest, date, objections, Set.of(), Reading.NO_OBJECTION);
      Set<StateCode> members = members(date);
      assertTrue(members.containsAll(v.canBlock()), "only members can block");
      assertTrue(v.canBlock().containsAll(v.blockedBy()));
      if (v.outcome() == Outcome.ALLOWED || v.outcome() == Outcome.BLOCKED) {
        Set<StateCode> others = new TreeSet<>(members);
        others.remove(host);
        assertEquals(others, v.canBlock(), "every member other than the host can block");
      }
    });
  }

  @Test
  void an_objection_blocks_under_both_readings_and_explicit_consent_allows_no_more_than_no_objection() {
    qt().withExamples(400).forAll(PAIRS, DATES, SUBSETS, SUBSETS).checkAssert((pair, date, objections, given) -> {
      StateCode host = pair.get(0);
      StateCode guest = pair.get(1);
      Set<StateCode> consents = new TreeSet<>(given);
      consents.removeAll(objections); // a member cannot both object and consent: that input is rejected
      Verdict lax = BasingRule.check(DATA, host, guest, date, objections, consents, Reading.NO_OBJECTION);
      Verdict strict = BasingRule.check(DATA, host, guest, date, objections, consents, Reading.EXPLICIT_CONSENT);
      if (strict.outcome() == Outcome.ALLOWED) {
        assertEquals(Outcome.ALLOWED, lax.outcome(), strict.explain() + lax.explain());
      }
      boolean memberObjects = objections.stream().anyMatch(s -> lax.canBlock().contains(s));
      if (memberObjects) {
        assertEquals(Outcome.BLOCKED, lax.outcome());
        assertEquals(Outcome.BLOCKED, strict.outcome());
      }
      if (lax.outcome() == Outcome.ALLOWED) {
        assertTrue(objections.stream().noneMatch(s -> lax.canBlock().contains(s)));
      }
    });
  }

  @Test
  void law_a_member_named_both_as_objecting_and_consenting_is_always_rejected_naming_it() {
    qt().withExamples(300).forAll(PAIRS, DATES, SUBSETS, SUBSETS).checkAssert((pair, date, objections, consents) -> {
      Set<StateCode> both = new TreeSet<>(objections);
      both.retainAll(consents);
      if (both.isEmpty()) {
        return;
      }
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> BasingRule.check(DATA, pair.get(0), pair.get(1), date, objections, consents, Reading.NO_OBJECTION));
      assertTrue(e.getMessage().startsWith("objections: " + both + " also in consents"), e.getMessage());
    });
  }
}
