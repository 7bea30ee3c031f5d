package org.cstokit.analytics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.cstokit.model.source.TransferId;
import org.cstokit.model.source.ExerciseId;
import org.cstokit.model.time.YearSpan;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.RecordId;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class NetworkTest {
  private final Dataset data = CstoData.bundled();
  private static final StateCode RUS = StateCode.of("RUS");

  @Test
  void in_the_1990s_every_tie_runs_through_russia_a_perfect_wheel() {
    PeriodSummary nineties = Network.periods(data).get(0);
    assertEquals("1990-1999", nineties.period());
    assertEquals(1.0, nineties.centralization(), 1e-12);
    StateShare rus = Network.hubShare(data, RUS).get(0);
    assertEquals(1.0, rus.share(), 1e-12);
  }

  @Test
  void russias_share_of_pairs_falls_from_1_to_0_71_to_0_19_over_the_three_decades() {
    List<StateShare> rus = Network.hubShare(data, RUS);
    assertEquals(List.of("1990-1999", "2000-2009", "2010-2019"), rus.stream().map(StateShare::period).toList());
    assertEquals(5.0 / 7, rus.get(1).share(), 1e-12, "the French detachment at Dushanbe and the Chinese post add pairs without Russia");
    assertEquals(6.0 / 31, rus.get(2).share(), 1e-12);
  }

  @Test
  void the_manas_base_ties_kyrgyzstan_and_the_united_states_from_2001_to_2014() {
    Tie manas = Network.ties(data).stream().filter(t -> t.record().equals(RecordId.of("usa-manas-base")))
        .findFirst().orElseThrow();
    assertEquals(new Tie(StateCode.of("KGZ"), StateCode.of("USA"), TieKind.HOSTING, manas.record(), Optional.of(2001),
        Optional.of(2014)), manas);
    assertTrue(manas.isIn(YearSpan.closed(2014, 2020)));
    assertTrue(!manas.isIn(YearSpan.closed(2015, 2020)));
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
  void a_tie_needs_two_different_states_and_a_span_its_years_in_order() {
    assertThrows(IllegalArgumentException.class,
        () -> Tie.of(RUS, RUS, TieKind.TRANSFER, RecordId.of("x"), Optional.empty(), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> YearSpan.closed(2010, 2009));
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
    Dataset fixture = fixture();
    List<YearSpan> span = List.of(YearSpan.closed(2015, 2015));
    java.util.Set<TieKind> all = java.util.EnumSet.allOf(TieKind.class);
    // all pairs: A gives 6 pairs, B 3, the transfer 1: 10 pairs over 6 states. Degrees: KAZ 5,
    // RUS 4, ARM 3, BLR 3, KGZ 3, TJK 2; centralisation (1+2+2+0+2+3) / (5*4) = 0.5; Russia 4/10
    PeriodSummary pairs = Network.periods(fixture, span, all, ExerciseTies.ALL_PAIRS).get(0);
    assertEquals(List.of(6, 10, 10), List.of(pairs.states(), pairs.pairs(), pairs.ties()));
    assertEquals(0.5, pairs.centralization(), 1e-12);
    StateShare rusPairs = share(Network.shares(fixture, span, all, ExerciseTies.ALL_PAIRS), RUS);
    assertEquals(4, rusPairs.degree());
    assertEquals(0.4, rusPairs.share(), 1e-12);
    assertEquals(4.0 / 10, rusPairs.tieShare(), 1e-12);
    // host to participants: A gives 3 pairs around Russia, B 2 around Kazakhstan, the transfer 1:
    // 6 pairs. Degrees: RUS 4, KAZ 3, KGZ 2, ARM 1, BLR 1, TJK 1; centralisation (0+1+2+3+3+3) / 20 = 0.6
    PeriodSummary stars = Network.periods(fixture, span, all, ExerciseTies.HOST_TO_PARTICIPANTS).get(0);
    assertEquals(List.of(6, 6, 6), List.of(stars.states(), stars.pairs(), stars.ties()));
    assertEquals(0.6, stars.centralization(), 1e-12);
    StateShare rusStars = share(Network.shares(fixture, span, all, ExerciseTies.HOST_TO_PARTICIPANTS), RUS);
    assertEquals(4, rusStars.degree());
    assertEquals(4.0 / 6, rusStars.share(), 1e-12);
    // the default is all pairs
    assertEquals(Network.ties(fixture, all, ExerciseTies.ALL_PAIRS), Network.ties(fixture));
  }

  private static StateShare share(List<StateShare> rows, StateCode state) {
    return rows.stream().filter(s -> s.state().equals(state)).findFirst().orElseThrow();
  }
}
