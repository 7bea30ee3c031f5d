package org.cstokit.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cstokit.analytics.rules.CollectiveDefenceRule.Territory;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class CollectiveDefenceRuleTest {
  static final Dataset DATA = CstoData.bundled();
  static final StateCode ARM = StateCode.of("ARM");
  static final StateCode AZE = StateCode.of("AZE");
  static final StateCode TUR = StateCode.of("TUR");

  static Set<String> codes(Set<StateCode> s) {
    return s.stream().map(StateCode::value).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void an_attack_on_armenias_recognised_territory_in_2016_binds_the_other_five_once_the_council_decides() {
    Verdict v = CollectiveDefenceRule.assess(DATA, ARM, AZE, LocalDate.of(2016, 4, 2), Territory.RECOGNISED, true);
    assertEquals(Outcome.DECISION_REQUIRED, v.outcome(), "Article 4 is not automatic: " + v.explain());
    assertEquals(Set.of("BLR", "KAZ", "KGZ", "RUS", "TJK"), codes(v.obliged()));
    assertEquals(Set.of("BLR", "KAZ", "KGZ", "RUS", "TJK"), codes(v.canBlock()), "any other party can block; the victim asked");
    assertEquals("inst-2010-treaty-amending-protocol", v.authorities().get(0).instrument().value());
  }

  @Test
  void the_council_decides_kazakhstan_2022_was_decided_armenia_2022_was_not() {
    // January 2022: all heads backed Kazakhstan's request (dec-2022-01-06-csc-kazakhstan-deployment)
    Map<StateCode, Position> all = new java.util.HashMap<>();
    for (String s : List.of("ARM", "BLR", "KGZ", "RUS", "TJK")) {
      all.put(StateCode.of(s), Position.SUPPORT);
    }
    Verdict kazakhstan = CollectiveDefenceRule.assess(DATA, StateCode.of("KAZ"), StateCode.of("AFG"), LocalDate.of(2022, 1, 6),
        Territory.RECOGNISED, true, all);
    assertEquals(Outcome.OBLIGED, kazakhstan.outcome(), kazakhstan.explain());
    // September 2022: no decision came on Armenia's request (dec-2022-09-13-csc-armenia-assistance-request)
    Verdict armenia = CollectiveDefenceRule.assess(DATA, ARM, AZE, LocalDate.of(2022, 9, 13), Territory.RECOGNISED, true);
    assertEquals(Outcome.DECISION_REQUIRED, armenia.outcome(), armenia.explain());
    Verdict objected = CollectiveDefenceRule.assess(DATA, ARM, AZE, LocalDate.of(2022, 9, 13), Territory.RECOGNISED, true,
        Map.of(StateCode.of("KAZ"), Position.OBJECT));
    assertEquals(Outcome.BLOCKED, objected.outcome());
    assertEquals(Set.of("KAZ"), codes(objected.blockedBy()));
    assertThrows(IllegalArgumentException.class, () -> CollectiveDefenceRule.assess(DATA, ARM, AZE, LocalDate.of(2022, 9, 13),
        Territory.RECOGNISED, true, Map.of(ARM, Position.OBJECT)));
  }

  @Test
  void without_a_request_after_2010_only_consultations_apply_and_before_2010_none_was_needed() {
    Verdict v = CollectiveDefenceRule.assess(DATA, ARM, TUR, LocalDate.of(2016, 4, 2), Territory.RECOGNISED, false);
    assertEquals(Outcome.NOT_REQUIRED, v.outcome());
    assertTrue(v.authorities().stream().anyMatch(a -> a.article().equals(java.util.Optional.of("2"))));
    assertEquals(Outcome.DECISION_REQUIRED,
        CollectiveDefenceRule.assess(DATA, ARM, TUR, LocalDate.of(2005, 1, 1), Territory.RECOGNISED, false).outcome(),
        "before 2010 no request was needed, but the Council still decides");
  }

  @Test
  void nagorno_karabakh_is_undetermined_and_a_war_between_parties_is_outside_the_rule() {
    Verdict karabakh = CollectiveDefenceRule.assess(DATA, ARM, AZE, LocalDate.of(2016, 4, 2), Territory.DISPUTED, true);
    assertEquals(Outcome.UNDETERMINED, karabakh.outcome());
    assertTrue(karabakh.reasons().get(0).contains("internationally recognised borders"));
    Verdict war = CollectiveDefenceRule.assess(DATA, ARM, AZE, LocalDate.of(1995, 6, 1), Territory.RECOGNISED, true);
    assertEquals(Outcome.NOT_APPLICABLE, war.outcome());
    assertTrue(war.reasons().get(0).contains("AZE is itself a party"), war.explain());
    assertEquals(Outcome.NOT_APPLICABLE, CollectiveDefenceRule.assess(DATA, StateCode.of("GEO"), StateCode.of("RUS"),
        LocalDate.of(2008, 8, 8), Territory.RECOGNISED, true).outcome());
  }

  @Test
  void before_the_treaty_entered_into_force_on_20_april_1994_nothing_binds() {
    // Treaty in force 1994-04-20: preamble of the 2010 protocol, iplex360 (public-sources.md §4.1)
    Verdict early = CollectiveDefenceRule.assess(DATA, ARM, TUR, LocalDate.of(1993, 1, 1), Territory.RECOGNISED, true);
    assertEquals(Outcome.NOT_APPLICABLE, early.outcome(), early.explain());
    assertTrue(early.reasons().get(0).contains("1994-04-20"), early.explain());
    assertEquals(Outcome.NOT_APPLICABLE,
        CollectiveDefenceRule.assess(DATA, ARM, TUR, LocalDate.of(1994, 4, 19), Territory.RECOGNISED, true).outcome());
    assertEquals(Outcome.DECISION_REQUIRED,
        CollectiveDefenceRule.assess(DATA, ARM, TUR, LocalDate.of(1994, 4, 20), Territory.RECOGNISED, true).outcome());
  }

  @Test
  void malformed_input_is_an_illegal_argument() {
    assertEquals("aggressor: ARM is the victim", assertThrows(IllegalArgumentException.class,
        () -> CollectiveDefenceRule.assess(DATA, ARM, ARM, LocalDate.of(2016, 1, 1), Territory.RECOGNISED, true)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CollectiveDefenceRule.assess(DATA, ARM, TUR, LocalDate.of(1990, 1, 1), Territory.RECOGNISED, true));
  }

  @Test
  void the_obliged_set_is_exactly_the_parties_of_the_date_minus_the_victim() {
    List<String> aggressors = List.of("TUR", "USA", "CHN", "AFG", "IRN");
    List<StateCode> states = DATA.states().stream().map(s -> s.id()).filter(s -> !aggressors.contains(s.value()))
        .collect(Collectors.toList());
    qt().withExamples(300).forAll(Generate.pick(states), Generate.pick(aggressors),
        integers().between(0, 365 * 33)).checkAssert((victim, aggressor, d) -> {
          LocalDate date = LocalDate.of(1993, 1, 1).plusDays(d);
          Verdict v = CollectiveDefenceRule.assess(DATA, victim, StateCode.of(aggressor), date, Territory.RECOGNISED, true);
          if (v.outcome() == Outcome.OBLIGED || v.outcome() == Outcome.DECISION_REQUIRED) {
            Set<StateCode> expected = partiesByScan(date);
            expected.remove(victim);
            assertEquals(expected, v.obliged());
          } else {
            assertTrue(v.obliged().isEmpty());
          }
        });
  }

  /**
   * The parties on a day by a scan of the raw membership records, independent of the rules: a
   * CST or CSTO membership with status MEMBER whose period certainly covers the day, up to the
   * last day its citations speak for.
   */
  static Set<StateCode> partiesByScan(LocalDate date) {
    Set<StateCode> out = new TreeSet<>();
    for (org.cstokit.model.membership.Membership m : DATA.memberships()) {
      boolean treaty = m.organization().value().equals("CST") || m.organization().value().equals("CSTO");
      LocalDate last = m.citations().stream()
          .map(c -> c.asOf().orElse(DATA.source(c.source()).knownAsOf()).earliest()).max(LocalDate::compareTo).orElseThrow();
      if (treaty && m.status() == org.cstokit.model.membership.MembershipStatus.MEMBER
          && m.period().contains(date) == org.cstokit.model.time.Truth.YES && !date.isAfter(last)) {
        out.add(m.state());
      }
    }
    return out;
  }

  @Test
  void a_state_that_left_is_never_obliged_after_it_left() {
    qt().withExamples(200).forAll(integers().between(0, 365 * 15)).checkAssert(d -> {
      LocalDate date = LocalDate.of(2013, 1, 1).plusDays(d);
      Verdict v = CollectiveDefenceRule.assess(DATA, ARM, TUR, date, Territory.RECOGNISED, true);
      assertTrue(!v.obliged().contains(StateCode.of("UZB")) && !v.obliged().contains(AZE) && !v.obliged().contains(StateCode.of("GEO")),
          v.explain());
    });
    Verdict in2008 = CollectiveDefenceRule.assess(DATA, ARM, TUR, LocalDate.of(2008, 1, 1), Territory.RECOGNISED, true);
    assertTrue(in2008.obliged().contains(StateCode.of("UZB")), "Uzbekistan was a member in 2008");
  }
}
