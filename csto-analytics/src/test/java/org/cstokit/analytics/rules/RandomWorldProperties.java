package org.cstokit.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cstokit.analytics.rules.BasingRule.Reading;
import org.cstokit.analytics.rules.CollectiveDefenceRule.Territory;
import org.cstokit.analytics.testing.Tally;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.Truth;
import org.cstokit.testing.Worlds;
import org.cstokit.testing.Worlds.World;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The rules on random worlds ({@link Worlds}): membership histories and a protocol date the
 * bundled data never shows, with every verdict compared to one written from the rule's
 * definition over a scan of the drawn periods.
 */
class RandomWorldProperties {
  static final int EXAMPLES = 300;
  static final List<StateCode> STATES = org.cstokit.data.CstoData.bundled().states().stream().map(s -> s.id()).toList();
  static final int DAYS = (int) ChronoUnit.DAYS.between(Worlds.FIRST_DAY, Worlds.LAST_DAY);

  /** A world, a day and the parties of a question. */
  record Question(World world, LocalDate day, StateCode host, StateCode guest, Set<StateCode> objections,
      Set<StateCode> consents) {}

  static StateCode pick(List<StateCode> from, RandomnessSource in) {
    return from.get(integers().between(0, from.size() - 1).generate(in));
  }

  /**
   * Days fall in the year of a drawn membership bound a third of the time (where coarse bounds
   * leave membership unknown), the host then being that membership's state half of the time;
   * otherwise hosts are members certain on the day half of the time and other drawn members or
   * any state otherwise; objections and consents come from the day's members.
   */
  static final Gen<Question> QUESTIONS = in -> {
    World w = Worlds.worlds().generate(in);
    LocalDate day = Worlds.FIRST_DAY.plusDays(integers().between(0, DAYS).generate(in));
    StateCode focus = null;
    if (integers().between(0, 2).generate(in) == 0) {
      List<org.cstokit.model.membership.Membership> all = w.data().memberships();
      org.cstokit.model.membership.Membership m = all.get(integers().between(0, all.size() - 1).generate(in));
      org.cstokit.model.time.PartialDate bound = m.period().end().isPresent() && integers().between(0, 1).generate(in) == 0
          ? m.period().end().get() : m.period().start();
      focus = m.state();
      LocalDate first = LocalDate.of(bound.year(), 1, 1);
      LocalDate candidate = first.plusDays(integers().between(0, first.lengthOfYear() - 1).generate(in));
      if (!candidate.isBefore(Worlds.FIRST_DAY) && !candidate.isAfter(Worlds.LAST_DAY)) {
        day = candidate;
      }
    }
    List<StateCode> members = new ArrayList<>(w.members());
    List<StateCode> certain = new ArrayList<>(w.certainMembers(day));
    int hostShape = integers().between(0, 3).generate(in);
    StateCode host = focus != null && hostShape < 2 ? focus : hostShape < 2 && !certain.isEmpty() ? pick(certain, in)
        : hostShape < 3 ? pick(members, in) : pick(STATES, in);
    StateCode guest = integers().between(0, 2).generate(in) == 0 ? pick(members, in) : pick(STATES, in);
    Set<StateCode> objections = new TreeSet<>();
    if (integers().between(0, 1).generate(in) == 0) {
      objections.add(integers().between(0, 2).generate(in) > 0 && !certain.isEmpty() ? pick(certain, in) : pick(STATES, in));
    }
    Set<StateCode> consents = new TreeSet<>();
    int shape = integers().between(0, 2).generate(in);
    if (shape == 1) {
      consents.addAll(certain);
    } else if (shape == 2) {
      consents.add(pick(members, in));
    }
    consents.removeAll(objections);
    return new Question(w, day, host, guest, objections, consents);
  };

