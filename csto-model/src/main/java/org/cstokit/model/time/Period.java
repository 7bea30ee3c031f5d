package org.cstokit.model.time;

import java.time.LocalDate;
import java.util.Optional;
import org.cstokit.model.InvalidValueException.Kind;
import org.cstokit.model.internal.Checks;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.immutables.value.Value;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A half-open span of time {@code [start, end)} whose bounds may be coarse dates. The start is
 * the first day the fact held; the end, when present, the first day it no longer held; an empty
 * end means ongoing or not known to have ended.
 *
 * <p>With coarse bounds a day may be certainly inside (after every possible start and before
 * every possible end), certainly outside, or undecided: {@link #contains(LocalDate)} answers in
 * {@link Truth}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriod.class)
@JsonDeserialize(as = ImmutablePeriod.class)
public abstract class Period {
  Period() {}

  /**
   * Returns the first day the fact held, as precisely as known.
   *
   * @return the start
   */
  @Value.Parameter
  public abstract PartialDate start();

  /**
   * Returns the first day the fact no longer held, if it ended.
   *
   * @return the end, or empty when ongoing or not known to have ended
   */
  @Value.Parameter
  public abstract Optional<PartialDate> end();

  /**
   * A period that has not ended.
   *
   * @param start the start
   * @return the period
   */
  public static Period from(PartialDate start) {
    return ImmutablePeriod.of(start, Optional.empty());
  }

  /**
   * A period with an end.
   *
   * @param start the start
   * @param end the first day no longer covered
   * @return the period
   * @throws org.cstokit.model.InvalidValueException if the end cannot lie after the start
   */
  public static Period of(PartialDate start, PartialDate end) {
    return ImmutablePeriod.of(start, Optional.of(end));
  }

  /**
   * Parses {@code START/END} or {@code START/} (ISO partial dates, an empty end for ongoing).
   *
   * @param text the text, e.g. {@code 2006/2012-06}
   * @return the period
   */
  public static Period parse(String text) {
    int slash = text.indexOf('/');
    Checks.check(slash > 0, Kind.MALFORMED, "period", "\"" + text + "\"", "is not of the form START/END or START/");
    PartialDate start = PartialDate.parse(text.substring(0, slash));
    String end = text.substring(slash + 1);
    return end.isEmpty() ? from(start) : of(start, PartialDate.parse(end));
  }

  @Value.Check
  void check() {
    // a plain condition rather than a lambda: every period loaded runs this check
    if (end().isPresent() && !start().earliest().isBefore(end().get().latest())) {
      throw Checks.invalid(Kind.INCONSISTENT, "end", end().get(), "is before start " + start());
    }
  }

  /**
   * Returns whether the period has no end.
   *
   * @return true when ongoing or not known to have ended
   */
  @JsonIgnore
  public boolean isOpen() {
    return end().isEmpty();
  }

  /**
   * Returns the earliest day the period may begin: the outer lower bound.
   *
   * @return the earliest possible first day
   */
  public LocalDate earliest() {
    return start().earliest();
  }

  /**
   * Returns the latest exclusive end the period may have: the outer upper bound.
   *
   * @return the last possible first day after the period, or empty when open
   */
  public Optional<LocalDate> latest() {
    return end().map(PartialDate::latest);
  }

  /**
   * Whether the period covers the day: {@code YES} if the day lies on or after the latest
   * possible start and before the earliest possible end; {@code NO} if it lies before the
   * earliest possible start or on or after the latest possible end; {@code UNKNOWN} otherwise.
   *
   * @param date the day
   * @return YES, NO or UNKNOWN
   */
  public Truth contains(LocalDate date) {
    return Span.of(this).truth(date);
  }

  /**
   * Whether the two periods share a day: {@code YES} if their certain spans intersect,
   * {@code NO} if even their possible spans do not, {@code UNKNOWN} otherwise.
   *
   * @param other the other period
   * @return YES, NO or UNKNOWN
   */
  public Truth overlaps(Period other) {
    if (!intersects(earliest(), latest(), other.earliest(), other.latest())) {
      return Truth.NO;
    }
    return intersects(start().latest(), end().map(PartialDate::earliest),
        other.start().latest(), other.end().map(PartialDate::earliest)) ? Truth.YES : Truth.UNKNOWN;
  }

  private static boolean intersects(LocalDate s1, Optional<LocalDate> e1, LocalDate s2, Optional<LocalDate> e2) {
    LocalDate start = s1.isAfter(s2) ? s1 : s2;
    boolean before1 = e1.isEmpty() || start.isBefore(e1.get());
    boolean before2 = e2.isEmpty() || start.isBefore(e2.get());
    return before1 && before2;
  }

  /**
   * Returns {@code START/END}, or {@code START/} when open.
   *
   * @return the text form, which {@link #parse(String)} reads back
   */
  @Override
  public String toString() {
    return start() + "/" + end().map(PartialDate::toString).orElse("");
  }
}
