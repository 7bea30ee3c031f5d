package org.cstokit.model.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.cstokit.model.InvalidValueException.Kind;
import org.cstokit.model.internal.Checks;

/**
 * The three-valued extent of a fact over days: {@code NO} before a first possible day,
 * {@code UNKNOWN} until a first certain day, {@code YES} until the first day it is no longer
 * certain, {@code UNKNOWN} again until the first day it certainly no longer holds, {@code NO}
 * from then on. Any of the boundaries may be unbounded.
 *
 * <p>A {@link Period} with coarse dates is one such shape ({@link #of(Period)}); the horizon of
 * the sources adds another cut: a fact that the sources leave open is certain only up to the
 * last day they speak for ({@link #knownThrough(LocalDate)}), so an open period is {@code YES}
 * up to that day and {@code UNKNOWN} after it, never {@code YES} for ever. A record the sources
 * do not date at all is {@link #unknown()}: {@code UNKNOWN} on every day.
 *
 * <p>Immutable and thread-safe. Boundaries are exclusive upper bounds, as in {@link Period}.
 */
public final class Span {
  private static final Span UNKNOWN = new Span(null, null, null, null);

  private final LocalDate possibleStart;
  private final LocalDate certainStart;
  private final LocalDate certainEnd;
  private final LocalDate possibleEnd;

  /**
   * Creates a span; {@code null} stands for unbounded (before every day for the starts, after
   * every day for the ends; a {@code null} certain start means never certain).
   */
  private Span(LocalDate possibleStart, LocalDate certainStart, LocalDate certainEnd, LocalDate possibleEnd) {
    this.possibleStart = possibleStart;
    this.certainStart = certainStart;
    this.certainEnd = certainEnd;
    this.possibleEnd = possibleEnd;
  }

  /**
   * The span of a period: {@code NO} before its earliest possible start and from its latest
   * possible end, {@code YES} between its latest possible start and its earliest possible end,
   * {@code UNKNOWN} in between — exactly {@link Period#contains(LocalDate)}.
   *
   * @param period the period
   * @return its span
   */
  public static Span of(Period period) {
    return new Span(period.start().earliest(), period.start().latest(),
        period.end().map(PartialDate::earliest).orElse(null), period.end().map(PartialDate::latest).orElse(null));
  }

  /**
   * The span of a fact that nothing dates: {@code UNKNOWN} on every day.
   *
   * @return the span
   */
  public static Span unknown() {
    return UNKNOWN;
  }

  /**
   * The span of a fact that may hold from a day on but is never certain: {@code NO} before
   * {@code from}, {@code UNKNOWN} from it until {@code until} (exclusive) when given, and
   * {@code NO} after. An agreement signed on a known day whose entry into force no source dates
   * has this span.
   *
   * @param from the first day the fact may hold
   * @param until the first day it certainly no longer holds, or empty
   * @return the span
   * @throws org.cstokit.model.InvalidValueException if {@code until} is not after {@code from}
   */
  public static Span possibleBetween(LocalDate from, Optional<LocalDate> until) {
    Objects.requireNonNull(from, "from");
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw Checks.invalid(Kind.INCONSISTENT, "until", until.get(), "is not after " + from);
    }
    return new Span(from, null, null, until.orElse(null));
  }

  /**
   * Returns this span cut at the horizon of its sources: a day after {@code lastDay} is never
   * {@code YES} (it becomes {@code UNKNOWN} where it would have been {@code YES}); days on or
   * before it, and every {@code NO}, are unchanged. A closing end that the sources give still
   * wins: after it the answer stays {@code NO}.
   *
   * @param lastDay the last day the sources speak for
   * @return the cut span
   */
  public Span knownThrough(LocalDate lastDay) {
    if (lastDay.equals(LocalDate.MAX)) {
      return this;
    }
    LocalDate cut = lastDay.plusDays(1);
    if (certainEnd != null && !certainEnd.isAfter(cut)) {
      return this;
    }
    return new Span(possibleStart, certainStart, cut, possibleEnd);
  }

  /**
   * Whether the fact holds on the day.
   *
   * @param date the day
   * @return {@code YES}, {@code NO} or {@code UNKNOWN}
   */
  public Truth truth(LocalDate date) {
    if (possibleStart != null && date.isBefore(possibleStart)) {
      return Truth.NO;
    }
    if (possibleEnd != null && !date.isBefore(possibleEnd)) {
      return Truth.NO;
    }
    boolean started = certainStart != null && !date.isBefore(certainStart);
    boolean notEnded = certainEnd == null || date.isBefore(certainEnd);
    return started && notEnded ? Truth.YES : Truth.UNKNOWN;
  }

  /**
   * Returns the days on which the answer may change, ascending: each bounded boundary.
   *
   * @return the boundaries
   */
  public List<LocalDate> boundaries() {
    TreeSet<LocalDate> out = new TreeSet<>();
    for (LocalDate d : new LocalDate[] {possibleStart, certainStart, certainEnd, possibleEnd}) {
      if (d != null) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the first day on which the fact may hold.
   *
   * @return the day, or empty when unbounded
   */
  public Optional<LocalDate> possibleStart() {
    return Optional.ofNullable(possibleStart);
  }

  /**
   * Returns the first day from which the fact certainly holds.
   *
   * @return the day, or empty when it is never certain
   */
  public Optional<LocalDate> certainStart() {
    return Optional.ofNullable(certainStart);
  }

  /**
   * Returns the first day on which the fact is no longer certain (its end's earliest day, or the
   * day after its sources' horizon, whichever comes first).
   *
   * @return the day, or empty when certain for ever after its start
   */
  public Optional<LocalDate> certainEnd() {
    return Optional.ofNullable(certainEnd);
  }

  /**
   * Returns the first day on which the fact certainly no longer holds.
   *
   * @return the day, or empty when it may hold for ever
   */
  public Optional<LocalDate> possibleEnd() {
    return Optional.ofNullable(possibleEnd);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Span)) {
      return false;
    }
    Span s = (Span) o;
    return Objects.equals(possibleStart, s.possibleStart) && Objects.equals(certainStart, s.certainStart)
        && Objects.equals(certainEnd, s.certainEnd) && Objects.equals(possibleEnd, s.possibleEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(possibleStart, certainStart, certainEnd, possibleEnd);
  }

  /**
   * Returns the four boundaries, {@code ..} for unbounded: {@code Span[possible 2017-05-01, certain
   * 2017-06-01 .. 2018-06-02, possible ..]}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return "Span[possible " + text(possibleStart) + ", certain " + text(certainStart) + " .. " + text(certainEnd)
        + ", possible " + text(possibleEnd) + "]";
  }

  private static String text(LocalDate d) {
    return d == null ? ".." : d.toString();
  }
}
