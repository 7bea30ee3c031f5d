package org.cstokit.model.time;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ContiguousSet;
import com.google.common.collect.DiscreteDomain;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.IntStream;

/**
 * A span of calendar years with <em>both ends included</em>, {@code 2000–2009}: the convention of
 * year tables and decades, unlike the half-open {@link Period} of days. {@link #closed(int, int)}
 * names the convention at the call site; {@link #startDay()} and {@link #endExclusive()} convert
 * it into days. Immutable and thread-safe.
 *
 * @param first the first year
 * @param last the last year, included, not before the first
 */
@JsonPropertyOrder({"first", "last"})
public record YearSpan(int first, int last) implements Comparable<YearSpan> {
  /**
   * Checks the order.
   *
   * @param first the first year
   * @param last the last year
   * @throws IllegalArgumentException if the span is the wrong way round
   */
  public YearSpan {
    if (last < first) {
      throw new IllegalArgumentException("last: " + last + " is before first " + first);
    }
  }

  /**
   * Returns the span from {@code first} to {@code last}, both included.
   *
   * @param first the first year
   * @param last the last year, included
   * @return the span
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static YearSpan closed(int first, int last) {
    return new YearSpan(first, last);
  }

  /**
   * Returns the span of one year.
   *
   * @param year the year
   * @return the span
   */
  public static YearSpan of(Year year) {
    return new YearSpan(year.getValue(), year.getValue());
  }

  /**
   * Returns the decade that holds a year, {@code 1990–1999} for 1994 (floor division, so
   * {@code -5} falls in {@code -10…-1}).
   *
   * @param year the year
   * @return its decade
   */
  public static YearSpan decadeOf(int year) {
    int first = Math.floorDiv(year, 10) * 10;
    return new YearSpan(first, first + 9);
  }

  /**
   * Tells whether a year lies in the span, ends included.
   *
   * @param year the year
   * @return whether {@code first <= year <= last}
   */
  public boolean contains(int year) {
    return first <= year && year <= last;
  }

  /**
   * Returns the number of years, ends included.
   *
   * @return {@code last - first + 1}
   */
  public int length() {
    return last - first + 1;
  }

  /**
   * Returns the years in order.
   *
   * @return the years, {@code first} to {@code last}
   */
  public IntStream years() {
    return IntStream.rangeClosed(first, last);
  }

  /**
   * Returns the span as a closed Guava range of years.
   *
   * @return {@code [first..last]}
   */
  public ContiguousSet<Integer> asSet() {
    return ContiguousSet.create(Range.closed(first, last), DiscreteDomain.integers());
  }

  /**
   * Returns 1 January of the first year.
   *
   * @return the first day
   */
  public LocalDate startDay() {
    return LocalDate.of(first, 1, 1);
  }

  /**
   * Returns 1 January of the year after the last: the exclusive end in days.
   *
   * @return the day after the span
   */
  public LocalDate endExclusive() {
    return LocalDate.of(last + 1, 1, 1);
  }

  /**
   * Returns the label, {@code 2000-2009}; a span of one year is {@code 2000-2000}.
   *
   * @return the label
   */
  public String label() {
    return first + "-" + last;
  }

  @Override
  public int compareTo(YearSpan o) {
    int c = Integer.compare(first, o.first);
    return c != 0 ? c : Integer.compare(last, o.last);
  }

  @Override
  public String toString() {
    return label();
  }
}
