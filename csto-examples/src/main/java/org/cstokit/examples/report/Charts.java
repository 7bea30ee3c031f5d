package org.cstokit.examples.report;

import org.cstokit.model.source.RotationRuleId;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cstokit.analytics.exercises.Exercises;
import org.cstokit.analytics.exercises.LargestExercise;
import org.cstokit.analytics.facilities.Facilities;
import org.cstokit.analytics.facilities.Presence;
import org.cstokit.analytics.forces.CompositionRow;
import org.cstokit.analytics.forces.Forces;
import org.cstokit.analytics.membership.MembershipTimeline;
import org.cstokit.analytics.membership.TimelineRow;
import org.cstokit.analytics.network.Network;
import org.cstokit.analytics.network.PeriodSummary;
import org.cstokit.analytics.network.StateShare;
import org.cstokit.analytics.network.TieKind;
import org.cstokit.analytics.rules.RotationSchedule;
import org.cstokit.analytics.table.Groups;
import org.cstokit.analytics.transfers.DeliveryMode;
import org.cstokit.analytics.transfers.DeliveryYear;
import org.cstokit.analytics.transfers.TransferQuery;
import org.cstokit.analytics.transfers.Transfers;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.time.YearSpan;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.Person;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.institution.Office;
import org.cstokit.model.institution.RotationRule;
import org.cstokit.model.institution.Tenure;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.military.Agency;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.military.ExerciseStatus;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.YearSpan;
import org.cstokit.model.time.Period;
import org.cstokit.model.transfer.ArmsTransfer;
import org.cstokit.model.transfer.WeaponCategory;

/**
 * The report's charts, one method each. Every method writes one {@code <section>} with a heading,
 * an {@code <svg>} with an {@code id}, and a caption; every data point is an element with a
 * {@code data-point} attribute naming its kind and {@code data-*} attributes holding its values,
 * taken from the aggregates of {@code csto-analytics}.
 */
final class Charts {
  /** The width of every chart. */
  static final double WIDTH = 1100;
  /** The organizations whose memberships the timeline shows, in lane order. */
  static final ImmutableList<OrganizationId> TIMELINE_ORGANIZATIONS =
      ImmutableList.of(OrganizationId.of("CSTO"), OrganizationId.of("CST"), OrganizationId.of("CIS"));
  /** The first day of the membership timeline (the CIS was founded in December 1991). */
  static final LocalDate TIMELINE_START = LocalDate.of(1991, 12, 1);
  /** The first year of the offices chart. */
  static final int OFFICES_FROM = 2003;
  /** How many years past the present the offices chart and the rotation schedule run. */
  static final int YEARS_AHEAD = 3;
  /** The first year of the foreign-presence grid. */
  static final int PRESENCE_FROM = 1992;
  /** The state whose hub share the network chart shows. */
  static final StateCode HUB = StateCode.of("RUS");
  /** The tie kinds of the network chart's "bases and arms only" measure. */
  static final EnumSet<TieKind> BILATERAL = EnumSet.of(TieKind.HOSTING, TieKind.TRANSFER);

