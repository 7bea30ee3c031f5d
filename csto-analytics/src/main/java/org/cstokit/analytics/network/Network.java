package org.cstokit.analytics.network;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Sets;
import java.time.Year;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.military.Facility;
import org.cstokit.model.time.YearSpan;
import org.cstokit.model.transfer.ArmsTransfer;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The network of ties between states in a {@link Dataset}, as an immutable query: which spans of
 * years, which kinds of tie, and how an exercise ties its states. Start from
 * {@link #of(Dataset)} (the decades {@link #DECADES}, every {@link TieKind}, exercises read as
 * {@link ExerciseTies#ALL_PAIRS}), change what you need, then ask:
 *
 * <pre>{@code
 * Network.of(data).kinds(TieKind.HOSTING, TieKind.TRANSFER).hubShare(StateCode.of("RUS"))
 * }</pre>
 *
 * <p>Ties and their years: a foreign facility (operator not the host; proposed and refused ones
 * excluded) ties host and operator from its period's start year to its end year (open when it has
 * no end); without a period, from the year its lease was signed or extended to the lease's expiry;
 * otherwise it is undated. An arms transfer ties supplier and recipient from the earliest to the
 * latest of its order and delivery years; without any year it is undated. An exercise ties its
 * states in the year it began: by default every pair of its participants, or, read the other way,
 * each host to every other participant ({@link ExerciseTies} explains the choice and what it does
 * to a hub's share). Undated ties are listed by {@link #ties()} but belong to no span.
 *
 * <p>Measures: a span's graph has one edge per tied pair, however many records tie it; a state's
 * {@code share} is its degree divided by the span's pairs, and {@code tieShare} counts records
 * instead of pairs; the centralisation is Freeman's degree centralisation of that graph. Spans
 * are {@link YearSpan}s, both ends included. Immutable and thread-safe.
 */
public final class Network {
  /** The default spans: the 1990s, the 2000s and the 2010s. */
  public static final ImmutableSortedSet<YearSpan> DECADES =
      ImmutableSortedSet.of(YearSpan.closed(1990, 1999), YearSpan.closed(2000, 2009), YearSpan.closed(2010, 2019));

  private final Dataset data;
  private final ImmutableSortedSet<YearSpan> spans;
  private final Set<TieKind> kinds;
  private final ExerciseTies exerciseTies;

  private Network(Dataset data, ImmutableSortedSet<YearSpan> spans, Set<TieKind> kinds, ExerciseTies exerciseTies) {
    this.data = data;
    this.spans = spans;
    this.kinds = Sets.immutableEnumSet(kinds);
    this.exerciseTies = exerciseTies;
  }

  /**
   * The network of a data set with the defaults: the spans {@link #DECADES}, every kind of tie,
   * exercises read as {@link ExerciseTies#ALL_PAIRS}.
   *
   * @param data the data set
   * @return the query
   */
  public static Network of(Dataset data) {
    return new Network(Objects.requireNonNull(data, "data"), DECADES, EnumSet.allOf(TieKind.class),
        ExerciseTies.ALL_PAIRS);
  }

  /**
   * Returns this query over other spans.
   *
   * @param spans the spans, each with both ends included; at least one
   * @return the query
   * @throws IllegalArgumentException if there is no span
   */
  public Network spans(Collection<YearSpan> spans) {
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("spans: none given");
    }
    return new Network(data, ImmutableSortedSet.copyOf(spans), kinds, exerciseTies);
  }

  /**
   * Returns this query over other spans.
   *
   * @param first a span, both ends included
   * @param more more spans
   * @return the query
   */
  public Network spans(YearSpan first, YearSpan... more) {
    return spans(Stream.concat(Stream.of(first), Stream.of(more)).toList());
  }

  /**
   * Returns this query with other kinds of tie.
   *
   * @param kinds the kinds to take; at least one
   * @return the query
   * @throws IllegalArgumentException if there is no kind
   */
  public Network kinds(Set<TieKind> kinds) {
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds: none given");
    }
    return new Network(data, spans, kinds, exerciseTies);
  }

  /**
   * Returns this query with other kinds of tie.
   *
   * @param first a kind
   * @param more more kinds
   * @return the query
   */
  public Network kinds(TieKind first, TieKind... more) {
    return kinds(EnumSet.of(first, more));
  }

  /**
   * Returns this query with exercises read another way.
   *
   * @param exerciseTies how an exercise ties its states
   * @return the query
   */
  public Network exerciseTies(ExerciseTies exerciseTies) {
    return new Network(data, spans, kinds, Objects.requireNonNull(exerciseTies, "exerciseTies"));
  }

  /**
   * Returns the spans this query measures.
   *
   * @return the spans, in order
   */
  public ImmutableSortedSet<YearSpan> spans() {
    return spans;
  }

  /**
   * Returns the kinds of tie this query takes.
   *
   * @return the kinds
   */
  public Set<TieKind> kinds() {
    return kinds;
  }

  /**
   * Returns how this query reads an exercise.
   *
   * @return the reading
   */
  public ExerciseTies exerciseTies() {
    return exerciseTies;
  }

  /**
   * Every tie of the query's kinds, dated or not, in any span or none: facilities, then
   * transfers, then exercises, each in id order.
   *
   * @return the ties
   */
  public ImmutableList<Tie> ties() {
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
          ties.add(Tie.of(f.host(), f.operator(), TieKind.HOSTING, f.id(), from.map(Year::of),
              from.isPresent() ? to.map(Year::of) : Optional.empty()));
        }
      }
    }
    if (kinds.contains(TieKind.TRANSFER)) {
      for (ArmsTransfer t : data.transfers()) {
        List<Integer> years = Stream.of(t.orderYear(), t.deliveryFirst(), t.deliveryLast())
            .flatMap(Optional::stream).sorted().toList();
        Optional<Year> from = years.isEmpty() ? Optional.empty() : Optional.of(Year.of(years.get(0)));
        Optional<Year> to = years.isEmpty() ? Optional.empty() : Optional.of(Year.of(years.get(years.size() - 1)));
        ties.add(Tie.of(t.supplier(), t.recipient(), TieKind.TRANSFER, t.id(), from, to));
      }
    }
    if (kinds.contains(TieKind.EXERCISE)) {
      for (Exercise e : data.exercises()) {
        Optional<Year> year = Optional.of(Year.of(e.period().start().year()));
        if (exerciseTies == ExerciseTies.ALL_PAIRS) {
          List<StateCode> ps = List.copyOf(e.participants());
          for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
              ties.add(Tie.of(ps.get(i), ps.get(j), TieKind.EXERCISE, e.id(), year, year));
            }
          }
        } else {
          Set<List<StateCode>> pairs = new LinkedHashSet<>();
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
   * The graph of one span (whether or not it is one of the query's spans), with the query's
   * kinds and reading: states with a tie in the span as vertices, one edge per tied pair.
   *
   * @param span the span, both ends included
   * @return an unmodifiable simple undirected graph, vertices in code order
   */
  public Graph<StateCode, DefaultEdge> graph(YearSpan span) {
    return graph(inSpan(ties(), span));
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
   * The network of each span of the query.
   *
   * @return one summary per span, by span
   */
  public ImmutableSortedMap<YearSpan, PeriodSummary> periods() {
    List<Tie> all = ties();
    ImmutableSortedMap.Builder<YearSpan, PeriodSummary> rows = ImmutableSortedMap.naturalOrder();
    for (YearSpan span : spans) {
      List<Tie> ties = inSpan(all, span);
      Graph<StateCode, DefaultEdge> g = graph(ties);
      rows.put(span, new PeriodSummary(span, g.vertexSet().size(), g.edgeSet().size(), ties.size(),
          centralization(g)));
    }
    return rows.build();
  }

  /**
   * Each state's share of the ties in each span of the query: rows are the spans, in order;
   * {@code row(span)} the states with a tie in the span, by code; {@code column(state)} one
   * state's share per span in which it has a tie. To rank the states of a span, sort by
   * {@link StateShare#RANKING}.
   *
   * @return the shares, keyed by span and state
   */
  public ImmutableTable<YearSpan, StateCode, StateShare> shares() {
    List<Tie> all = ties();
    ImmutableTable.Builder<YearSpan, StateCode, StateShare> rows = ImmutableTable.<YearSpan, StateCode, StateShare>builder()
        .orderRowsBy(Comparator.naturalOrder()).orderColumnsBy(Comparator.naturalOrder());
    for (YearSpan span : spans) {
      List<Tie> ties = inSpan(all, span);
      Graph<StateCode, DefaultEdge> g = graph(ties);
      TreeMap<StateCode, Integer> records = new TreeMap<>();
      for (Tie t : ties) {
        records.merge(t.first(), 1, Integer::sum);
        records.merge(t.second(), 1, Integer::sum);
      }
      int pairs = g.edgeSet().size();
      for (StateCode s : g.vertexSet()) {
        rows.put(span, s, new StateShare(span, s, g.degreeOf(s), records.get(s),
            pairs == 0 ? 0.0 : (double) g.degreeOf(s) / pairs, (double) records.get(s) / ties.size()));
      }
    }
    return rows.build();
  }

  /**
   * One state's share of the ties per span of the query: the "hub share", {@code
   * shares().column(state)}.
   *
   * @param state the state, e.g. Russia
   * @return its share in each span in which it has a tie, by span
   */
  public ImmutableSortedMap<YearSpan, StateShare> hubShare(StateCode state) {
    return ImmutableSortedMap.copyOf(shares().column(Objects.requireNonNull(state, "state")));
  }

  @Override
  public String toString() {
    return "Network[spans " + spans + ", kinds " + kinds + ", exercises " + exerciseTies + "]";
  }
}
