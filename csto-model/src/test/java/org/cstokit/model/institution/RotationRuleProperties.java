package org.cstokit.model.institution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.cstokit.model.source.OfficeId;
import org.cstokit.model.source.RotationRuleId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.cstokit.model.actor.State;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the rotation of an office in Russian alphabetical order. */
class RotationRuleProperties {
  private static final Citation CITE = Citation.of(SourceId.of("ssi-2018-csto"), "Republic of Armenia", 107);

  /** States with their real Russian short names (and CSTO-like codes), in no particular order. */
  static final List<State> STATES = List.of(
      state("TJK", "Таджикистан"), state("RUS", "Россия"), state("ARM", "Армения"), state("KGZ", "Кыргызстан"),
      state("BLR", "Беларусь"), state("KAZ", "Казахстан"), state("UZB", "Узбекистан"), state("AZE", "Азербайджан"),
      state("GEO", "Грузия"), state("MDA", "Молдова"), state("SRB", "Сербия"), state("AFG", "Афганистан"));

  static State state(String code, String nameRu) {
    return State.builder().id(StateCode.of(code)).nameEn(code).nameRu(nameRu).alpha2(code.substring(0, 2))
        .addCitation(CITE).build();
  }

  static RotationRule rule(State anchor, int termYears) {
    return RotationRule.builder().id(RotationRuleId.of("rot-sg")).office(OfficeId.of("office-sg"))
        .eligibility(Eligibility.MEMBERS_ON_DATE).order(CollationOrder.RUSSIAN_ALPHABETICAL).termYears(termYears)
        .anchor(PartialDate.of(2017, 1, 1)).anchorState(anchor.id()).handover(Handover.CALENDAR_YEAR_START)
        .addCitation(CITE).build();
  }

  /** Random non-empty subsets of the states, in random order. */
  static final Gen<List<State>> SUBSETS = lists().of(integers().between(0, STATES.size() - 1))
      .ofSizeBetween(1, STATES.size()).map(ix -> {
        List<State> s = ix.stream().distinct().map(STATES::get).collect(Collectors.toCollection(ArrayList::new));
        return s;
      });

  @Test
  void the_six_members_of_2018_rotate_in_russian_alphabetical_order() {
    List<State> six = STATES.subList(0, 6);
    RotationRule rule = rule(STATES.get(2), 3);
    List<String> holders = new ArrayList<>();
    for (int year = 2017; year < 2035; year += 3) {
      holders.add(rule.expectedHolder(LocalDate.of(year, 6, 1), six, STATES.get(2)).value());
    }
    assertEquals(List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"), holders);
  }

  @Test
  void over_one_full_cycle_each_state_holds_the_office_exactly_once_in_collation_order() {
    qt().withExamples(500).forAll(SUBSETS, integers().between(1, 4), integers().between(-20, 20))
        .checkAssert((eligible, term, firstSlot) -> {
          State anchor = eligible.get(0);
          RotationRule rule = rule(anchor, term);
          List<StateCode> cycle = new ArrayList<>();
          for (long slot = firstSlot; slot < firstSlot + eligible.size(); slot++) {
            cycle.add(rule.expectedHolder(slot, eligible, anchor));
          }
          assertEquals(eligible.size(), new HashSet<>(cycle).size(), "each state exactly once");
          List<StateCode> order = rule.ordered(eligible).stream().map(State::id).collect(Collectors.toList());
          int shift = order.indexOf(cycle.get(0));
          List<StateCode> rotated = new ArrayList<>(order);
          Collections.rotate(rotated, -shift);
          assertEquals(rotated, cycle, "cycle follows the collation order");
          assertEquals(anchor.id(), rule.expectedHolder(0, eligible, anchor), "the anchor holds slot 0");
        });
  }

  @Test
  void removing_a_state_never_reorders_the_rest_and_the_input_order_does_not_matter() {
    qt().withExamples(500).forAll(SUBSETS, integers().between(0, 100)).checkAssert((eligible, pick) -> {
      RotationRule rule = rule(eligible.get(0), 3);
      List<State> order = rule.ordered(eligible);
      State removed = eligible.get(pick % eligible.size());
      List<State> rest = new ArrayList<>(eligible);
      rest.remove(removed);
      List<State> expected = new ArrayList<>(order);
      expected.remove(removed);
      assertEquals(expected, rule.ordered(rest));
      List<State> reversed = new ArrayList<>(eligible);
      Collections.reverse(reversed);
      for (long slot = 0; slot < 8; slot++) {
        assertEquals(rule.expectedHolder(slot, eligible, eligible.get(0)), rule.expectedHolder(slot, reversed, eligible.get(0)));
      }
    });
  }

  @Test
  void the_order_is_russian_not_english_afghanistan_follows_armenia() {
    RotationRule rule = rule(STATES.get(2), 3);
    List<String> order = rule.ordered(List.of(state("AFG", "Афганистан"), state("ARM", "Армения"), state("SRB", "Сербия"),
        state("RUS", "Россия"))).stream().map(s -> s.id().value()).collect(Collectors.toList());
    assertEquals(List.of("ARM", "AFG", "RUS", "SRB"), order);
  }

  @Test
  void slots_start_on_the_anniversaries_of_the_anchor() {
    RotationRule rule = rule(STATES.get(2), 3);
    assertEquals(0, rule.slotOf(LocalDate.of(2017, 1, 1)));
    assertEquals(0, rule.slotOf(LocalDate.of(2019, 12, 31)));
    assertEquals(1, rule.slotOf(LocalDate.of(2020, 1, 1)));
    assertEquals(-1, rule.slotOf(LocalDate.of(2016, 12, 31)));
    assertEquals(LocalDate.of(2023, 1, 1), rule.slotStart(2));
  }
}
