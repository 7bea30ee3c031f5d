package org.cstokit.model.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstokit.model.InvalidValueException.Kind;
import org.cstokit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A calendar date known to the year, the month or the day, as sources give it ("2006",
 * "May 2017", "2 May 2017"). A coarse date is never widened to an invented day: it stands for
 * one unknown day between {@link #earliest()} and {@link #latest()}.
 *
 * <p>Written and read as ISO text: {@code 2006}, {@code 2017-05}, {@code 2017-05-02}. Ordered by
 * earliest day, then latest day. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartialDate implements Comparable<PartialDate> {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::latest);

  PartialDate() {}

  /**
   * Returns the year.
   *
   * @return the year, 1 to 9999
   */
  @Value.Parameter
  public abstract int year();

  /**
   * Returns the month, if known.
   *
   * @return the month 1 to 12, or empty
   */
  @Value.Parameter
  public abstract Optional<Integer> month();

  /**
   * Returns the day of the month, if known.
   *
   * @return the day, or empty; present only when the month is present
   */
  @Value.Parameter
  public abstract Optional<Integer> day();

  /**
   * A date known only to the year.
   *
   * @param year the year
   * @return the date
   */
  public static PartialDate of(int year) {
    return ImmutablePartialDate.of(year, Optional.empty(), Optional.empty());
  }

  /**
   * A date known to the month.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the date
   */
  public static PartialDate of(int year, int month) {
    return ImmutablePartialDate.of(year, Optional.of(month), Optional.empty());
  }

  /**
   * A date known to the day.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return the date
   */
  public static PartialDate of(int year, int month, int day) {
    return ImmutablePartialDate.of(year, Optional.of(month), Optional.of(day));
  }

  /**
   * The day-precise date of a {@link LocalDate}.
   *
   * @param date the day
   * @return the date
   */
  public static PartialDate from(LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses ISO text: {@code 2006}, {@code 2017-05} or {@code 2017-05-02}.
   *
   * @param text the text
   * @return the date
   * @throws org.cstokit.model.InvalidValueException if the text is not of that form or names no
   *     real date; the message quotes the text
   */
  @JsonCreator
  public static PartialDate parse(String text) {
    Checks.check(text != null, Kind.MISSING, "date", null, "is missing");
    Matcher m = ISO.matcher(text);
    Checks.check(m.matches(), Kind.MALFORMED, "date", "\"" + text + "\"",
        "is not an ISO date of the form 2006, 2017-05 or 2017-05-02");
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return of(year);
    }
    int month = Integer.parseInt(m.group(2));
    return m.group(3) == null ? of(year, month) : of(year, month, Integer.parseInt(m.group(3)));
  }

  @Value.Check
  void check() {
    Checks.check(year() >= 1 && year() <= 9999, Kind.OUT_OF_RANGE, "year", year(), "is not between 1 and 9999");
    // plain conditions rather than lambdas: every date loaded runs this check, and each lambda call
    // site costs its first use a bootstrap on a cold start; reasons are composed on failure only
    if (month().isPresent()) {
      int m = month().get();
      Checks.check(m >= 1 && m <= 12, Kind.OUT_OF_RANGE, "month", m, "is not between 1 and 12");
    }
    if (day().isPresent()) {
      Checks.check(month().isPresent(), Kind.INCONSISTENT, "day", day().get(), "is given without a month");
      int d = day().get();
      int length = YearMonth.of(year(), month().get()).lengthOfMonth();
      if (d < 1 || d > length) {
        throw Checks.invalid(Kind.OUT_OF_RANGE, "day", d, "is not a day of " + YearMonth.of(year(), month().get()));
      }
    }
  }

  /**
   * Returns how precisely this date is known.
   *
   * @return YEAR, MONTH or DAY
   */
  public Precision precision() {
    if (day().isPresent()) {
      return Precision.DAY;
    }
    return month().isPresent() ? Precision.MONTH : Precision.YEAR;
  }

  /**
   * Returns the first day this date may stand for (January 1st for a year, the 1st for a month).
   *
   * @return the earliest possible day
   */
  public LocalDate earliest() {
    try {
      return LocalDate.of(year(), month().orElse(1), day().orElse(1));
    } catch (DateTimeException e) {
      throw Checks.invalid(Kind.OUT_OF_RANGE, "date", this, "is not a real date");
    }
  }

  /**
   * Returns the last day this date may stand for (December 31st for a year, the month's last day).
   *
   * @return the latest possible day
   */
  public LocalDate latest() {
    if (day().isPresent()) {
      return earliest();
    }
    if (month().isPresent()) {
      return YearMonth.of(year(), month().get()).atEndOfMonth();
    }
    return LocalDate.of(year(), 12, 31);
  }

  /**
   * Whether this date certainly lies before {@code other}: every day it may stand for precedes
   * every day the other may stand for.
   *
   * @param other the other date
   * @return true if certainly before
   */
  public boolean isCertainlyBefore(PartialDate other) {
    return latest().isBefore(other.earliest());
  }

  /**
   * Whether this date may lie before {@code other}: some day it may stand for precedes some day
   * the other may stand for.
   *
   * @param other the other date
   * @return true if possibly before
   */
  public boolean mayBeBefore(PartialDate other) {
    return earliest().isBefore(other.latest());
  }

  /**
   * Whether this date is the given day, in three values: {@code UNKNOWN} when the day lies
   * within a coarse date.
   *
   * @param date the day
   * @return YES, NO or UNKNOWN
   */
  public Truth isOn(LocalDate date) {
    if (date.isBefore(earliest()) || date.isAfter(latest())) {
      return Truth.NO;
    }
    return precision() == Precision.DAY ? Truth.YES : Truth.UNKNOWN;
  }

  /**
   * Orders by earliest day, then by latest day, so that {@code 2017} sorts before {@code 2017-05}
   * and {@code 2017-05} before {@code 2017-06}. Consistent with {@code equals}.
   */
  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the ISO text of this date: {@code 2006}, {@code 2017-05} or {@code 2017-05-02}.
   *
   * @return the ISO text
   */
  @JsonValue
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format("%04d", year()));
    month().ifPresent(m -> s.append(String.format("-%02d", m)));
    day().ifPresent(d -> s.append(String.format("-%02d", d)));
    return s.toString();
  }
}
