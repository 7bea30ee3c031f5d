package org.cstokit.analytics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.ExerciseId;
import org.cstokit.model.source.FacilityId;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.TransferId;
import org.cstokit.model.time.YearSpan;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class NetworkTest {
  private final Dataset data = CstoData.bundled();
  private static final StateCode RUS = StateCode.of("RUS");
  private static final YearSpan NINETIES = YearSpan.closed(1990, 1999);

  @Test
  void in_the_1990s_every_tie_runs_through_russia_a_perfect_wheel() {
    PeriodSummary nineties = Network.of(data).periods().get(NINETIES);
    assertEquals(NINETIES, nineties.period());
    assertEquals(1.0, nineties.centralization(), 1e-12);
    StateShare rus = Network.of(data).hubShare(RUS).get(NINETIES);
    assertEquals(1.0, rus.share(), 1e-12);
    assertEquals(NINETIES, Network.of(data).periods().firstKey());
  }

  @Test
  void russias_share_of_pairs_falls_from_1_to_0_71_to_0_19_over_the_three_decades() {
    Map<YearSpan, StateShare> rus = Network.of(data).hubShare(RUS);
    assertEquals(List.of("1990-1999", "2000-2009", "2010-2019"), rus.keySet().stream().map(YearSpan::label).toList());
    assertEquals(5.0 / 7, rus.get(YearSpan.closed(2000, 2009)).share(), 1e-12,
        "the French detachment at Dushanbe and the Chinese post add pairs without Russia");
    assertEquals(6.0 / 31, rus.get(YearSpan.closed(2010, 2019)).share(), 1e-12);
    assertEquals(rus, Network.of(data).shares().column(RUS), "the hub share is a column of the shares");
  }

  @Test
  void the_manas_base_ties_kyrgyzstan_and_the_united_states_from_2001_to_2014() {
    Tie manas = Network.of(data).ties().stream().filter(t -> t.record().equals(RecordId.of("usa-manas-base")))
        .findFirst().orElseThrow();
    assertEquals(new Tie(StateCode.of("KGZ"), StateCode.of("USA"), TieKind.HOSTING, manas.record(),
        Optional.of(Year.of(2001)), Optional.of(Year.of(2014))), manas);
    assertEquals(FacilityId.of("usa-manas-base"), manas.typedRecord());
    assertTrue(manas.isIn(YearSpan.closed(2014, 2020)));
    assertTrue(!manas.isIn(YearSpan.closed(2015, 2020)));
    assertTrue(manas.isIn(YearSpan.closed(1990, 2001)));
    assertTrue(!manas.isIn(YearSpan.closed(1990, 2000)));
  }

  @Test
  void the_centralization_of_a_star_is_1_and_of_a_triangle_0() {
    Graph<StateCode, DefaultEdge> star = new SimpleGraph<>(DefaultEdge.class);
    List.of("RUS", "ARM", "BLR", "KAZ").forEach(s -> star.addVertex(StateCode.of(s)));
    List.of("ARM", "BLR", "KAZ").forEach(s -> star.addEdge(RUS, StateCode.of(s)));
    assertEquals(1.0, Network.centralization(star), 1e-12);
    Graph<StateCode, DefaultEdge> triangle = new SimpleGraph<>(DefaultEdge.class);
    List.of("RUS", "ARM", "BLR").forEach(s -> triangle.addVertex(StateCode.of(s)));
    triangle.addEdge(RUS, StateCode.of("ARM"));
    triangle.addEdge(RUS, StateCode.of("BLR"));
    triangle.addEdge(StateCode.of("ARM"), StateCode.of("BLR"));
    assertEquals(0.0, Network.centralization(triangle), 1e-12);
  }

  @Test
  void a_tie_needs_two_different_states_and_its_years_in_order() {
    assertThrows(IllegalArgumentException.class,
        () -> Tie.of(RUS, RUS, TieKind.TRANSFER, RecordId.of("x"), Optional.empty(), Optional.empty()));
    assertEquals("to: 2009 is before from 2010", assertThrows(IllegalArgumentException.class,
        () -> Tie.of(RUS, StateCode.of("ARM"), TieKind.TRANSFER, RecordId.of("x"), Optional.of(Year.of(2010)),
            Optional.of(Year.of(2009)))).getMessage());
    Tie armRus = Tie.of(RUS, StateCode.of("ARM"), TieKind.EXERCISE, RecordId.of("ex-x"), Optional.of(Year.of(2010)),
        Optional.of(Year.of(2010)));
    assertEquals(List.of(StateCode.of("ARM"), RUS), List.of(armRus.first(), armRus.second()), "stored in code order");
    assertEquals(ExerciseId.of("ex-x"), armRus.typedRecord());
    assertEquals(TransferId.of("tr-x"), new Tie(StateCode.of("ARM"), RUS, TieKind.TRANSFER, RecordId.of("tr-x"),
        Optional.empty(), Optional.empty()).typedRecord());
  }

  @Test
  void a_query_keeps_its_defaults_until_changed_and_refuses_an_empty_choice() {
    Network defaults = Network.of(data);
    assertEquals(Network.DECADES, defaults.spans());
    assertEquals(EnumSet.allOf(TieKind.class), defaults.kinds());
    assertEquals(ExerciseTies.ALL_PAIRS, defaults.exerciseTies());
    Network bilateral = defaults.kinds(TieKind.HOSTING, TieKind.TRANSFER);
    assertEquals(EnumSet.of(TieKind.HOSTING, TieKind.TRANSFER), bilateral.kinds());
    assertEquals(Network.DECADES, bilateral.spans(), "changing the kinds keeps the spans");
    assertEquals(EnumSet.allOf(TieKind.class), defaults.kinds(), "a query is immutable");
    assertEquals(Set.of(NINETIES), defaults.spans(NINETIES).spans());
    assertEquals(ExerciseTies.HOST_TO_PARTICIPANTS,
        defaults.exerciseTies(ExerciseTies.HOST_TO_PARTICIPANTS).spans(NINETIES).exerciseTies());
    assertEquals("spans: none given", assertThrows(IllegalArgumentException.class,
        () -> defaults.spans(List.of())).getMessage());
    assertEquals("kinds: none given", assertThrows(IllegalArgumentException.class,
        () -> defaults.kinds(Set.of())).getMessage());
    assertTrue(bilateral.ties().stream().noneMatch(t -> t.kind() == TieKind.EXERCISE));
    assertEquals("Network[spans [1990-1999], kinds [HOSTING], exercises ALL_PAIRS]",
        defaults.spans(NINETIES).kinds(TieKind.HOSTING).toString());
  }

  @Test
  void the_graph_of_a_span_has_the_states_and_pairs_of_its_summary() {
    Network network = Network.of(data);
    YearSpan noughties = YearSpan.closed(2000, 2009);
    Graph<StateCode, DefaultEdge> g = network.graph(noughties);
    PeriodSummary p = network.periods().get(noughties);
    assertEquals(p.states(), g.vertexSet().size());
    assertEquals(p.pairs(), g.edgeSet().size());
    assertEquals(5, g.degreeOf(RUS));
  }

  /**
   * A fixture small enough to count by hand: exercise A hosted by Russia with Armenia, Belarus
   * and Kazakhstan; exercise B hosted by Kazakhstan with Kyrgyzstan and Tajikistan; one Russian
   * transfer to Kyrgyzstan; all in 2015.
   */
  private Dataset fixture() {
    org.cstokit.model.military.Exercise template = data.exercises().get(0);
    org.cstokit.model.time.Period y2015 = org.cstokit.model.time.Period.of(
        org.cstokit.model.time.PartialDate.of(2015, 5, 1), org.cstokit.model.time.PartialDate.of(2015, 5, 10));
    java.util.function.BiFunction<String, List<String>, org.cstokit.model.military.Exercise> exercise = (host, states) ->
        org.cstokit.model.military.Exercise.builder().from(template).id(ExerciseId.of("ex-" + host.toLowerCase()))
            .period(y2015).hosts(List.of(StateCode.of(host)))
            .participants(states.stream().map(StateCode::of).toList()).build();
    org.cstokit.model.transfer.ArmsTransfer transfer = org.cstokit.model.transfer.ArmsTransfer.builder()
        .from(data.transfers().get(0)).id(TransferId.of("tr-rus-kgz")).supplier(RUS).recipient(StateCode.of("KGZ"))
        .orderYear(2015).deliveryFirst(Optional.empty()).deliveryLast(Optional.empty()).restates(List.of()).build();
    return Dataset.builder("fixture")
        .add(org.cstokit.data.Family.EXERCISES, exercise.apply("RUS", List.of("RUS", "ARM", "BLR", "KAZ")),
            exercise.apply("KAZ", List.of("KAZ", "KGZ", "TJK")))
        .add(org.cstokit.data.Family.TRANSFERS, transfer).build();
  }

  @Test
  void each_reading_of_an_exercise_gives_the_figures_counted_by_hand() {
    YearSpan y2015 = YearSpan.closed(2015, 2015);
    Network network = Network.of(fixture()).spans(y2015);
    // all pairs: A gives 6 pairs, B 3, the transfer 1: 10 pairs over 6 states. Degrees: KAZ 5,
    // RUS 4, ARM 3, BLR 3, KGZ 3, TJK 2; centralisation (1+2+2+0+2+3) / (5*4) = 0.5; Russia 4/10
    PeriodSummary pairs = network.exerciseTies(ExerciseTies.ALL_PAIRS).periods().get(y2015);
    assertEquals(List.of(6, 10, 10), List.of(pairs.states(), pairs.pairs(), pairs.ties()));
    assertEquals(0.5, pairs.centralization(), 1e-12);
    StateShare rusPairs = network.exerciseTies(ExerciseTies.ALL_PAIRS).shares().get(y2015, RUS);
    assertEquals(4, rusPairs.degree());
    assertEquals(0.4, rusPairs.share(), 1e-12);
    assertEquals(4.0 / 10, rusPairs.tieShare(), 1e-12);
    assertEquals(List.of("KAZ", "RUS", "ARM", "BLR", "KGZ", "TJK"), network.shares().values().stream()
        .sorted(StateShare.RANKING).map(s -> s.state().value()).toList(), "ranked by degree descending, then code");
    assertEquals(List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"),
        network.shares().row(y2015).keySet().stream().map(StateCode::value).toList(), "a row by code");
    // host to participants: A gives 3 pairs around Russia, B 2 around Kazakhstan, the transfer 1:
    // 6 pairs. Degrees: RUS 4, KAZ 3, KGZ 2, ARM 1, BLR 1, TJK 1; centralisation (0+1+2+3+3+3) / 20 = 0.6
    Network stars = network.exerciseTies(ExerciseTies.HOST_TO_PARTICIPANTS);
    PeriodSummary starSummary = stars.periods().get(y2015);
    assertEquals(List.of(6, 6, 6), List.of(starSummary.states(), starSummary.pairs(), starSummary.ties()));
    assertEquals(0.6, starSummary.centralization(), 1e-12);
    StateShare rusStars = stars.hubShare(RUS).get(y2015);
    assertEquals(4, rusStars.degree());
    assertEquals(4.0 / 6, rusStars.share(), 1e-12);
    // the default is all pairs
    assertEquals(network.exerciseTies(ExerciseTies.ALL_PAIRS).ties(), Network.of(fixture()).ties());
  }
}
