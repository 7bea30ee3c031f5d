package org.cstokit.analytics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.cstokit.model.time.YearSpan;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableTable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cstokit.analytics.testing.RandomData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.junit.jupiter.api.Test;

/** Laws of the network over random data sets, checked without JGraphT. */
class NetworkProperties {
  private static final List<YearSpan> SPANS = List.of(YearSpan.closed(1985, 1999), YearSpan.closed(2000, 2009),
      YearSpan.closed(2010, 2035));

  @Test
  void there_is_one_tie_per_foreign_facility_per_transfer_and_per_pair_of_exercise_states_under_each_reading() {
    qt().withExamples(150).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      long facilities = data.facilities().stream().filter(f -> !f.host().equals(f.operator())
          && !f.status().isProposalOnly()).count();
      long exercisePairs = data.exercises().stream().mapToLong(e -> (long) e.participants().size()
          * (e.participants().size() - 1) / 2).sum();
      List<Tie> ties = Network.of(data).ties();
      assertEquals(facilities + data.transfers().size() + exercisePairs, ties.size());
      ties.forEach(t -> assertTrue(t.first().compareTo(t.second()) < 0));
      long hostPairs = 0;
      for (var e : data.exercises()) {
        Set<String> pairs = new TreeSet<>();
        for (var h : e.hosts()) {
          for (var p : e.participants()) {
            if (!p.equals(h)) {
              pairs.add(h.compareTo(p) < 0 ? h.value() + p.value() : p.value() + h.value());
            }
          }
        }
        hostPairs += pairs.size();
      }
      assertEquals(facilities + data.transfers().size() + hostPairs,
          Network.of(data).exerciseTies(ExerciseTies.HOST_TO_PARTICIPANTS).ties().size());
    });
  }

  @Test
  void periods_and_shares_agree_with_a_brute_force_count_of_pairs_and_degrees() {
    qt().withExamples(150).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      for (Set<TieKind> kinds : List.of(EnumSet.allOf(TieKind.class), EnumSet.of(TieKind.TRANSFER))) {
        Network network = Network.of(data).spans(SPANS).kinds(kinds);
        Map<YearSpan, PeriodSummary> periods = network.periods();
        ImmutableTable<YearSpan, StateCode, StateShare> shares = network.shares();
        assertEquals(SPANS, List.copyOf(periods.keySet()));
        for (int i = 0; i < SPANS.size(); i++) {
          YearSpan span = SPANS.get(i);
          List<Tie> in = Network.of(data).ties().stream().filter(t -> kinds.contains(t.kind()))
              .filter(t -> t.from().isPresent() && t.from().get().getValue() <= span.last()
                  && (t.to().isEmpty() || t.to().get().getValue() >= span.first())).toList();
          Set<String> pairs = new TreeSet<>();
          Map<String, Integer> degree = new HashMap<>();
          for (Tie t : in) {
            if (pairs.add(t.first().value() + "-" + t.second().value())) {
              degree.merge(t.first().value(), 1, Integer::sum);
              degree.merge(t.second().value(), 1, Integer::sum);
            }
          }
          PeriodSummary p = periods.get(span);
          assertEquals(span, p.period());
          assertEquals(pairs.size(), p.pairs());
          assertEquals(in.size(), p.ties());
          assertEquals(degree.size(), p.states());
          int n = degree.size();
          int max = degree.values().stream().mapToInt(Integer::intValue).max().orElse(0);
          double expected = n < 3 ? 0.0
              : degree.values().stream().mapToDouble(d -> max - d).sum() / ((n - 1.0) * (n - 2.0));
          assertEquals(expected, p.centralization(), 1e-12);
          assertTrue(p.centralization() >= 0.0 && p.centralization() <= 1.0 + 1e-12);
          assertEquals(List.copyOf(new TreeSet<>(shares.row(span).keySet())), List.copyOf(shares.row(span).keySet()),
              "a span's row by state code");
          List<StateShare> own = shares.row(span).values().stream().sorted(StateShare.RANKING).toList();
          own.forEach(s -> assertEquals(span, s.period()));
          assertEquals(n, own.size());
          for (int k = 1; k < own.size(); k++) {
            StateShare a = own.get(k - 1);
            StateShare b = own.get(k);
            assertTrue(a.degree() > b.degree() || (a.degree() == b.degree() && a.state().compareTo(b.state()) < 0),
                "ranked by degree descending, then code: " + a + " before " + b);
          }
          for (StateShare s : own) {
            assertEquals(degree.get(s.state().value()), s.degree());
            assertEquals((double) s.degree() / pairs.size(), s.share(), 1e-12);
          }
          assertEquals(2 * pairs.size(), own.stream().mapToInt(StateShare::degree).sum());
        }
      }
    });
  }
}
