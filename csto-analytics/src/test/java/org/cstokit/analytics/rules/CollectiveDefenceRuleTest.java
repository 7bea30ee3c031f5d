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
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.cstokit.testing.Worlds;
import org.junit.jupiter.api.Test;

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
    Verdict v = CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(AZE).on(LocalDate.of(2016, 4, 2)).request(Request.REQUESTED).build());
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
    Verdict kazakhstan = CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(StateCode.of("KAZ")).aggressor(StateCode.of("AFG")).on(LocalDate.of(2022, 1, 6)).request(Request.REQUESTED).positions(all).build());
    assertEquals(Outcome.OBLIGED, kazakhstan.outcome(), kazakhstan.explain());
    // September 2022: no decision came on Armenia's request (dec-2022-09-13-csc-armenia-assistance-request)
    Verdict armenia = CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(AZE).on(LocalDate.of(2022, 9, 13)).request(Request.REQUESTED).build());
    assertEquals(Outcome.DECISION_REQUIRED, armenia.outcome(), armenia.explain());
    Verdict objected = CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(AZE).on(LocalDate.of(2022, 9, 13)).request(Request.REQUESTED).positions(Map.of(StateCode.of("KAZ"), Position.OBJECT)).build());
    assertEquals(Outcome.BLOCKED, objected.outcome());
    assertEquals(Set.of("KAZ"), codes(objected.blockedBy()));
    assertThrows(IllegalArgumentException.class, () -> CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(AZE).on(LocalDate.of(2022, 9, 13)).request(Request.REQUESTED).positions(Map.of(ARM, Position.OBJECT)).build()));
  }

  @Test
  void without_a_request_after_2010_only_consultations_apply_and_before_2010_none_was_needed() {
    Verdict v = CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(TUR).on(LocalDate.of(2016, 4, 2)).request(Request.NOT_REQUESTED).build());
    assertEquals(Outcome.NOT_REQUIRED, v.outcome());
    assertTrue(v.authorities().stream().anyMatch(a -> a.article().equals(java.util.Optional.of("2"))));
    assertEquals(Outcome.DECISION_REQUIRED,
        CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(TUR).on(LocalDate.of(2005, 1, 1)).request(Request.NOT_REQUESTED).build()).outcome(),
        "before 2010 no request was needed, but the Council still decides");
  }

  @Test
  void nagorno_karabakh_is_undetermined_and_a_war_between_parties_is_outside_the_rule() {
    Verdict karabakh = CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(AZE).on(LocalDate.of(2016, 4, 2)).territory(Territory.DISPUTED).request(Request.REQUESTED).build());
    assertEquals(Outcome.UNDETERMINED, karabakh.outcome());
    assertTrue(karabakh.reasons().stream().map(Reason::text).toList().get(0).contains("internationally recognised borders"));
    Verdict war = CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(AZE).on(LocalDate.of(1995, 6, 1)).request(Request.REQUESTED).build());
    assertEquals(Outcome.NOT_APPLICABLE, war.outcome());
    assertTrue(war.reasons().stream().map(Reason::text).toList().get(0).contains("AZE is itself a party"), war.explain());
    assertEquals(Outcome.NOT_APPLICABLE, CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(StateCode.of("GEO")).aggressor(StateCode.of("RUS")).on(LocalDate.of(2008, 8, 8)).request(Request.REQUESTED).build()).outcome());
  }

  @Test
  void before_the_treaty_entered_into_force_on_20_april_1994_nothing_binds() {
    // Treaty in force 1994-04-20: preamble of the 2010 protocol, iplex360 (public-sources.md §4.1)
    Verdict early = CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(TUR).on(LocalDate.of(1993, 1, 1)).request(Request.REQUESTED).build());
    assertEquals(Outcome.NOT_APPLICABLE, early.outcome(), early.explain());
    assertTrue(early.reasons().stream().map(Reason::text).toList().get(0).contains("1994-04-20"), early.explain());
    assertEquals(Outcome.NOT_APPLICABLE,
        CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(TUR).on(LocalDate.of(1994, 4, 19)).request(Request.REQUESTED).build()).outcome());
    assertEquals(Outcome.DECISION_REQUIRED,
        CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(TUR).on(LocalDate.of(1994, 4, 20)).request(Request.REQUESTED).build()).outcome());
  }

  @Test
  void malformed_input_is_an_illegal_argument() {
    assertEquals("aggressor: ARM is the victim", assertThrows(IllegalArgumentException.class,
        () -> CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(ARM).on(LocalDate.of(2016, 1, 1)).request(Request.REQUESTED).build())).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(TUR).on(LocalDate.of(1990, 1, 1)).request(Request.REQUESTED).build()));
  }

  @Test
  void the_obliged_set_is_exactly_the_parties_of_the_date_minus_the_victim() {
    // victims drawn from the parties of the day (by a scan of the raw records), aggressors from
    // states that never belonged; a quarter of the victims are any state, to reach the other branch
    List<StateCode> states = DATA.states().stream().map(s -> s.id()).collect(Collectors.toList());
    List<StateCode> outsiders = new java.util.ArrayList<>(Worlds.neverMembers(DATA));
    LocalDate first = LocalDate.of(1994, 4, 20);
    int days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, DATA.horizon(org.cstokit.data.Family.MEMBERSHIPS));
    org.cstokit.analytics.testing.Tally tally = new org.cstokit.analytics.testing.Tally("collective defence");
    tally.qt().withExamples(300).forAll(integers().between(0, days), integers().between(0, 3), integers().between(0, 1000),
        integers().between(0, 1000)).checkAssert((d, shape, v1, a1) -> {
          LocalDate date = first.plusDays(d);
          List<StateCode> parties = new java.util.ArrayList<>(Worlds.certainMembers(DATA, date, Set.of(OrganizationId.of("CST"), OrganizationId.of("CSTO"))));
          StateCode victim = shape == 0 ? states.get(v1 % states.size()) : parties.get(v1 % parties.size());
          StateCode aggressor = outsiders.get(a1 % outsiders.size());
          if (aggressor.equals(victim)) {
            aggressor = outsiders.get((a1 + 1) % outsiders.size());
          }
          Verdict v = CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(victim).aggressor(aggressor).on(date).request(Request.REQUESTED).build());
          if (parties.contains(victim)) {
            tally.hit("victim a party");
            Set<StateCode> expected = new TreeSet<>(parties);
            expected.remove(victim);
            assertEquals(Outcome.DECISION_REQUIRED, v.outcome(), v::explain);
            assertEquals(expected, v.obliged());
            assertEquals(expected, v.canBlock());
          } else {
            tally.hit("victim not a party");
            assertTrue(v.obliged().isEmpty(), v::explain);
            assertTrue(v.outcome() == Outcome.NOT_APPLICABLE || v.outcome() == Outcome.UNDETERMINED, v::explain);
          }
        });
    tally.atLeast("victim a party", 180).atLeast("victim not a party", 20);
  }

  @Test
  void a_state_that_left_is_never_obliged_after_it_left() {
    qt().withExamples(200).forAll(integers().between(0, 365 * 15)).checkAssert(d -> {
      LocalDate date = LocalDate.of(2013, 1, 1).plusDays(d);
      Verdict v = CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(TUR).on(date).request(Request.REQUESTED).build());
      assertTrue(!v.obliged().contains(StateCode.of("UZB")) && !v.obliged().contains(AZE) && !v.obliged().contains(StateCode.of("GEO")),
          v.explain());
    });
    Verdict in2008 = CollectiveDefenceRule.evaluate(DATA, CollectiveDefenceCase.builder().victim(ARM).aggressor(TUR).on(LocalDate.of(2008, 1, 1)).request(Request.REQUESTED).build());
    assertTrue(in2008.obliged().contains(StateCode.of("UZB")), "Uzbekistan was a member in 2008");
  }
}
