package org.cstokit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Position;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.time.Truth;
import org.junit.jupiter.api.Test;

/** The generators keep their contracts and reach the cases they promise, often. */
class ScenariosProperties {
  private static final Dataset DATA = CstoData.bundled();
  private static final List<StateCode> SIX = List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK").stream()
      .map(StateCode::of).toList();

  @Test
  void votes_give_every_member_a_position_and_partial_votes_leave_one_out() {
    AtomicInteger unanimous = new AtomicInteger();
    qt().withExamples(300).forAll(Scenarios.votes(SIX), Scenarios.partialVotes(SIX)).checkAssert((full, partial) -> {
      assertEquals(SIX, new ArrayList<>(full.keySet()), "every member, in order");
      assertTrue(SIX.containsAll(partial.keySet()));
      assertTrue(partial.size() < SIX.size(), "at least one position missing");
      unanimous.addAndGet(full.values().stream().allMatch(p -> p == Position.SUPPORT) ? 1 : 0);
    });
    assertTrue(unanimous.get() >= 40, "unanimous support is drawn a quarter of the time: " + unanimous);
    qt().withExamples(5).forAll(Scenarios.partialVotes(List.of())).checkAssert(p -> assertEquals(Map.of(), p));
  }

  @Test
  void basing_proposals_have_a_member_host_an_outside_guest_and_disjoint_positions() {
    Set<StateCode> outsiders = Worlds.neverMembers(DATA);
    AtomicInteger objected = new AtomicInteger();
    AtomicInteger allConsent = new AtomicInteger();
    qt().withExamples(300).forAll(Scenarios.basingProposals(DATA, LocalDate.of(2012, 1, 1))).checkAssert(p -> {
      Set<StateCode> members = Worlds.certainMembers(DATA, p.date());
      assertTrue(members.contains(p.host()), p.toString());
      assertTrue(outsiders.contains(p.guest()), p.toString());
      Set<StateCode> others = new TreeSet<>(members);
      others.remove(p.host());
      assertEquals(others, p.otherMembers());
      Set<StateCode> both = new TreeSet<>(p.objections());
      both.retainAll(p.consents());
      assertEquals(Set.of(), both);
      assertFalse(p.date().isAfter(DATA.horizon(Family.MEMBERSHIPS)));
      objected.addAndGet(p.aMemberObjects() ? 1 : 0);
      allConsent.addAndGet(!p.aMemberObjects() && p.everyMemberConsents() ? 1 : 0);
    });
    assertTrue(objected.get() >= 60, "a member objects often: " + objected);
    assertTrue(allConsent.get() >= 30, "every member consents often: " + allConsent);
    assertThrows(IllegalArgumentException.class, () -> Scenarios.basingProposals(DATA, LocalDate.of(2040, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> new Scenarios.BasingProposal(StateCode.of("KGZ"), StateCode.of("USA"),
        LocalDate.of(2015, 1, 1), Set.of(StateCode.of("RUS")), Set.of(StateCode.of("RUS")), Set.of()));
  }

  @Test
  void membership_histories_give_each_state_successive_periods_that_never_overlap() {
    qt().withExamples(200).forAll(Scenarios.membershipHistories(OrganizationId.of("CSTO"), SIX, Worlds.SOURCE))
        .checkAssert(history -> {
          Set<StateCode> states = new TreeSet<>();
          history.forEach(m -> states.add(m.state()));
          assertEquals(new TreeSet<>(SIX), states, "every state has a period");
          for (int i = 1; i < history.size(); i++) {
            Membership a = history.get(i - 1);
            Membership b = history.get(i);
            if (a.state().equals(b.state())) {
              assertTrue(a.period().end().isPresent(), "only the last period may be open");
              assertEquals(Truth.NO, a.period().overlaps(b.period()), a.period() + " and " + b.period());
            }
          }
        });
  }

  @Test
  void worlds_keep_the_base_and_draw_members_and_the_protocol_date() {
    AtomicInteger uncertainDays = new AtomicInteger();
    qt().withExamples(60).forAll(Worlds.worlds()).checkAssert(w -> {
      assertEquals(DATA.states(), w.data().states());
      assertEquals(DATA.organs(), w.data().organs());
      assertTrue(w.members().size() >= 2);
      Set<StateCode> withRecords = new TreeSet<>();
      w.data().memberships().forEach(m -> withRecords.add(m.state()));
      assertEquals(new TreeSet<>(w.members()), withRecords);
      assertEquals(w.basingProtocol(), w.data().instruments().stream().filter(i -> i.id().equals(Worlds.BASING_PROTOCOL))
          .findFirst().orElseThrow().signed().orElseThrow());
      for (StateCode s : w.members()) {
        for (int year = 1995; year <= 2035; year += 4) {
          if (w.member(s, LocalDate.of(year, 7, 1)) == Truth.UNKNOWN) {
            uncertainDays.incrementAndGet();
          }
        }
      }
    });
    assertTrue(uncertainDays.get() > 0, "coarse bounds leave some days unknown");
  }

  @Test
  void votes_of_a_world_are_cast_by_exactly_the_members_of_their_day() {
    qt().withExamples(60).forAll(Worlds.votes()).checkAssert(v -> {
      assertFalse(v.members().isEmpty());
      assertEquals(v.members(), v.world().certainMembers(v.day()));
      assertEquals(v.members(), v.positions().keySet());
    });
  }
}