  private static final double RIGHT = WIDTH - 24;
  private static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
      "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#17becf", "#8c564b"};
  private static final ImmutableMap<String, String> STATE_COLOURS = ImmutableMap.<String, String>builder()
      .put("ARM", "#e15759").put("BLR", "#59a14f").put("KAZ", "#4e79a7").put("KGZ", "#f28e2b")
      .put("RUS", "#b07aa1").put("TJK", "#17becf").put("UZB", "#9c755f").build();
  private static final ImmutableMap<MembershipStatus, String> STATUS_COLOURS = ImmutableMap.of(
      MembershipStatus.MEMBER, "#2f5f98", MembershipStatus.SIGNATORY, "#3a9c8f", MembershipStatus.OBSERVER, "#e08a1e",
      MembershipStatus.ASSOCIATE, "#8a62b3");
  private static final String GREY = "#8c8c8c";

  private Charts() {}

  // ---------------------------------------------------------------- 1. membership timeline

  /**
   * The membership timeline: one lane per state and organization of {@link #TIMELINE_ORGANIZATIONS},
   * one bar per membership record, from its start to its end or to {@code today}; the uncertain
   * part of a coarse date is a lighter band.
   *
   * @param page the page writer
   * @param data the data set
   * @param today the right end of the axis
   */
  static void membership(Svg page, Dataset data, LocalDate today) {
    double left = 190;
    double laneHeight = 18;
    double headerHeight = 24;
    double top = 44;
    Map<OrganizationId, TreeMap<StateCode, List<Membership>>> lanes = new LinkedHashMap<>();
    TIMELINE_ORGANIZATIONS.forEach(o -> lanes.put(o, new TreeMap<>()));
    for (Membership m : data.memberships()) {
      if (lanes.containsKey(m.organization())) {
        lanes.get(m.organization()).computeIfAbsent(m.state(), s -> new ArrayList<>()).add(m);
      }
    }
    int laneCount = lanes.values().stream().mapToInt(Map::size).sum();
    double bottom = top + lanes.size() * headerHeight + laneCount * laneHeight + 6;
    double height = bottom + 50;
    TimeScale t = new TimeScale(TIMELINE_START, today, left, RIGHT);

    Svg s = new Svg();
    EnumSet<MembershipStatus> shown = EnumSet.noneOf(MembershipStatus.class);
    lanes.values().forEach(l -> l.values().forEach(ms -> ms.forEach(m -> shown.add(m.status()))));
    List<String[]> legend = new ArrayList<>();
    shown.forEach(st -> legend.add(new String[] {colour(st), words(st.name())}));
    legend.add(new String[] {"#2f5f98", "date known only to the year or month (lighter band)", "band"});
    legend(s, left, 18, legend);
    t.yearTicks(s, top - 6, bottom, 2);
    todayLine(s, t, today, top - 6, bottom);

    double y = top;
    for (Map.Entry<OrganizationId, TreeMap<StateCode, List<Membership>>> org : lanes.entrySet()) {
      String name = data.findOrganization(org.getKey()).map(o -> o.name()).orElse(org.getKey().value());
      s.label(30, y + 16, org.getKey().value() + " — " + name, "group-label");
      s.line(30, y + 20, RIGHT, y + 20, "group-rule");
      y += headerHeight;
      for (Map.Entry<StateCode, List<Membership>> lane : org.getValue().entrySet()) {
        String stateName = data.findState(lane.getKey()).map(st -> st.nameEn()).orElse(lane.getKey().value());
        s.label(left - 8, y + 13, stateName + " (" + lane.getKey().value() + ")", "lane-label");
        s.open("g", "data-lane", org.getKey().value() + "/" + lane.getKey().value());
        for (Membership m : lane.getValue()) {
          TimelineRow row = MembershipTimeline.row(m);
          s.open("g", "data-point", "membership", "data-record", m.id().value(), "data-state", row.state().value(),
              "data-organization", row.organization().value(), "data-status", row.status().name(),
              "data-from", row.start().toString(), "data-to", row.endExclusive().map(PartialDate::toString).orElse("open"),
              "data-precision", row.precision().name());
          s.text("title", stateName + " in " + row.organization().value() + ": " + words(row.status().name())
              + " from " + row.start() + " to " + row.endExclusive().map(PartialDate::toString).orElse("the present (no end recorded)")
              + " (" + m.id().value() + ")");
          LocalDate known = data.knownThrough(m).plusDays(1);
          periodBar(s, t, y + 3, laneHeight - 6, m.period(), known.isBefore(today) ? known : today, Optional.of(today),
              colour(m.status()));
          s.close("g");
        }
        s.close("g");
        y += laneHeight;
      }
    }
    xAxisLabel(s, (left + RIGHT) / 2, bottom + 36, "year (each bar runs from the first day a status held to the first day it"
        + " no longer held; bars without an end run to today)");
    yAxisLabel(s, 14, (top + bottom) / 2 + 40, "organization and state");

    figure(page, "chart-membership", "1. Membership of the CSTO, the CST and the CIS, "
        + TIMELINE_START.getYear() + " to " + today, height, s,
        "One lane per state and organization, one bar per membership record of the data set; the colour gives the"
        + " status (signatory, member, associate, observer). Where the source gives only the year or the month of a"
        + " date, the whole year or month is drawn as a lighter band: the status began or ended somewhere inside it."
        + " A bar without a recorded end runs to today: no end is recorded, which is not proof that none happened."
        + " Uzbekistan's CSTO spell 2006–2012, for instance, is known only to the"
        + " year at both ends.");
  }

  // ---------------------------------------------------------------- 2. offices

  /**
   * The rotating offices: for each office with a rotation rule (the Secretary General, the chair),
   * the slots of {@link RotationSchedule#schedule} from the rule's start to {@link #YEARS_AHEAD}
   * years after {@code today}, against one lane per recorded tenure of the office.
   *
   * @param page the page writer
   * @param data the data set
   * @param today the present day
   */
  static void offices(Svg page, Dataset data, LocalDate today) {
    double left = 220;
    double laneHeight = 20;
    double top = 44;
    double panelGap = 30;
    List<Office> offices = rotatingOffices(data);
    int lanes = 0;
    for (Office o : offices) {
      lanes += 1 + tenures(data, o).size();
    }
    double bottom = top + offices.size() * (panelGap + 8) + lanes * laneHeight;
    double height = bottom + 50;
    TimeScale t = new TimeScale(LocalDate.of(OFFICES_FROM, 1, 1), LocalDate.of(lastYear(today) + 1, 1, 1), left, RIGHT);

    Svg s = new Svg();
    List<String[]> legend = new ArrayList<>();
    STATE_COLOURS.forEach((code, colour) -> legend.add(new String[] {colour, code}));
    legend.add(new String[] {GREY, "expected holder after today (lighter)", "future"});
    legend.add(new String[] {GREY, "no end recorded (dashed)", "open"});
    legend(s, left, 18, legend);
    t.yearTicks(s, top - 6, bottom, 1);
    todayLine(s, t, today, top - 6, bottom);

    double y = top;
    for (Office office : offices) {
      RotationRuleId ruleId = office.rotationRule().get();
      RotationRule rule = data.get(ruleId);
      s.label(30, y + 18, office.name() + " — rule " + ruleId.value() + (rule.isDerived() ? " (rule inferred)" : ""),
          "group-label");
      s.line(30, y + 22, RIGHT, y + 22, "group-rule");
      y += panelGap;
      s.label(left - 8, y + 14, "expected under the rule", "lane-label strong");
      for (RotationSchedule.Slot slot : RotationSchedule.schedule(data, ruleId,
          YearSpan.closed(rule.anchor().year(), lastYear(today)))) {
        double x = t.x(slot.start());
        double w = t.width(slot.start(), slot.endExclusive());
        boolean future = slot.start().isAfter(today);
        s.open("rect", "data-point", "slot", "data-office", office.id().value(), "data-rule", ruleId.value(),
            "data-index", slot.index(), "data-start", slot.start().toString(), "data-end", slot.endExclusive().toString(),
            "data-expected", slot.expected().value(), "x", x, "y", y + 2, "width", Math.max(0, w - 1),
            "height", laneHeight - 4, "fill", stateColour(slot.expected()), "class", future ? "slot future" : "slot");
        s.text("title", "slot " + slot.index() + ": " + slot.start() + " to " + slot.lastDay() + ", expected "
            + slot.expected().value() + " (derived from " + ruleId.value() + ")");
        s.close("rect");
        if (w >= 26) {
          s.label(x + w / 2, y + 14, slot.expected().value(), "in-bar middle");
        }
      }
      y += laneHeight + 4;
      for (Tenure tenure : tenures(data, office)) {
        s.label(left - 8, y + 14, tenureLabel(data, tenure), "lane-label");
        LocalDate knownUntil = knownUntil(data, tenure, today);
        s.open("g", "data-point", "tenure", "data-tenure", tenure.id().value(), "data-office", office.id().value(),
            "data-state", tenure.state().value(), "data-holder", tenure.holder().map(RecordId::value).orElse(""),
            "data-from", tenure.period().start().toString(),
            "data-to", tenure.period().end().map(PartialDate::toString).orElse("open"),
            "data-acting", tenure.isActing(), "data-account", account(tenure));
        s.text("title", tenureLabel(data, tenure) + ": " + tenure.period() + (tenure.isActing() ? ", acting" : "")
            + tenure.ending().map(e -> ", " + words(e.name())).orElse("") + " — " + account(tenure)
            + " (" + tenure.id().value() + ")");
        periodBar(s, t, y + 3, laneHeight - 6, tenure.period(), knownUntil, Optional.of(today), stateColour(tenure.state()));
        if (tenure.isActing()) {
          LocalDate end = tenure.period().end().map(PartialDate::latest).orElse(today);
          s.label(t.x(end) + 6, y + 13, "acting holder", "note");
        }
        s.close("g");
        y += laneHeight;
      }
      y += 8;
    }
    xAxisLabel(s, (left + RIGHT) / 2, bottom + 36, "year (the rule's slots from its start to " + lastYear(today)
        + "; recorded tenures as far back as " + OFFICES_FROM + ")");
    yAxisLabel(s, 14, (top + bottom) / 2 + 40, "office: expected and recorded holders");

    figure(page, "chart-offices", "2. Rotating offices: expected versus recorded holders", height, s,
        "For each office with a rotation rule, the top lane gives the state the rule expects in each slot (three-year"
        + " terms of the Secretary General from 2017, yearly chairmanships), derived from the rule, not taken from a"
        + " source. Below it, one lane per recorded tenure, coloured by the holder's state, so a colour that differs"
        + " from the slot above is a departure from the rotation. Two accounts of the Secretary General are kept"
        + " apart: the monograph's (still in office in 2018) and later sources' (recalled in November 2018, then an"
        + " acting holder). Coarse dates are lighter bands; a dashed bar has no recorded end (solid as far as its"
        + " source says the holder was still in office). The chair rule is inferred from the observed order.");
  }

  // ---------------------------------------------------------------- 3. transfers

  /**
   * Items delivered per delivery year, stacked by weapon category: {@link TransferQuery#byDeliveryYear}
   * over the Appendix III table rows, multi-year deliveries whole in their first year, computed for
   * each category on the data set restricted to that category ({@link #transfersByCategory}).
   *
   * @param page the page writer
   * @param data the data set
   */
  static void transfers(Svg page, Dataset data) {
    double left = 80;
    double top = 60;
    double plotHeight = 340;
    double bottom = top + plotHeight;
    double height = bottom + 64;
    Map<WeaponCategory, Groups<Year, DeliveryYear>> byCategory = transfersByCategory(data);
    TreeSet<Integer> years = new TreeSet<>();
    boolean unknownYear = false;
    for (Groups<Year, DeliveryYear> rows : byCategory.values()) {
      rows.known().keySet().forEach(y -> years.add(y.getValue()));
      unknownYear |= rows.unknown().isPresent();
    }
    List<String> columns = new ArrayList<>();
    if (!years.isEmpty()) {
      for (int y = years.first(); y <= years.last(); y++) {
        columns.add(String.valueOf(y));
      }
    }
    if (unknownYear) {
      columns.add(UNKNOWN_YEAR);
    }
    Map<String, Double> stackTotals = new TreeMap<>();
    byCategory.values().forEach(rows -> rows.all().forEach(r -> stackTotals.merge(year(r), r.delivered().best().doubleValue(),
        Double::sum)));
    double max = niceCeiling(stackTotals.values().stream().mapToDouble(Double::doubleValue).max().orElse(1));
    double band = (RIGHT - left) / Math.max(1, columns.size());
    double barWidth = Math.max(4, band * 0.72);

    Svg s = new Svg();
    List<String[]> legend = new ArrayList<>();
    byCategory.keySet().forEach(c -> legend.add(new String[] {categoryColour(c), words(c.name())}));
    legend(s, left, 18, legend);
    valueAxis(s, left, RIGHT, top, bottom, max, v -> Svg.num(v));
    Map<String, Double> stacked = new TreeMap<>();
    Map<String, Integer> unknownInputs = new TreeMap<>();
    for (Map.Entry<WeaponCategory, Groups<Year, DeliveryYear>> e : byCategory.entrySet()) {
      for (DeliveryYear r : e.getValue().all()) {
        String year = year(r);
        double x = left + columns.indexOf(year) * band + (band - barWidth) / 2;
        double value = r.delivered().best().doubleValue();
        double below = stacked.getOrDefault(year, 0.0);
        double h = plotHeight * value / max;
        double yTop = bottom - plotHeight * below / max - h;
        stacked.put(year, below + value);
        unknownInputs.merge(year, r.delivered().unknown(), Integer::sum);
        s.open("rect", "data-point", "transfers", "data-year", year, "data-category", e.getKey().name(),
            "data-value", r.delivered().best(), "data-records", r.records(), "data-multi-year", r.multiYear(),
            "data-unknown", r.delivered().unknown(), "x", x, "y", yTop, "width", barWidth, "height", h,
            "fill", categoryColour(e.getKey()));
        s.text("title", year + ", " + words(e.getKey().name()) + ": " + r.delivered().best().toPlainString()
            + " items from " + r.records() + " row(s)" + (r.multiYear() > 0 ? ", " + r.multiYear() + " spanning several years" : "")
            + (r.delivered().unknown() > 0 ? ", " + r.delivered().unknown() + " without a number" : ""));
        s.close("rect");
      }
    }
    for (int i = 0; i < columns.size(); i++) {
      String col = columns.get(i);
      double cx = left + i * band + band / 2;
      boolean labelled = col.equals(UNKNOWN_YEAR) || Integer.parseInt(col) % 2 == 0 || band >= 34;
      if (labelled) {
        s.label(cx, bottom + 16, col.equals(UNKNOWN_YEAR) ? "year?" : col, "tick middle");
      }
      if (unknownInputs.getOrDefault(col, 0) > 0) {
        double yTop = bottom - plotHeight * stacked.getOrDefault(col, 0.0) / max;
        s.label(cx, yTop - 4, "+?", "note middle");
      }
    }
    xAxisLabel(s, (left + RIGHT) / 2, bottom + 40, "year of first delivery (\"year?\": no delivery year recorded)");
    yAxisLabel(s, 18, (top + bottom) / 2, "items delivered");

    figure(page, "chart-transfers", "3. Arms transfers: items delivered per year, by weapon category", height, s,
        "Items delivered to CSTO members per year, from the rows of the monograph's Appendix III tables (transfers the"
        + " text describes are left out, as many restate a table row). A delivery spread over several years is counted"
        + " whole in its first year. A \"+?\" marks a year with rows that give no number delivered: they add nothing to"
        + " the bar, so the true figure may be higher. Items of different kinds (an aircraft, a missile) are counted"
        + " alike, so heights compare counts, not value.");
  }

  /** The {@code data-year} of the delivery rows without a delivery year. */
  static final String UNKNOWN_YEAR = "unknown";

  /** The {@code data-year} of a delivery row: the year, or {@link #UNKNOWN_YEAR}. */
  private static String year(DeliveryYear r) {
    return r.year().map(Year::toString).orElse(UNKNOWN_YEAR);
  }

  /**
   * Items delivered per delivery year for each weapon category that occurs: {@link
   * TransferQuery#byDeliveryYear} (table rows, whole mode) over the data set restricted to the
   * category's transfers.
   *
   * @param data the data set
   * @return the rows per category, in the enum's order
   */
  static Map<WeaponCategory, Groups<Year, DeliveryYear>> transfersByCategory(Dataset data) {
    Map<WeaponCategory, Groups<Year, DeliveryYear>> out = new EnumMap<>(WeaponCategory.class);
    for (WeaponCategory c : WeaponCategory.values()) {
      List<ArmsTransfer> of = data.transfers().stream().filter(t -> t.category() == c).collect(Collectors.toList());
      Dataset only = Dataset.of(data.dataVersion(), Map.of(Family.TRANSFERS, of));
      Groups<Year, DeliveryYear> rows = Transfers.of(only).byDeliveryYear(DeliveryMode.WHOLE);
      if (rows.size() > 0) {
        out.put(c, rows);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- 4. CRRF

  /**
   * The CRRF's units per member, stacked by agency, from {@link Forces#crrfComposition}.
   *
   * @param page the page writer
   * @param data the data set
   */
  static void crrf(Svg page, Dataset data) {
    double left = 150;
    double right = RIGHT - 190;
    double top = 48;
    double laneHeight = 30;
    List<CompositionRow> rows = List.copyOf(Forces.crrfComposition(data).values());
    Map<StateCode, List<CompositionRow>> byState = new TreeMap<>();
    rows.forEach(r -> byState.computeIfAbsent(r.state(), k -> new ArrayList<>()).add(r));
    int maxUnits = byState.values().stream().mapToInt(l -> l.stream().mapToInt(CompositionRow::units).sum()).max()
        .orElse(1);
    double max = Math.max(1, maxUnits);
    double bottom = top + byState.size() * laneHeight + 6;
    double height = bottom + 50;

    Svg s = new Svg();
    EnumSet<Agency> agencies = EnumSet.noneOf(Agency.class);
    rows.forEach(r -> agencies.add(r.agency()));
    List<String[]> legend = new ArrayList<>();
    agencies.forEach(a -> legend.add(new String[] {agencyColour(a), words(a.name())}));
    legend(s, left, 18, legend);
    for (int v = 0; v <= max; v++) {
      double x = left + (right - left) * v / max;
      s.line(x, top - 4, x, bottom, "grid");
      s.label(x, bottom + 16, String.valueOf(v), "tick middle");
    }
    s.line(left, bottom, right, bottom, "axis");
    double y = top;
    for (Map.Entry<StateCode, List<CompositionRow>> e : byState.entrySet()) {
      String name = data.findState(e.getKey()).map(st -> st.nameEn()).orElse(e.getKey().value());
      s.label(left - 8, y + 19, name + " (" + e.getKey().value() + ")", "lane-label");
      double x = left;
      int units = 0;
      int unsized = 0;
      for (CompositionRow r : e.getValue()) {
        double w = (right - left) * r.units() / max;
        s.open("rect", "data-point", "crrf", "data-state", r.state().value(), "data-agency", r.agency().name(),
            "data-units", r.units(), "data-size-best", r.size().best(), "data-size-unknown", r.size().unknown(),
            "x", x, "y", y + 5, "width", Math.max(0, w - 1), "height", laneHeight - 10, "fill", agencyColour(r.agency()));
        s.text("title", name + ", " + words(r.agency().name()) + ": " + r.units() + " unit(s), size "
            + (r.size().unknown() == r.units() ? "not stated" : r.size().toString()));
        s.close("rect");
        if (w >= 16) {
          s.label(x + w / 2, y + 19, String.valueOf(r.units()), "in-bar middle");
        }
        x += w;
        units += r.units();
        unsized += r.size().unknown();
      }
      s.label(x + 8, y + 19, units + " unit(s); size stated for " + (units - unsized), "note");
      y += laneHeight;
    }
    xAxisLabel(s, (left + right) / 2, bottom + 36, "units assigned to the CRRF");
    yAxisLabel(s, 14, (top + bottom) / 2 + 30, "member");

    figure(page, "chart-crrf", "4. Collective Rapid Reaction Force: units per member and agency", height, s,
        "The units each member assigns to the CRRF (KSOR), counted per member and per agency (armed forces,"
        + " interior ministry, national guard and others), from the units the data set records as assigned to the"
        + " force itself. The count is of units, not troops: almost no unit has a stated size (the note at the end of"
        + " each bar says how many do), and units of very different sizes count alike. The CRRF as a whole is"
        + " stated as \"more than 25,000\", a lower bound.");
  }

  // ---------------------------------------------------------------- 5. exercises

  /**
   * Exercises per year, one circle each, its area proportional to the largest personnel figure of
   * the record ({@link Exercises#largestByPersonnel}); exercises without a figure are small hollow
   * circles in a strip below the axis.
   *
   * @param page the page writer
   * @param data the data set
   */
  static void exercises(Svg page, Dataset data) {
    double left = 70;
    double top = 130;
    Map<RecordId, LargestExercise> sized = new LinkedHashMap<>();
    Exercises.largestByPersonnel(data, Integer.MAX_VALUE).forEach(l -> sized.put(l.exercise(), l));
    TreeMap<Integer, List<Exercise>> byYear = new TreeMap<>();
    data.exercises().forEach(e -> byYear.computeIfAbsent(e.period().start().year(), y -> new ArrayList<>()).add(e));
    if (byYear.isEmpty()) {
      byYear.put(PRESENCE_FROM, List.of());
    }
    int firstYear = byYear.firstKey();
    int years = byYear.lastKey() - firstYear + 1;
    double band = (RIGHT - left) / years;
    double maxValue = sized.values().stream().mapToDouble(l -> l.personnel().value().doubleValue()).max().orElse(1);
    double maxRadius = Math.min(band / 2 - 6, 46);
    Map<Integer, Double> stackHeight = new TreeMap<>();
    for (Map.Entry<Integer, List<Exercise>> e : byYear.entrySet()) {
      double h = 0;
      for (Exercise x : e.getValue()) {
        if (sized.containsKey(x.id())) {
          h += 2 * radius(sized.get(x.id()).personnel().value().doubleValue(), maxValue, maxRadius) + 4;
        }
      }
      stackHeight.put(e.getKey(), h);
    }
    double plotHeight = Math.max(120, stackHeight.values().stream().mapToDouble(Double::doubleValue).max().orElse(0) + 10);
    double axis = top + plotHeight;
    int perRow = Math.max(1, (int) ((band - 8) / 14));
    int unknownRows = byYear.values().stream().mapToInt(l -> (int) Math.ceil(
        l.stream().filter(x -> !sized.containsKey(x.id())).count() / (double) perRow)).max().orElse(0);
    double strip = axis + 34;
    double height = strip + Math.max(1, unknownRows) * 14 + 56;

    Svg s = new Svg();
    s.label(RIGHT - 10, top - 4, "circle area: personnel", "note end");
    legend(s, left, 18, List.of(new String[] {"#4e79a7", "held, with a personnel figure"},
        new String[] {"#4e79a7", "planned (dashed outline)", "planned"},
        new String[] {"#ffffff", "no personnel figure (hollow, below the axis)", "unknown"}));
    double lx = RIGHT - 10;
    for (double v : new double[] {50_000, 10_000, 1_000}) {
      if (v <= maxValue) {
        double r = radius(v, maxValue, maxRadius);
        s.empty("circle", "cx", lx - r, "cy", top - 16 - r, "r", r, "class", "size-key");
        s.label(lx - r, top - 16 - 2 * r - 3, String.format(Locale.ROOT, "%,d", (long) v), "tick middle");
        lx -= 2 * r + 30;
      }
    }
    s.line(left, axis, RIGHT, axis, "axis");
    s.line(left, strip - 10, RIGHT, strip - 10, "grid");
    s.label(left - 6, strip + 4, "no figure", "lane-label");
    for (int i = 0; i < years; i++) {
      int year = firstYear + i;
      double cx = left + i * band + band / 2;
      s.line(left + i * band, top - 10, left + i * band, strip + unknownRows * 14, "grid minor");
      s.label(cx, axis + 16, String.valueOf(year), "tick middle");
      List<Exercise> list = byYear.getOrDefault(year, List.of());
      List<Exercise> known = list.stream().filter(x -> sized.containsKey(x.id()))
          .sorted(Comparator.comparing((Exercise x) -> sized.get(x.id()).personnel().value()).reversed()
              .thenComparing(Exercise::id))
          .collect(Collectors.toList());
      double y = axis - 2;
      for (Exercise x : known) {
        LargestExercise l = sized.get(x.id());
        double r = radius(l.personnel().value().doubleValue(), maxValue, maxRadius);
        double cy = y - r;
        point(s, x, l.personnel().value().toPlainString(), l.personnel().qualifier().name(), l.personnel().basis().name(),
            cx, cy, r, x.status() == ExerciseStatus.HELD ? "exercise" : "exercise planned");
        if (r >= 15) {
          s.label(cx, cy + 4, thousands(l.personnel().value()) + Optional.of(l.personnel().bounds())
              .filter(Range::hasUpperBound).map(Range::upperEndpoint).filter(u -> u.compareTo(l.personnel().value()) > 0).map(u -> "–" + thousands(u)).orElse(""),
              "in-bar middle");
        }
        y -= 2 * r + 4;
      }
      List<Exercise> unknown = list.stream().filter(x -> !sized.containsKey(x.id())).collect(Collectors.toList());
      for (int k = 0; k < unknown.size(); k++) {
        double ux = cx - (Math.min(perRow, unknown.size()) - 1) * 7 + (k % perRow) * 14;
        double uy = strip + (k / perRow) * 14;
        Exercise x = unknown.get(k);
        point(s, x, "unknown", "", "", ux, uy, 5,
            x.status() == ExerciseStatus.HELD ? "exercise unknown" : "exercise unknown planned");
      }
    }
    xAxisLabel(s, (left + RIGHT) / 2, strip + unknownRows * 14 + 34, "year the exercise began");
    yAxisLabel(s, 16, (top + axis) / 2 + 10, "exercises, stacked");

    figure(page, "chart-exercises", "5. Exercises per year, sized by personnel", height, s,
        "Every exercise of the data set (CSTO, CIS, bilateral, national and partner drills) in the year it began. A"
        + " circle's area is proportional to the largest personnel figure the record gives; records with several"
        + " figures (Zapad 2017: 12,700 declared, 60,000–70,000 estimated) are drawn with the largest, and figures"
        + " are of different kinds (reported, estimated, planned; \"about\", \"more than\"), so sizes are indicative."
        + " Exercises with no figure at all are hollow circles below the axis: their size is unknown, not small."
        + " Dashed outlines are exercises that were only planned when the source was written.");
  }

  private static void point(Svg s, Exercise x, String personnel, String qualifier, String basis, double cx, double cy,
      double r, String cssClass) {
    s.open("circle", "data-point", "exercise", "data-exercise", x.id().value(), "data-year", x.period().start().year(),
        "data-personnel", personnel, "data-qualifier", qualifier, "data-basis", basis, "data-status", x.status().name(),
        "cx", cx, "cy", cy, "r", r, "class", cssClass);
    s.text("title", x.name() + " (" + x.period() + ", " + words(x.framework().name()) + ", " + words(x.status().name())
        + "): " + (personnel.equals("unknown") ? "no personnel figure" : words(qualifier) + " " + personnel + ", "
        + words(basis)));
    s.close("circle");
  }

  private static double radius(double value, double max, double maxRadius) {
    return Math.max(3, maxRadius * Math.sqrt(value / max));
  }

  // ---------------------------------------------------------------- 6. foreign presence

  /**
   * The foreign military presence per host and year, from {@link Facilities#foreignPresence}:
   * facilities certainly and possibly in operation on December 31st, and how many of the host's
   * foreign facilities give no dates.
   *
   * @param page the page writer
   * @param data the data set
   * @param today the present day; the grid runs to its year
   */
  static void presence(Svg page, Dataset data, LocalDate today) {
    double left = 150;
    double right = RIGHT - 120;
    double top = 48;
    double laneHeight = 26;
    List<Presence> rows = List.copyOf(
        Facilities.foreignPresence(data, YearSpan.closed(PRESENCE_FROM, today.getYear())).values());
    Map<StateCode, List<Presence>> byHost = new TreeMap<>();
    rows.forEach(p -> byHost.computeIfAbsent(p.host(), h -> new ArrayList<>()).add(p));
    int years = today.getYear() - PRESENCE_FROM + 1;
    double cell = (right - left) / years;
    int max = Math.max(1, rows.stream().mapToInt(Presence::possible).max().orElse(1));
    double bottom = top + byHost.size() * laneHeight + 4;
    double height = bottom + 50;

    Svg s = new Svg();
    legend(s, left, 18, List.of(new String[] {"#2f5f98", "certainly in operation (number of facilities)"},
        new String[] {"#a9c4e4", "possibly in operation"}, new String[] {"#f1f1f1", "none dated"}));
    double y = top;
    for (Map.Entry<StateCode, List<Presence>> e : byHost.entrySet()) {
      String name = data.findState(e.getKey()).map(st -> st.nameEn()).orElse(e.getKey().value());
      s.label(left - 8, y + 17, name + " (" + e.getKey().value() + ")", "lane-label");
      for (Presence p : e.getValue()) {
        double x = left + (p.year().getValue() - PRESENCE_FROM) * cell;
        String fill = p.certain() > 0 ? "#2f5f98" : p.possible() > 0 ? "#a9c4e4" : "#f1f1f1";
        double opacity = p.certain() > 0 ? 0.55 + 0.45 * p.certain() / max : 1;
        s.open("rect", "data-point", "presence", "data-host", p.host().value(), "data-year", p.year(),
            "data-certain", p.certain(), "data-possible", p.possible(), "x", x + 1, "y", y + 3, "width", cell - 2,
            "height", laneHeight - 6, "fill", fill, "fill-opacity", opacity);
        s.text("title", name + ", 31 December " + p.year() + ": " + p.certain() + " foreign facilities certainly, "
            + p.possible() + " possibly in operation");
        s.close("rect");
        if (p.possible() > 0 && cell >= 12) {
          s.label(x + cell / 2, y + 17, p.certain() == p.possible() ? String.valueOf(p.certain())
              : p.certain() + "–" + p.possible(), p.certain() > 0 ? "in-bar middle small" : "note middle small");
        }
      }
      int undated = e.getValue().isEmpty() ? 0 : e.getValue().get(0).undated();
      s.text("text", "+" + undated + " undated", "data-point", "undated", "data-host", e.getKey().value(),
          "data-undated", undated, "x", right + 10, "y", y + 17, "class", "note");
      y += laneHeight;
    }
    for (int year = PRESENCE_FROM; year <= today.getYear(); year++) {
      if (year % 2 == 0) {
        double x = left + (year - PRESENCE_FROM) * cell + cell / 2;
        s.label(x, bottom + 16, String.valueOf(year), "tick middle");
      }
    }
    s.line(left, bottom, right, bottom, "axis");
    xAxisLabel(s, (left + right) / 2, bottom + 36, "year (presence on 31 December)");
    yAxisLabel(s, 14, (top + bottom) / 2 + 30, "host state");

    figure(page, "chart-presence", "6. Foreign military presence per host", height, s,
        "Foreign military facilities (bases, air bases, radars, test sites; the operator is not the host, proposed and"
        + " refused ones left out) in operation in each host on 31 December of each year. Only facilities with a"
        + " recorded period can be placed in time; most records give none, and the right-hand column counts those"
        + " undated facilities per host, which are in none of the yearly cells. An empty cell therefore means no"
        + " dated facility, not no foreign presence: Russia's many Soviet-era sites in Kazakhstan and Belarus are"
        + " undated. A range such as 0–1 means a facility whose dates are too coarse to tell.");
  }

  // ---------------------------------------------------------------- 7. network

  /**
   * Russia's share of the network per period, from {@link Network#hubShare}: its share of the
   * tied pairs and of the tie records, and its share of the pairs tied by bases and arms alone.
   *
   * @param page the page writer
   * @param data the data set
   */
  static void hub(Svg page, Dataset data) {
    double left = 80;
    double right = RIGHT - 200;
    double top = 50;
    double plotHeight = 260;
    double bottom = top + plotHeight;
    double height = bottom + 60;
    Map<String, Map<String, StateShare>> measures = hubMeasures(data);
    Map<String, PeriodSummary> summaries = new LinkedHashMap<>();
    Network.of(data).periods().values().forEach(p -> summaries.put(p.period().label(), p));
    List<String> periods = new ArrayList<>(summaries.keySet());
    measures.values().forEach(m -> m.keySet().stream().filter(p -> !periods.contains(p)).forEach(periods::add));
    String[] colours = {"#4e79a7", "#f28e2b", "#59a14f"};
    Map<String, String> labels = ImmutableMap.of("pairs", "share of tied pairs", "tie-records", "share of tie records",
        "pairs-bases-arms", "share of pairs, bases and arms only");

    Svg s = new Svg();
    List<String[]> legend = new ArrayList<>();
    int c = 0;
    for (String m : measures.keySet()) {
      legend.add(new String[] {colours[c++ % colours.length], labels.get(m)});
    }
    legend(s, left, 18, legend);
    valueAxis(s, left, right, top, bottom, 1.0, v -> Svg.num(v));
    double band = (right - left) / Math.max(1, periods.size());
    double barWidth = Math.min(60, band * 0.8 / Math.max(1, measures.size()));
    for (int i = 0; i < periods.size(); i++) {
      String period = periods.get(i);
      double x0 = left + i * band + (band - barWidth * measures.size()) / 2;
      int k = 0;
      for (Map.Entry<String, Map<String, StateShare>> m : measures.entrySet()) {
        StateShare share = m.getValue().get(period);
        if (share != null) {
          double value = m.getKey().equals("tie-records") ? share.tieShare() : share.share();
          double h = plotHeight * value;
          double x = x0 + k * barWidth;
          s.open("rect", "data-point", "hub", "data-period", period, "data-measure", m.getKey(),
              "data-state", share.state().value(), "data-value", String.format(Locale.ROOT, "%.4f", value),
              "data-degree", share.degree(), "data-ties", share.ties(), "x", x, "y", bottom - h,
              "width", barWidth - 2, "height", h, "fill", colours[k % colours.length]);
          s.text("title", period + ", " + labels.get(m.getKey()) + ": " + String.format(Locale.ROOT, "%.2f", value)
              + " (Russia tied to " + share.degree() + " partners, in " + share.ties() + " tie records)");
          s.close("rect");
          s.label(x + (barWidth - 2) / 2, bottom - h - 4, String.format(Locale.ROOT, "%.2f", value), "note middle");
        }
        k++;
      }
      PeriodSummary p = summaries.get(period);
      s.label(left + i * band + band / 2, bottom + 16, period, "tick middle");
      if (p != null) {
        s.label(left + i * band + band / 2, bottom + 30, p.states() + " states, " + p.pairs() + " pairs, " + p.ties()
            + " ties", "note middle");
      }
    }
    xAxisLabel(s, (left + right) / 2, bottom + 50, "period");
    yAxisLabel(s, 18, (top + bottom) / 2, "Russia's share");
    s.label(right + 20, top + 20, "1.00: every tie involves", "note");
    s.label(right + 20, top + 34, "Russia (a star around it)", "note");

    figure(page, "chart-hub", "7. Russia as the hub: its share of the network per decade", height, s,
        "The network ties two states when one hosts the other's facility, when one transfers arms to the other, or"
        + " when both take part in the same exercise, in the years the record gives. For each decade: the share of the"
        + " tied pairs of states that involve Russia, the share of the tie records that do, and the share of the"
        + " pairs when only bases and arms transfers count. Undated facilities and transfers belong to no decade and"
        + " are left out, and the data set records the monograph's cases, not every tie, so the shares describe the"
        + " recorded network.");
  }

  /**
   * Russia's hub shares per measure: {@code pairs} and {@code tie-records} over all ties, {@code
   * pairs-bases-arms} over hosting and transfer ties only, each keyed by period.
   *
   * @param data the data set
   * @return the shares per measure, then per period
   */
  static Map<String, Map<String, StateShare>> hubMeasures(Dataset data) {
    Map<String, StateShare> all = new LinkedHashMap<>();
    Network.of(data).hubShare(HUB).values().forEach(x -> all.put(x.period().label(), x));
    Map<String, StateShare> bilateral = new LinkedHashMap<>();
    Network.of(data).kinds(BILATERAL).hubShare(HUB).values().forEach(x -> bilateral.put(x.period().label(), x));
    Map<String, Map<String, StateShare>> out = new LinkedHashMap<>();
    out.put("pairs", all);
    out.put("tie-records", all);
    out.put("pairs-bases-arms", bilateral);
    return out;
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The offices with a rotation rule, by id.
   *
   * @param data the data set
   * @return the offices
   */
  static List<Office> rotatingOffices(Dataset data) {
    return data.offices().stream().filter(o -> o.rotationRule().isPresent())
        .sorted(Comparator.comparing((Office o) -> !o.id().value().contains("secretary-general"))
            .thenComparing(o -> o.id().value()))
        .collect(Collectors.toList());
  }

  /**
   * The recorded tenures of an office, by start then id.
   *
   * @param data the data set
   * @param office the office
   * @return the tenures
   */
  static List<Tenure> tenures(Dataset data, Office office) {
    return data.tenures().stream().filter(t -> t.office().equals(office.id()))
        .sorted(Comparator.comparing((Tenure t) -> t.period().start().earliest()).thenComparing(t -> t.id().value()))
        .collect(Collectors.toList());
  }

  /**
   * The last year of the offices chart and of the schedules it shows.
   *
   * @param today the present day
   * @return {@link #YEARS_AHEAD} years after today's year
   */
  static int lastYear(LocalDate today) {
    return today.getYear() + YEARS_AHEAD;
  }

  private static String account(Tenure t) {
    return t.citations().stream().allMatch(c -> c.source().equals(RotationSchedule.MONOGRAPH)) ? "monograph"
        : "later sources";
  }

  private static String tenureLabel(Dataset data, Tenure t) {
    String state = t.state().value();
    Optional<String> holder = t.holder().flatMap(h -> data.find(h)).map(Person::name)
        .map(n -> n.substring(n.lastIndexOf(' ') + 1));
    if (holder.isEmpty()) {
      return state + ", from " + t.period().start();
    }
    boolean twice = data.tenures().stream().filter(o -> o.office().equals(t.office()) && o.holder().equals(t.holder()))
        .count() > 1;
    return holder.get() + " (" + state + ")" + (twice ? ", " + account(t) : "");
  }

  /**
   * How far a tenure is certainly known to run: to the day after the last day its sources speak
   * for ({@link Dataset#knownThrough}), but not past today, and not before its start.
   */
  private static LocalDate knownUntil(Dataset data, Tenure t, LocalDate today) {
    LocalDate start = t.period().start().latest();
    LocalDate horizon = data.knownThrough(t).plusDays(1);
    horizon = horizon.isAfter(today) ? today : horizon;
    return horizon.isAfter(start) ? horizon : start;
  }

  /**
   * Draws a period as a bar: lighter bands over the uncertain days of coarse dates, a solid bar
   * over the days it certainly held as far as its sources speak ({@code solidEnd}, the day after
   * their horizon), dashed from there to its end or, if open, to {@code dashedEnd}.
   */
  private static void periodBar(Svg s, TimeScale t, double y, double h, Period p, LocalDate solidEnd,
      Optional<LocalDate> dashedEnd, String colour) {
    PartialDate start = p.start();
    if (!start.earliest().equals(start.latest())) {
      band(s, t, y, h, start.earliest(), start.latest().plusDays(1), colour);
    }
    LocalDate solidFrom = start.latest();
    LocalDate solidTo;
    if (p.end().isPresent()) {
      PartialDate end = p.end().get();
      solidTo = end.earliest().isAfter(solidEnd) ? solidEnd : end.earliest();
      if (solidTo.isBefore(end.earliest()) && dashedEnd.isPresent()) {
        // a scheduled end past the sources' horizon: dashed from the horizon to the end (or today)
        LocalDate from = solidTo.isAfter(solidFrom) ? solidTo : solidFrom;
        LocalDate to = end.earliest().isAfter(dashedEnd.get()) ? dashedEnd.get() : end.earliest();
        if (to.isAfter(from)) {
          s.empty("rect", "x", t.x(from), "y", y, "width", t.width(from, to), "height", h, "fill", colour,
              "stroke", colour, "class", "open");
        }
      }
      if (!end.earliest().equals(end.latest())) {
        band(s, t, y, h, end.earliest(), end.latest().plusDays(1), colour);
      }
    } else {
      solidTo = solidEnd;
      if (dashedEnd.isPresent() && dashedEnd.get().isAfter(solidEnd.isAfter(solidFrom) ? solidEnd : solidFrom)) {
        LocalDate from = solidEnd.isAfter(solidFrom) ? solidEnd : solidFrom;
        s.empty("rect", "x", t.x(from), "y", y, "width", t.width(from, dashedEnd.get()), "height", h, "fill", colour,
            "stroke", colour, "class", "open");
      }
    }
    if (solidTo.isAfter(solidFrom)) {
      s.empty("rect", "x", t.x(solidFrom), "y", y, "width", t.width(solidFrom, solidTo), "height", h,
          "fill", colour, "class", "solid");
    }
  }

  private static void band(Svg s, TimeScale t, double y, double h, LocalDate from, LocalDate to, String colour) {
    s.empty("rect", "x", t.x(from), "y", y, "width", Math.max(1, t.width(from, to)), "height", h, "fill", colour,
        "class", "band");
  }

  private static void todayLine(Svg s, TimeScale t, LocalDate today, double top, double bottom) {
    double x = t.x(today);
    s.line(x, top - 4, x, bottom, "today");
    s.label(x - 4, top - 8, "today " + today, "note end");
  }

  private static void valueAxis(Svg s, double left, double right, double top, double bottom, double max,
      java.util.function.DoubleFunction<String> format) {
    for (int i = 0; i <= 4; i++) {
      double v = max * i / 4;
      double y = bottom - (bottom - top) * i / 4;
      s.line(left, y, right, y, i == 0 ? "axis" : "grid");
      s.label(left - 6, y + 4, format.apply(v), "tick end");
    }
    s.line(left, top, left, bottom, "axis");
  }

  private static void xAxisLabel(Svg s, double x, double y, String text) {
    s.label(x, y, text, "axis-label middle");
  }

  private static void yAxisLabel(Svg s, double x, double y, String text) {
    s.text("text", text, "x", x, "y", y, "transform", "rotate(-90 " + Svg.num(x) + " " + Svg.num(y) + ")",
        "class", "axis-label middle");
  }

  /**
   * Writes a legend: for each item a swatch and its label, flowing to the right; an item's third
   * element, if any, is the swatch's CSS class.
   */
  private static void legend(Svg s, double x, double y, List<String[]> items) {
    double cx = x;
    for (String[] item : items) {
      double w = 20 + item[1].length() * 6.8;
      if (cx + w > RIGHT && cx > x) {
        cx = x;
        y += 16;
      }
      s.empty("rect", "x", cx, "y", y - 10, "width", 12, "height", 12, "fill", item[0],
          "class", "swatch" + (item.length > 2 ? " " + item[2] : ""));
      s.label(cx + 16, y, item[1], "legend");
      cx += w + 10;
    }
  }

  private static void figure(Svg page, String id, String title, double height, Svg chart, String caption) {
    page.open("section", "class", "chart", "id", "section-" + id);
    page.text("h2", title);
    page.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", id, "width", WIDTH, "height", height,
        "viewBox", "0 0 " + Svg.num(WIDTH) + " " + Svg.num(height), "role", "img", "aria-labelledby", id + "-title");
    page.text("title", title, "id", id + "-title");
    page.append(chart);
    page.close("svg");
    page.text("p", caption, "class", "caption");
    page.close("section");
  }

  private static double niceCeiling(double v) {
    if (v <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10}) {
      if (m * magnitude >= v) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String thousands(BigDecimal v) {
    return v.compareTo(BigDecimal.valueOf(1000)) >= 0 ? Svg.num(v.doubleValue() / 1000) + "k" : v.toPlainString();
  }

  /**
   * An enum constant's name in plain words: {@code AIR_DEFENCE} reads {@code air defence}.
   *
   * @param constant the name
   * @return the words
   */
  static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String colour(MembershipStatus status) {
    return STATUS_COLOURS.getOrDefault(status, GREY);
  }

  private static String stateColour(StateCode state) {
    return STATE_COLOURS.getOrDefault(state.value(), GREY);
  }

  private static String categoryColour(WeaponCategory c) {
    return PALETTE[c.ordinal() % PALETTE.length];
  }

  private static String agencyColour(Agency a) {
    return PALETTE[a.ordinal() % PALETTE.length];
  }
}
