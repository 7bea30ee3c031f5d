package org.cstokit.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cstokit.analytics.rules.RotationSchedule;
import org.cstokit.data.Dataset;
import org.cstokit.model.source.Source;

/**
 * The visual report: one self-contained XHTML5 file with seven inline SVG charts of a data set —
 * membership over time, the rotating offices, arms transfers, the CRRF, exercises, the foreign
 * military presence and Russia's share of the network. The file loads nothing (no scripts, no
 * images, no fonts, CSS inline), parses as XML, and every plotted data point carries its values in
 * {@code data-*} attributes, so a program can read the figures back. Stateless and thread-safe.
 *
 * <pre>{@code
 * Report.write(CstoData.bundled(), Path.of("report.html"), Clock.systemUTC());
 * }</pre>
 */
public final class Report {
  private static final String CSS = String.join("\n",
      "body { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; color: #222; margin: 24px auto;"
          + " max-width: 1140px; padding: 0 16px; line-height: 1.4; }",
      "h1 { font-size: 26px; margin-bottom: 4px; }",
      "h2 { font-size: 18px; margin: 28px 0 6px 0; }",
      "header p, footer p { margin: 4px 0; }",
      ".meta { color: #555; }",
      "ol.sources { font-size: 12px; color: #444; columns: 2; column-gap: 28px; padding-left: 20px; }",
      "ol.sources li { break-inside: avoid; margin-bottom: 3px; }",
      "nav ol { font-size: 13px; columns: 2; }",
      "section.chart { border-top: 1px solid #ddd; }",
      "svg { display: block; max-width: 100%; height: auto; background: #fff; }",
      "p.caption { font-size: 13px; color: #444; max-width: 1000px; margin-top: 4px; }",
      "footer { border-top: 1px solid #ddd; margin-top: 28px; padding-top: 8px; font-size: 12px; color: #555; }",
      "svg text { font-size: 11px; fill: #333; }",
      "svg text.middle { text-anchor: middle; }",
      "svg text.end { text-anchor: end; }",
      "svg text.lane-label { text-anchor: end; font-size: 11px; }",
      "svg text.strong { font-weight: bold; }",
      "svg text.group-label { font-size: 12px; font-weight: bold; fill: #111; }",
      "svg text.axis-label { font-size: 12px; font-style: italic; fill: #444; }",
      "svg text.tick { font-size: 10px; fill: #555; }",
      "svg text.legend { font-size: 11px; }",
      "svg text.note { font-size: 10px; fill: #555; }",
      "svg text.small { font-size: 9px; }",
      "svg text.in-bar { font-size: 10px; fill: #fff; font-weight: bold; }",
      "svg line.axis { stroke: #444; stroke-width: 1; }",
      "svg line.grid { stroke: #e2e2e2; stroke-width: 1; }",
      "svg line.grid.minor { stroke: #f0f0f0; }",
      "svg line.group-rule { stroke: #bbb; stroke-width: 1; }",
      "svg line.today { stroke: #c0392b; stroke-width: 1; stroke-dasharray: 4 3; }",
      "svg rect.band { fill-opacity: 0.35; }",
      "svg rect.open { fill-opacity: 0.12; stroke-dasharray: 4 2; stroke-width: 1; }",
      "svg rect.future { fill-opacity: 0.45; }",
      "svg rect.swatch.band { fill-opacity: 0.35; }",
      "svg rect.swatch.future { fill-opacity: 0.45; }",
      "svg rect.swatch.open { fill-opacity: 0.12; stroke: #8c8c8c; stroke-dasharray: 3 2; }",
      "svg rect.swatch.planned { fill-opacity: 0.3; stroke: #4e79a7; stroke-dasharray: 3 2; }",
      "svg rect.swatch.unknown { stroke: #666; stroke-dasharray: 2 2; }",
      "svg circle.exercise { fill: #4e79a7; fill-opacity: 0.75; stroke: #2b4c6f; stroke-width: 1; }",
      "svg circle.exercise.planned { fill-opacity: 0.25; stroke-dasharray: 4 2; }",
      "svg circle.exercise.unknown { fill: #fff; fill-opacity: 1; stroke: #666; stroke-dasharray: 2 2; }",
      "svg circle.size-key { fill: none; stroke: #999; }");

