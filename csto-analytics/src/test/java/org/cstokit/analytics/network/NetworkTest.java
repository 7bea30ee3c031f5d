package org.cstokit.analytics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    assertTrue(manas.isIn(new YearSpan(2014, 2020)));
    assertTrue(!manas.isIn(new YearSpan(2015, 2020)));
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
    assertThrows(IllegalArgumentException.class, () -> new YearSpan(2010, 2009));
  }
}