  @Test
  void the_basing_verdict_follows_the_drawn_memberships_and_protocol_date() {
    Tally tally = new Tally("basing on random worlds");
    tally.qt().withExamples(EXAMPLES).forAll(QUESTIONS).checkAssert(q -> {
      World w = q.world();
      Verdict v = BasingRule.evaluate(w.data(), BasingCase.builder().host(q.host()).guest(q.guest()).on(q.day()).objections(q.objections()).consents(q.consents()).build());
      Truth host = w.member(q.host(), q.day());
      Truth guest = w.member(q.guest(), q.day());
      Set<StateCode> others = w.certainMembers(q.day());
      others.remove(q.host());
      Set<StateCode> valid = new TreeSet<>(q.objections());
      valid.retainAll(others);
      Outcome expected;
      String branch;
      if (host != Truth.YES) {
        expected = host == Truth.NO ? Outcome.NOT_APPLICABLE : Outcome.UNDETERMINED;
        branch = "host " + host;
      } else if (q.guest().equals(q.host()) || guest == Truth.YES) {
        expected = Outcome.NOT_REQUIRED;
        branch = "guest a member or the host";
      } else if (guest == Truth.UNKNOWN) {
        expected = Outcome.UNDETERMINED;
        branch = "guest unknown";
      } else if (q.day().isBefore(w.basingProtocol().earliest())) {
        expected = Outcome.NOT_APPLICABLE;
        branch = "before the protocol";
      } else {
        expected = !valid.isEmpty() ? Outcome.BLOCKED
            : q.consents().containsAll(others) ? Outcome.ALLOWED : Outcome.ALLOWED_UNLESS_OBJECTION;
        branch = expected.toString();
        assertEquals(others, v.canBlock(), v::explain);
        assertEquals(valid, v.blockedBy(), v::explain);
      }
      assertEquals(expected, v.outcome(), () -> q.day() + " host " + q.host() + " " + host + ", guest " + q.guest() + " "
          + guest + ", protocol " + w.basingProtocol() + ": " + v.explain());
      tally.hit(branch);
    });
    tally.atLeast("host NO", 30).atLeast("host UNKNOWN", 4).atLeast("guest a member or the host", 8)
        .atLeast("before the protocol", 8).atLeast("BLOCKED", 4).atLeast("ALLOWED", 10).atLeast("ALLOWED_UNLESS_OBJECTION", 8);
  }

  @Test
  void article_4_obliges_exactly_the_other_drawn_members_of_the_day() {
    Tally tally = new Tally("collective defence on random worlds");
    tally.qt().withExamples(EXAMPLES).forAll(QUESTIONS).checkAssert(q -> {
      World w = q.world();
      if (q.guest().equals(q.host())) {
        return;
      }
      Truth victim = w.member(q.host(), q.day());
      Truth aggressor = w.member(q.guest(), q.day());
      Verdict v = CollectiveDefenceRule.evaluate(w.data(), CollectiveDefenceCase.builder().victim(q.host()).aggressor(q.guest()).on(q.day()).request(Request.REQUESTED).build());
      Set<StateCode> others = w.certainMembers(q.day());
      others.remove(q.host());
      if (victim == Truth.YES && aggressor == Truth.NO && others.isEmpty()) {
        assertEquals(Set.of(), v.obliged(), v::explain);
        assertEquals(true, v.outcome() == Outcome.NOT_APPLICABLE || v.outcome() == Outcome.UNDETERMINED, v::explain);
        tally.hit("the only member attacked");
      } else if (victim == Truth.YES && aggressor == Truth.NO) {
        assertEquals(Outcome.DECISION_REQUIRED, v.outcome(), v::explain);
        assertEquals(others, v.obliged(), v::explain);
        assertEquals(others, v.canBlock(), v::explain);
        tally.hit("a member attacked by an outsider");
      } else if (victim == Truth.NO) {
        assertEquals(Outcome.NOT_APPLICABLE, v.outcome(), v::explain);
        assertEquals(Set.of(), v.obliged());
        tally.hit("victim not a member");
      } else {
        tally.hit("other");
      }
    });
    tally.atLeast("a member attacked by an outsider", 25).atLeast("the only member attacked", 8).atLeast("victim not a member", 50);
  }

  @Test
  void under_consensus_a_decision_of_the_days_members_is_adopted_exactly_when_no_member_objects_or_stays_out() {
    Tally tally = new Tally("consensus on random worlds");
    tally.qt().withExamples(EXAMPLES).forAll(Worlds.votes()).checkAssert(vote -> {
      Verdict v = ConsensusRule.evaluate(vote.world().data(),
          ConsensusCase.builder().on(vote.day()).positions(vote.positions()).build());
      Set<StateCode> blockers = new TreeSet<>();
      vote.positions().forEach((s, p) -> {
        if (p == org.cstokit.model.event.Position.OBJECT || p == org.cstokit.model.event.Position.NOT_PARTICIPATING) {
          blockers.add(s);
        }
      });
      assertEquals(blockers.isEmpty() ? Outcome.ADOPTED : Outcome.BLOCKED, v.outcome(), v::explain);
      assertEquals(blockers, v.blockedBy(), v::explain);
      assertEquals(vote.members(), v.canBlock(), "the members certain on the day, read from the world's data");
      tally.hit(v.outcome().toString());
    });
    tally.atLeast("ADOPTED", 40).atLeast("BLOCKED", 100);
  }
}