  private Report() {}

  /**
   * Renders the report of a data set as of the clock's day: the timelines run to that day and the
   * rotation schedule a few years beyond. Pass a fixed clock for a reproducible report.
   *
   * @param data the data set
   * @param clock the clock that tells the day the timelines run to
   * @return the XHTML5 document
   */
  public static String html(Dataset data, Clock clock) {
    Objects.requireNonNull(data, "data");
    LocalDate today = LocalDate.now(Objects.requireNonNull(clock, "clock"));
    Svg page = new Svg();
    page.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en", "xml:lang", "en");
    page.open("head");
    page.empty("meta", "charset", "UTF-8");
    page.text("title", "CSTO Kit report — data version " + data.dataVersion());
    page.raw("style", CSS);
    page.close("head");
    page.open("body");
    header(page, data, today);
    Charts.membership(page, data, today);
    Charts.offices(page, data, today);
    Charts.transfers(page, data);
    Charts.crrf(page, data);
    Charts.exercises(page, data);
    Charts.presence(page, data, today);
    Charts.hub(page, data);
    footer(page, data, today);
    page.close("body");
    page.close("html");
    return "<!DOCTYPE html>\n" + page;
  }

  /**
   * Writes the report of a data set as of the clock's day to a file, in UTF-8, replacing it if it
   * exists.
   *
   * @param data the data set
   * @param out the file
   * @param clock the clock that tells the day the timelines run to
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Dataset data, Path out, Clock clock) {
    try {
      Files.writeString(out, html(data, clock), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
    }
  }

  private static void header(Svg page, Dataset data, LocalDate today) {
    page.open("header");
    page.text("h1", "CSTO Kit — the Collective Security Treaty Organization in seven charts");
    page.text("p", "Data version " + data.dataVersion() + " · figures as of " + today
        + " · drawn from the data set bundled with CSTO Kit", "class", "meta");
    page.text("p", "Each chart is drawn from one aggregate of the library; hover over a bar or a circle for its"
        + " figures. Dates known only to the year or month, figures given as \"about\" or \"more than\", and records"
        + " without a figure are shown as such rather than made precise.");
    page.open("nav");
    page.open("ol");
    String[][] toc = {{"chart-membership", "Membership timeline"}, {"chart-offices", "Rotating offices"},
        {"chart-transfers", "Arms transfers per year"}, {"chart-crrf", "CRRF contributions"},
        {"chart-exercises", "Exercises and personnel"}, {"chart-presence", "Foreign military presence"},
        {"chart-hub", "Russia as the hub"}};
    for (String[] entry : toc) {
      page.open("li").text("a", entry[1], "href", "#section-" + entry[0]).close("li");
    }
    page.close("ol");
    page.close("nav");
    page.text("h2", "Sources");
    page.open("ol", "class", "sources");
    List<Source> sources = new ArrayList<>(data.sources());
    sources.sort(Comparator.comparing((Source s) -> !s.id().equals(RotationSchedule.MONOGRAPH)));
    for (Source s : sources) {
      page.open("li", "data-source", s.id().value());
      StringBuilder b = new StringBuilder();
      if (!s.authors().isEmpty()) {
        b.append(String.join(", ", s.authors())).append(". ");
      }
      b.append(s.title()).append(". ").append(s.publisher());
      s.place().ifPresent(p -> b.append(", ").append(p));
      b.append(", ").append(s.year()).append('.');
      page.text(b.toString());
      s.url().ifPresent(u -> page.text(" ").text("span", u, "class", "url"));
      page.text(" [" + s.id().value() + "]");
      page.close("li");
    }
    page.close("ol");
    page.close("header");
  }

  private static void footer(Svg page, Dataset data, LocalDate today) {
    page.open("footer");
    page.text("p", "Every figure in this report is derived from the data bundled with CSTO Kit (data version "
        + data.dataVersion() + ") by the aggregates of csto-analytics, as of " + today + ". The data records what the"
        + " cited sources say — chiefly R. Weitz, Assessing the Collective Security Treaty Organization (SSI, 2018) —"
        + " so the charts are no more complete or precise than those sources; expected office holders are derived"
        + " from rotation rules, not reported. Generated by org.cstokit.examples.report.Report.");
    page.close("footer");
  }
}
