package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.cstokit.analytics.rules.BasingCase;
import org.cstokit.analytics.rules.BasingRule;
import org.cstokit.analytics.rules.ConsensusCase;
import org.cstokit.analytics.rules.ConsensusRule;
import org.cstokit.analytics.rules.Outcome;
import org.cstokit.analytics.rules.Verdict;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.event.Position;
import org.cstokit.testing.Scenarios;
import org.cstokit.testing.Worlds;
import org.junit.jupiter.api.Test;

class BasingLawTest {
  @Test
  void an_objection_by_any_other_member_blocks_a_foreign_base() {
    Dataset data = CstoData.bundled();
    qt().withExamples(200)
        .forAll(Scenarios.basingProposals(data, LocalDate.of(2012, 1, 1)))
        .checkAssert(p -> {
          Verdict v = BasingRule.evaluate(data, BasingCase.builder().host(p.host()).guest(p.guest()).on(p.date())
              .objections(p.objections()).consents(p.consents()).build());
          Outcome expected = p.aMemberObjects() ? Outcome.BLOCKED
              : p.everyMemberConsents() ? Outcome.ALLOWED : Outcome.ALLOWED_UNLESS_OBJECTION;
          assertEquals(expected, v.outcome(), v::explain);
        });
  }

  @Test
  void under_consensus_a_decision_is_adopted_exactly_when_no_member_objects_or_stays_out() {
    qt().withExamples(200)
        .forAll(Worlds.votes())
        .checkAssert(vote -> {
          // the world's Council decides by consensus, among the members certain on the day
          Verdict v = ConsensusRule.evaluate(vote.world().data(),
              ConsensusCase.builder().on(vote.day()).positions(vote.positions()).build());
          boolean blocks = vote.positions().containsValue(Position.OBJECT)
              || vote.positions().containsValue(Position.NOT_PARTICIPATING);
          assertEquals(blocks ? Outcome.BLOCKED : Outcome.ADOPTED, v.outcome(), v::explain);
        });
  }
}
