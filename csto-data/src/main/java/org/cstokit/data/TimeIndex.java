package org.cstokit.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
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
  private final ImmutableList<TruthMap<T>> segments;

  private TimeIndex(LocalDate[] transitions, ImmutableList<TruthMap<T>> segments) {
    this.transitions = transitions;
    this.segments = segments;
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
    java.util.List<Span> spans = new java.util.ArrayList<>(records.size());
    for (T r : records) {
      Span p = span.apply(r);
      spans.add(p);
      days.addAll(p.boundaries());
    }
    LocalDate[] transitions = days.toArray(new LocalDate[0]);
    ImmutableList.Builder<TruthMap<T>> segments = ImmutableList.builder();
    // segment i covers [transitions[i-1], transitions[i]); segment 0 lies before every transition
    for (int i = 0; i <= transitions.length; i++) {
      LocalDate probe = i == 0 ? LocalDate.MIN : transitions[i - 1];
      ImmutableMap.Builder<T, Truth> segment = ImmutableMap.builder();
      int k = 0;
      for (T r : records) {
        Truth t = spans.get(k++).truth(probe);
        if (t != Truth.NO) {
          segment.put(r, t);
        }
      }
      segments.add(TruthMap.copyOf(segment.buildKeepingLast()));
    }
    return new TimeIndex<>(transitions, segments.build());
  }

  /**
   * Returns the records whose period may cover the day, each with its truth (YES or UNKNOWN),
   * in the order the records were given.
   *
   * @param date the day
   * @return the records that are not certainly outside, with their truth
   */
  public TruthMap<T> at(LocalDate date) {
    return segments.get(segment(date));
  }

  /** The position of the segment that holds a day, for views computed once per segment. */
  int indexAt(LocalDate date) {
    return segment(date);
  }

  /** The segments, in time order: what {@link #at} answers between two transitions. */
  ImmutableList<TruthMap<T>> segments() {
    return segments;
  }

  private int segment(LocalDate date) {
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
    int s = segment(date);
    return s < transitions.length ? Optional.of(transitions[s]) : Optional.empty();
  }

  /**
   * Returns the last day on or before {@code date} on which some answer may have changed.
   *
   * @param date the day
   * @return the previous transition, or empty before the first
   */
  public Optional<LocalDate> previousChange(LocalDate date) {
    int s = segment(date);
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
