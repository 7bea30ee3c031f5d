package org.cstokit.examples.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A linear mapping of days onto the horizontal axis of a chart, clamped to the axis. Immutable and
 * thread-safe.
 *
 * @param from the first day on the axis
 * @param to the day at the right end of the axis
 * @param left the x coordinate of {@code from}
 * @param right the x coordinate of {@code to}
 */
record TimeScale(LocalDate from, LocalDate to, double left, double right) {
  /**
   * Checks the components.
   *
   * @param from the first day
   * @param to the last day, after {@code from}
   * @param left the left x
   * @param right the right x
   */
  TimeScale {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to: " + to + " is not after from " + from);
    }
  }

  /**
   * The x coordinate of a day, clamped to the axis.
   *
   * @param day the day
   * @return the x coordinate
   */
  double x(LocalDate day) {
    double total = ChronoUnit.DAYS.between(from, to);
    double d = ChronoUnit.DAYS.between(from, day);
    double clamped = Math.max(0, Math.min(total, d));
    return left + (right - left) * clamped / total;
  }

  /**
   * The width between two days, clamped to the axis; zero when they are the wrong way round.
   *
   * @param start the first day
   * @param end the day after
   * @return the width
   */
  double width(LocalDate start, LocalDate end) {
    return Math.max(0, x(end) - x(start));
  }

  /**
   * Writes year ticks with their labels below a band and faint grid lines across it.
   *
   * @param svg the writer
   * @param top the top of the band
   * @param bottom the bottom of the band, where the labels go
   * @param step the years between labelled ticks
   */
  void yearTicks(Svg svg, double top, double bottom, int step) {
    for (int year = from.getYear() + 1; year <= to.getYear(); year++) {
      LocalDate day = LocalDate.of(year, 1, 1);
      if (day.isAfter(to)) {
        break;
      }
      double x = x(day);
      boolean labelled = year % step == 0;
      svg.line(x, top, x, bottom, labelled ? "grid" : "grid minor");
      if (labelled) {
        svg.line(x, bottom, x, bottom + 4, "axis");
        svg.label(x, bottom + 16, String.valueOf(year), "tick middle");
      }
    }
    svg.line(left, bottom, right, bottom, "axis");
  }
}
