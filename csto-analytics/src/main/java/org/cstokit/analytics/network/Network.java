package org.cstokit.analytics.network;

import com.google.common.collect.ImmutableList;
import org.cstokit.model.time.YearSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.military.Facility;
import org.cstokit.model.transfer.ArmsTransfer;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The network of ties between states, a pure function of a {@link Dataset}.
 *
 * <p>Ties and their years: a foreign facility (operator not the host; proposed and refused ones
 * excluded) ties host and operator from its period's start year to its end year (open when it has
 * no end); without a period, from the year its lease was signed or extended to the lease's expiry;
 * otherwise it is undated. An arms transfer ties supplier and recipient from the earliest to the
 * latest of its order and delivery years; without any year it is undated. An exercise ties its
 * states in the year it began: by default every pair of its participants, or, read the other way,
 * each host to every other participant ({@link ExerciseTies} explains the choice and what it does
 * to a hub's share). Undated ties are listed by {@link #ties} but belong to no period.
 *
 * <p>Measures: a span's graph has one edge per tied pair, however many records tie it; a state's
 * {@code share} is its degree divided by the span's pairs, and {@code tieShare} counts records
 * instead of pairs; the centralisation is Freeman's degree centralisation of that graph.
 */
public final class Network {
  /** The default periods: the 1990s, the 2000s and the 2010s. */
  public static final ImmutableList<YearSpan> DECADES =
      ImmutableList.of(YearSpan.closed(1990, 1999), YearSpan.closed(2000, 2009), YearSpan.closed(2010, 2019));

  private Network() {}

  /**
   * Every tie of the data set, exercises read as {@link ExerciseTies#ALL_PAIRS}: facilities,
   * then transfers, then exercises, each in id order.
   *
   * @param data the data set
   * @return the ties
   */
  public static ImmutableList<Tie> ties(Dataset data) {
    return ties(data, EnumSet.allOf(TieKind.class), ExerciseTies.ALL_PAIRS);
  }

  /**
   * The ties of some kinds, exercises read as the caller chooses: facilities, then transfers,
   * then exercises, each in id order.
   *
   * @param data the data set
   * @param kinds the kinds to keep
   * @param exerciseTies how an exercise ties its states
   * @return the ties
   */
  public static ImmutableList<Tie> ties(Dataset data, Set<TieKind> kinds, ExerciseTies exerciseTies) {
    ImmutableList.Builder<Tie> ties = ImmutableList.builder();
    if (kinds.contains(TieKind.HOSTING)) {
      for (Facility f : data.facilities()) {
        if (f.isForeign() && !f.status().isProposalOnly()) {
          Optional<Integer> from;
          Optional<Integer> to;
          if (f.period().isPresent()) {
            from = Optional.of(f.period().get().start().year());
            to = f.period().get().end().map(e -> e.year());
          } else {
            from = f.lease().flatMap(l -> l.signed().or(() -> l.extended())).map(d -> d.year());
            to = f.lease().flatMap(l -> l.expires()).map(d -> d.year()).filter(y -> from.map(x -> y >= x).orElse(true));
          }
          ties.add(Tie.of(f.host(), f.operator(), TieKind.HOSTING, f.id(), from, from.isPresent() ? to : Optional.empty()));
        }
      }
    }
    if (kinds.contains(TieKind.TRANSFER)) {
      for (ArmsTransfer t : data.transfers()) {
        List<Integer> years = Stream.of(t.orderYear(), t.deliveryFirst(), t.deliveryLast())
            .flatMap(Optional::stream).sorted().toList();
        Optional<Integer> from = years.isEmpty() ? Optional.empty() : Optional.of(years.get(0));
        Optional<Integer> to = years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
        ties.add(Tie.of(t.supplier(), t.recipient(), TieKind.TRANSFER, t.id(), from, to));
      }
    }
    if (kinds.contains(TieKind.EXERCISE)) {
      for (Exercise e : data.exercises()) {
        Optional<Integer> year = Optional.of(e.period().start().year());
        if (exerciseTies == ExerciseTies.ALL_PAIRS) {
          List<StateCode> ps = List.copyOf(e.participants());
          for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
              ties.add(Tie.of(ps.get(i), ps.get(j), TieKind.EXERCISE, e.id(), year, year));
            }
          }
        } else {
          java.util.Set<List<StateCode>> pairs = new java.util.LinkedHashSet<>();
          for (StateCode host : e.hosts()) {
            for (StateCode p : e.participants()) {
              if (!p.equals(host)) {
                pairs.add(host.compareTo(p) < 0 ? List.of(host, p) : List.of(p, host));
              }
            }
          }
          for (List<StateCode> pair : pairs) {
            ties.add(Tie.of(pair.get(0), pair.get(1), TieKind.EXERCISE, e.id(), year, year));
          }
        }
      }
    }
    return ties.build();
  }

  /**
   * The graph of one span: states with a tie in the span as vertices, one edge per tied pair.
   *
   * @param data the data set
   * @param span the span
   * @return an unmodifiable simple undirected graph, vertices in code order
   */
  public static Graph<StateCode, DefaultEdge> graph(Dataset data, YearSpan span) {
    return graph(inSpan(ties(data), span));
  }

  private static List<Tie> inSpan(List<Tie> ties, YearSpan span) {
    return ties.stream().filter(t -> t.isIn(span)).toList();
  }

  private static Graph<StateCode, DefaultEdge> graph(List<Tie> ties) {
    Graph<StateCode, DefaultEdge> g = GraphTypeBuilder.<StateCode, DefaultEdge>undirected().allowingMultipleEdges(false)
        .allowingSelfLoops(false).edgeClass(DefaultEdge.class).buildGraph();
    ties.stream().flatMap(t -> Stream.of(t.first(), t.second())).sorted().distinct().forEach(g::addVertex);
    for (Tie t : ties) {
      if (!g.containsEdge(t.first(), t.second())) {
        g.addEdge(t.first(), t.second());
      }
    }
    return new AsUnmodifiableGraph<>(g);
  }

  /**
   * Freeman's degree centralisation of a simple undirected graph: the sum over vertices of the
   * difference between the largest degree and the vertex's degree, divided by its maximum,
   * {@code (n - 1)(n - 2)}, reached by a star. 0 for fewer than three vertices.
   *
   * @param g the graph
   * @return the centralisation, between 0 and 1
   */
  public static double centralization(Graph<StateCode, DefaultEdge> g) {
    int n = g.vertexSet().size();
    if (n < 3) {
      return 0.0;
    }
    int max = g.vertexSet().stream().mapToInt(g::degreeOf).max().orElse(0);
    long sum = g.vertexSet().stream().mapToLong(v -> max - g.degreeOf(v)).sum();
    return (double) sum / ((double) (n - 1) * (n - 2));
  }

  /**
   * The network of each span of the default decades, every kind of tie.
   *
   * @param data the data set
   * @return one row per decade
   */
  public static ImmutableList<PeriodSummary> periods(Dataset data) {
    return periods(data, DECADES, EnumSet.allOf(TieKind.class));
  }

  /**
   * The network of each span, with the ties of the given kinds.
   *
   * @param data the data set
   * @param spans the spans, in the order wanted
   * @param kinds the kinds of tie to take
   * @return one row per span
   */
  public static ImmutableList<PeriodSummary> periods(Dataset data, List<YearSpan> spans, Set<TieKind> kinds) {
    return periods(data, spans, kinds, ExerciseTies.ALL_PAIRS);
  }

  /**
   * The network of each span, with the ties of the given kinds and exercises read as chosen.
   *
   * @param data the data set
   * @param spans the spans, in the order wanted
   * @param kinds the kinds of tie to take
   * @param exerciseTies how an exercise ties its states
   * @return one row per span
   */
  public static ImmutableList<PeriodSummary> periods(Dataset data, List<YearSpan> spans, Set<TieKind> kinds,
      ExerciseTies exerciseTies) {
    List<Tie> all = ties(data, kinds, exerciseTies);
    ImmutableList.Builder<PeriodSummary> rows = ImmutableList.builder();
    for (YearSpan span : spans) {
      List<Tie> ties = inSpan(all, span);
      Graph<StateCode, DefaultEdge> g = graph(ties);
      rows.add(new PeriodSummary(span.label(), g.vertexSet().size(), g.edgeSet().size(), ties.size(),
          centralization(g)));
    }
    return rows.build();
  }

  /**
   * Each state's share of the ties in each of the default decades, every kind of tie.
   *
   * @param data the data set
   * @return rows by decade, then degree descending, then code
   */
  public static ImmutableList<StateShare> shares(Dataset data) {
    return shares(data, DECADES, EnumSet.allOf(TieKind.class));
  }

  /**
   * Each state's share of the ties of the given kinds in each span.
   *
   * @param data the data set
   * @param spans the spans, in the order wanted
   * @param kinds the kinds of tie to take
   * @return rows by span, then degree descending, then code
   */
  public static ImmutableList<StateShare> shares(Dataset data, List<YearSpan> spans, Set<TieKind> kinds) {
    return shares(data, spans, kinds, ExerciseTies.ALL_PAIRS);
  }

  /**
   * Each state's share of the ties of the given kinds in each span, exercises read as chosen.
   *
   * @param data the data set
   * @param spans the spans, in the order wanted
   * @param kinds the kinds of tie to take
   * @param exerciseTies how an exercise ties its states
   * @return rows by span, then degree descending, then code
   */
  public static ImmutableList<StateShare> shares(Dataset data, List<YearSpan> spans, Set<TieKind> kinds,
      ExerciseTies exerciseTies) {
    List<Tie> all = ties(data, kinds, exerciseTies);
    ImmutableList.Builder<StateShare> rows = ImmutableList.builder();
    for (YearSpan span : spans) {
      List<Tie> ties = inSpan(all, span);
      Graph<StateCode, DefaultEdge> g = graph(ties);
      TreeMap<StateCode, Integer> records = new TreeMap<>();
      for (Tie t : ties) {
        records.merge(t.first(), 1, Integer::sum);
        records.merge(t.second(), 1, Integer::sum);
      }
      int pairs = g.edgeSet().size();
      List<StateShare> period = new ArrayList<>();
      for (StateCode s : g.vertexSet()) {
        period.add(new StateShare(span.label(), s, g.degreeOf(s), records.get(s),
            pairs == 0 ? 0.0 : (double) g.degreeOf(s) / pairs, (double) records.get(s) / ties.size()));
      }
      period.sort(Comparator.comparingInt(StateShare::degree).reversed().thenComparing(StateShare::state));
      rows.addAll(period);
    }
    return rows.build();
  }

  /**
   * One state's share of the ties per default decade, every kind of tie: the "hub share".
   *
   * @param data the data set
   * @param state the state, e.g. Russia
   * @return one row per decade in which the state has a tie
   */
  public static ImmutableList<StateShare> hubShare(Dataset data, StateCode state) {
    return hubShare(data, state, DECADES, EnumSet.allOf(TieKind.class));
  }

  /**
   * One state's share of the ties of the given kinds per span.
   *
   * @param data the data set
   * @param state the state
   * @param spans the spans
   * @param kinds the kinds of tie to take
   * @return one row per span in which the state has a tie
   */
  public static ImmutableList<StateShare> hubShare(Dataset data, StateCode state, List<YearSpan> spans,
      Set<TieKind> kinds) {
    return shares(data, spans, kinds).stream().filter(s -> s.state().equals(state))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The ties of some kinds, exercises read as {@link ExerciseTies#ALL_PAIRS}.
   *
   * @param data the data set
   * @param kinds the kinds to keep
   * @return the ties of those kinds, in the order of {@link #ties(Dataset)}
   */
  public static ImmutableList<Tie> ties(Dataset data, Set<TieKind> kinds) {
    return ties(data, kinds, ExerciseTies.ALL_PAIRS);
  }
}
