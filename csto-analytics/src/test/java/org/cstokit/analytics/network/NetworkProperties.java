package org.cstokit.analytics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.cstokit.model.time.YearSpan;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cstokit.analytics.testing.RandomData;
import org.cstokit.data.Dataset;
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
      List<Tie> ties = Network.ties(data);
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
          Network.ties(data, EnumSet.allOf(TieKind.class), ExerciseTies.HOST_TO_PARTICIPANTS).size());
    });
  }

  @Test
  void periods_and_shares_agree_with_a_brute_force_count_of_pairs_and_degrees() {
    qt().withExamples(150).forAll(RandomData.records()).checkAssert(r -> {
      Dataset data = r.dataset();
      for (Set<TieKind> kinds : List.of(EnumSet.allOf(TieKind.class), EnumSet.of(TieKind.TRANSFER))) {
        List<PeriodSummary> periods = Network.periods(data, SPANS, kinds);
        List<StateShare> shares = Network.shares(data, SPANS, kinds);
        for (int i = 0; i < SPANS.size(); i++) {
          YearSpan span = SPANS.get(i);
          List<Tie> in = Network.ties(data).stream().filter(t -> kinds.contains(t.kind()))
              .filter(t -> t.from().isPresent() && t.from().get() <= span.last()
                  && (t.to().isEmpty() || t.to().get() >= span.first())).toList();
          Set<String> pairs = new TreeSet<>();
          Map<String, Integer> degree = new HashMap<>();
          for (Tie t : in) {
            if (pairs.add(t.first().value() + "-" + t.second().value())) {
              degree.merge(t.first().value(), 1, Integer::sum);
              degree.merge(t.second().value(), 1, Integer::sum);
            }
          }
          PeriodSummary p = periods.get(i);
          assertEquals(span.label(), p.period());
          assertEquals(pairs.size(), p.pairs());
          assertEquals(in.size(), p.ties());
          assertEquals(degree.size(), p.states());
          int n = degree.size();
          int max = degree.values().stream().mapToInt(Integer::intValue).max().orElse(0);
          double expected = n < 3 ? 0.0
              : degree.values().stream().mapToDouble(d -> max - d).sum() / ((n - 1.0) * (n - 2.0));
          assertEquals(expected, p.centralization(), 1e-12);
          assertTrue(p.centralization() >= 0.0 && p.centralization() <= 1.0 + 1e-12);
          List<StateShare> own = shares.stream().filter(s -> s.period().equals(span.label())).toList();
          assertEquals(n, own.size());
          for (int k = 1; k < own.size(); k++) {
            StateShare a = own.get(k - 1);
            StateShare b = own.get(k);
            assertTrue(a.degree() > b.degree() || (a.degree() == b.degree() && a.state().compareTo(b.state()) < 0),
                "by degree descending, then code: " + a + " before " + b);
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
