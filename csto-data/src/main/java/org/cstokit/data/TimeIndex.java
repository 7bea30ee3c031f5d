package org.cstokit.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.cstokit.model.time.Period;
import org.cstokit.model.time.Span;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.TruthMap;

/**
 * An "as of" index over records that hold during a {@link Span} (a {@link Period}, possibly cut
 * at the horizon of its sources), in the manner of the tzdb's sorted transitions: every day on
 * which some record's answer can change (each boundary of its span) is a transition; between two
 * transitions every record's {@link Truth} is constant, so each segment stores the records that
 * are not {@code NO} there with their truth, and a query is one binary search. Immutable and
 * thread-safe.
 *
 * @param <T> the record type
 */
public final class TimeIndex<T> {
  private final LocalDate[] transitions;
  /** The records indexed, and each one's span, in the order answers keep. */
  private final Object[] records;
  private final Span[] spans;
  /**
   * The segments, each built on its first query: a data set is loaded far more often than all of
   * its days are asked about (a command-line run asks about one), and building every segment up
   * front cost a fifth of a load. A segment is a pure function of the records and its position,
   * and the first one stored is the one every caller gets.
   */
  private final AtomicReferenceArray<TruthMap<T>> segments;

  private TimeIndex(LocalDate[] transitions, Object[] records, Span[] spans) {
    this.transitions = transitions;
    this.records = records;
    this.spans = spans;
    this.segments = new AtomicReferenceArray<>(transitions.length + 1);
  }

  /**
   * Indexes records by their periods.
   *
   * @param records the records, in the order answers should keep
   * @param period the period of a record
   * @param <T> the record type
   * @return the index
   */
  public static <T> TimeIndex<T> of(Collection<T> records, Function<T, Period> period) {
    return ofSpans(records, r -> Span.of(period.apply(r)));
  }

  /**
   * Indexes records by their spans.
   *
   * @param records the records, in the order answers should keep
   * @param span the span of a record
   * @param <T> the record type
   * @return the index
   */
  public static <T> TimeIndex<T> ofSpans(Collection<T> records, Function<T, Span> span) {
    TreeSet<LocalDate> days = new TreeSet<>();
    Object[] indexed = records.toArray();
    Span[] spans = new Span[indexed.length];
    for (int k = 0; k < indexed.length; k++) {
      @SuppressWarnings("unchecked")
      T r = (T) indexed[k];
      Span p = java.util.Objects.requireNonNull(span.apply(r), "span");
      spans[k] = p;
      days.addAll(p.boundaries());
    }
    return new TimeIndex<>(days.toArray(new LocalDate[0]), indexed, spans);
  }

  /** Builds the segment at a position: the records not {@code NO} there, with their truth. */
  private TruthMap<T> build(int i) {
    // segment i covers [transitions[i-1], transitions[i]); segment 0 lies before every transition
    LocalDate probe = i == 0 ? LocalDate.MIN : transitions[i - 1];
    ImmutableMap.Builder<T, Truth> segment = ImmutableMap.builder();
    for (int k = 0; k < records.length; k++) {
      Truth t = spans[k].truth(probe);
      if (t != Truth.NO) {
        @SuppressWarnings("unchecked")
        T r = (T) records[k];
        segment.put(r, t);
      }
    }
    return TruthMap.copyOf(segment.buildKeepingLast());
  }

  /**
   * Returns the records whose period may cover the day, each with its truth (YES or UNKNOWN),
   * in the order the records were given.
   *
   * @param date the day
   * @return the records that are not certainly outside, with their truth
   */
  public TruthMap<T> at(LocalDate date) {
    return segment(position(date));
  }

  /** The position of the segment that holds a day, for views computed once per segment. */
  int indexAt(LocalDate date) {
    return position(date);
  }

  /** The number of segments: one more than the transitions. */
  int segmentCount() {
    return segments.length();
  }

  /** The segment at a position, in time order: what {@link #at} answers between two transitions. */
  TruthMap<T> segment(int i) {
    TruthMap<T> s = segments.get(i);
    if (s == null) {
      s = build(i);
      if (!segments.compareAndSet(i, null, s)) {
        s = segments.get(i);
      }
    }
    return s;
  }

  private int position(LocalDate date) {
    int i = Arrays.binarySearch(transitions, date);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /**
   * Returns the first day after {@code date} on which some answer may change.
   *
   * @param date the day
   * @return the next transition, or empty after the last
   */
  public Optional<LocalDate> nextChange(LocalDate date) {
    int s = position(date);
    return s < transitions.length ? Optional.of(transitions[s]) : Optional.empty();
  }

  /**
   * Returns the last day on or before {@code date} on which some answer may have changed.
   *
   * @param date the day
   * @return the previous transition, or empty before the first
   */
  public Optional<LocalDate> previousChange(LocalDate date) {
    int s = position(date);
    return s > 0 ? Optional.of(transitions[s - 1]) : Optional.empty();
  }

  /**
   * Returns every transition day, ascending.
   *
   * @return the transitions
   */
  public List<LocalDate> transitions() {
    return ImmutableList.copyOf(transitions);
  }
}
