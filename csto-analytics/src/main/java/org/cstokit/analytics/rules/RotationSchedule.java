package org.cstokit.analytics.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.State;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.institution.RotationRule;
import org.cstokit.model.institution.Tenure;
import org.cstokit.model.source.RotationRuleId;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.source.TenureId;
import org.cstokit.model.time.YearSpan;
import org.immutables.value.Value;

/**
 * Rule 6: the rotation of an office (the Secretary General in three-year slots, the chair every
 * year) under a {@link RotationRule} of the data set. Slots keep their calendar boundaries,
 * anchored on the rule's start; the first slot goes to the anchor state, each later slot to the
 * next member in Russian alphabetical order among the states that are certainly members when
 * the slot begins — non-members are skipped, and acting holders or early recalls do not shift
 * later slots. Every expected holder is derived from the rule, never cited as a source's fact.
 * {@link #evaluate} answers for one day (outcomes: {@link RuleName#ROTATION}),
 * {@link #schedule} lists the slots of a span of years, {@link #deviations} compares the recorded
 * tenures with the schedule.
 */
public final class RotationSchedule {
  /** The monograph's source id; tenures citing only it form the monograph's account. */
  public static final SourceId MONOGRAPH = SourceId.of("ssi-2018-csto");

  private RotationSchedule() {}

  /**
   * One slot of the rotation with its expected holder, derived from the rule. A slot is
   * half-open, as {@link LocalDate#datesUntil(LocalDate)} takes a range: it covers the days from
   * {@link #start()} up to, not including, {@link #endExclusive()}; {@link #lastDay()} is the last
   * day it covers, and {@link #range()} the same days as a Guava range. Immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class Slot {
    Slot() {}

    /**
     * Returns the slot's index.
     *
     * @return 0 for the anchor slot, counting up
     */
    public abstract long index();

    /**
     * Returns the first day the slot covers.
     *
     * @return the first day
     */
    public abstract LocalDate start();

    /**
     * Returns the first day after the slot: the start of the next one.
     *
     * @return the exclusive end
     */
    public abstract LocalDate endExclusive();

    /**
     * Returns the state expected to hold the office.
     *
     * @return the expected state
     */
    public abstract StateCode expected();

    /**
     * Returns the rule the slot is derived from.
     *
     * @return the rule
     */
    public abstract RotationRuleId rule();

    /**
     * Returns the last day the slot covers: the day before {@link #endExclusive()}.
     *
     * @return the slot's last day
     */
    public LocalDate lastDay() {
      return endExclusive().minusDays(1);
    }

    /**
     * Returns the days the slot covers as a closed-open range.
     *
     * @return {@code [start, endExclusive)}
     */
    public Range<LocalDate> range() {
      return Range.closedOpen(start(), endExclusive());
    }

    /**
     * Whether the slot covers a day.
     *
     * @param day the day
     * @return true if {@code start <= day < endExclusive}
     */
    public boolean covers(LocalDate day) {
      return !day.isBefore(start()) && day.isBefore(endExclusive());
    }

    @Value.Check
    void check() {
      if (!endExclusive().isAfter(start())) {
        throw new IllegalArgumentException("endExclusive: " + endExclusive() + " is not after start " + start());
      }
    }
  }

  /** What kind of departure from the rule a tenure shows. */
  public enum DeviationKind {
    /** A holder from another state than expected. */
    OTHER_STATE,
    /** The expected state's holder took office after the slot began (a delayed appointment). */
    LATE_START,
    /** The holder left before the slot ended (a recall). */
    EARLY_END,
    /** An acting holder filled the slot, or part of it. */
    ACTING_HOLDER
  }

  /** Which account of a tenure a figure comes from. */
  public enum Account {
    /** The monograph's account (a record, or a dispute, citing only the monograph). */
    MONOGRAPH,
    /** The account of the later, public sources. */
    LATER_SOURCES;

    /**
     * Returns the account in plain words.
     *
     * @return "monograph" or "later sources"
     */
    @Override
    public String toString() {
      return this == MONOGRAPH ? "monograph" : "later sources";
    }
  }

  /** How an account of a tenure ranks, as Wikidata ranks statements. */
  public enum Rank {
    /** The record's own account. */
    PREFERRED,
    /** Another account, kept on the record as a dispute. */
    OTHER
  }

  /**
   * The size of a deviation in one account of the tenure. Immutable and thread-safe.
   *
   * @param account the account
   * @param rank whether it is the record's own account ({@code PREFERRED}) or one kept as a
   *     dispute
   * @param minDays the smallest size its dates allow, in days
   * @param maxDays the largest size its dates allow, in days
   */
  public record AccountFigure(Account account, Rank rank, long minDays, long maxDays) {
    /**
     * Whether this is the record's own account.
     *
     * @return true for {@link Rank#PREFERRED}
     */
    public boolean isPreferred() {
      return rank == Rank.PREFERRED;
    }

    /**
     * Returns the figure as text: the account, "(other account)" unless preferred, and the range
     * of days.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return account + (isPreferred() ? "" : " (other account)") + " " + minDays + ".." + maxDays;
    }
  }

  /**
   * A departure of a recorded tenure from the expected rotation, with its size in days (a range
   * when dates are coarse). One event is one deviation even when two accounts tell it: the sizes
   * are those of the record's own (preferred) account, and {@link #accounts()} gives each
   * account's figure. Immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class Deviation {
    Deviation() {}

    /**
     * Returns the slot.
     *
     * @return the slot the tenure departs from
     */
    public abstract Slot slot();

    /**
     * Returns the tenure.
     *
     * @return the tenure
     */
    public abstract TenureId tenure();

    /**
     * Returns the kind of deviation.
     *
     * @return the kind
     */
    public abstract DeviationKind kind();

    /**
     * Returns the smallest size the preferred account's dates allow.
     *
     * @return the size, in days
     */
    public abstract long minDays();

    /**
     * Returns the largest size the preferred account's dates allow.
     *
     * @return the size, in days
     */
    public abstract long maxDays();

    /**
     * Returns a plain description, from the preferred account.
     *
     * @return the description
     */
    public abstract String description();

    /**
     * Returns each account's figure, the preferred one first.
     *
     * @return the figures
     */
    public abstract List<AccountFigure> accounts();
  }

  /** A deviation as one account tells it, before the accounts of one event are merged. */
  private record Told(Slot slot, TenureId tenure, Account account, Rank rank, DeviationKind kind, long minDays,
      long maxDays, String description) {}

  /**
   * Computes the slots that overlap a span of years. A schedule is a projection of the rule, not a
   * record of fact: each slot goes to the next eligible state, counting as eligible the states
   * whose recorded CSTO membership covers the slot's first day, and past the horizon of the
   * membership sources it assumes that the memberships they leave open continue. Who actually
   * held the office is {@code Snapshot.holders}, which never says more than its sources.
   *
   * @param data the data set
   * @param rule the rotation rule
   * @param years the years, both ends included ({@link YearSpan#closed})
   * @return the slots that overlap the span, in order
   * @throws IllegalArgumentException if the span ends before the rule starts
   */
  public static ImmutableList<Slot> schedule(Dataset data, RotationRuleId rule, YearSpan years) {
    RotationRule r = data.get(rule);
    LocalDate from = years.startDay();
    LocalDate until = years.endExclusive();
    if (!until.isAfter(r.slotStart(0))) {
      throw new IllegalArgumentException("years: " + years.label() + " ends before the rule starts (" + r.anchor() + ")");
    }
    ImmutableList.Builder<Slot> out = ImmutableList.builder();
    StateCode previous = null;
    for (long k = 0; r.slotStart(k).isBefore(until); k++) {
      LocalDate start = r.slotStart(k);
      StateCode holder = next(data, r, start, previous);
      Slot slot = ImmutableSlot.builder().index(k).start(start).endExclusive(r.slotStart(k + 1)).expected(holder)
          .rule(r.id()).build();
      if (slot.endExclusive().isAfter(from)) {
        out.add(slot);
      }
      previous = holder;
    }
    return out.build();
  }

  private static StateCode next(Dataset data, RotationRule rule, LocalDate start, StateCode previous) {
    List<State> eligible = Alliance.eligible(data, start).stream().map(data::state)
        .collect(Collectors.toList());
    if (eligible.isEmpty()) {
      throw new IllegalStateException("no member on " + start);
    }
    List<State> order = rule.ordered(eligible);
    State pivot = previous == null ? data.state(rule.anchorState()) : data.state(previous);
    java.util.Comparator<State> c = rule.collation();
    if (previous == null) {
      for (State s : order) {
        if (c.compare(s, pivot) >= 0) {
          return s.id();
        }
      }
      return order.get(0).id();
    }
    for (State s : order) {
      if (c.compare(s, pivot) > 0) {
        return s.id();
      }
    }
    return order.get(0).id();
  }

  /**
   * The expected holder on a day, as a verdict: {@code ALLOWED} names the expected state in
   * {@link Verdict#obliged()}; {@code NOT_APPLICABLE} before the rule's start; {@code UNDETERMINED}
   * past the horizon of the membership data, where who is eligible is not known (the reasons give
   * the projection, see {@link #schedule}). The expected holder is derived
   * ({@link ReasonCode#DERIVED}), never a source's fact.
   *
   * @param data the data set
   * @param c the case
   * @return the verdict
   * @throws org.cstokit.data.UnknownEntityException if the rule is not in the data set
   */
  public static Verdict evaluate(Dataset data, RotationCase c) {
    RotationRule rule = data.get(c.rule());
    LocalDate date = c.on();
    Verdict.Builder v = Verdict.of(RuleName.ROTATION);
    rule.instrument().ifPresent(i -> v.by(Authority.of(i, rule.summary().orElse("the rotation rule " + rule.id()))));
    if (rule.instrument().isEmpty()) {
      v.because(ReasonCode.FACT_MISSING, "no source names the instrument that establishes rule " + rule.id());
    }
    if (rule.isDerived()) {
      v.because(ReasonCode.ASSUMPTION, "the rule itself is inferred from the observed sequence, not stated by a source");
    }
    if (date.isBefore(rule.slotStart(0))) {
      return v.because(ReasonCode.BEFORE_INSTRUMENT, "the rotation starts on " + rule.slotStart(0)
          + "; before it the post was not rotated").outcome(Outcome.NOT_APPLICABLE);
    }
    Slot slot = schedule(data, c.rule(), YearSpan.closed(date.getYear(), date.getYear())).stream()
        .filter(s -> s.covers(date)).findFirst().orElseThrow();
    State expected = data.state(slot.expected());
    Optional<Reason> past = Alliance.pastHorizon(data, date);
    if (past.isPresent()) {
      return v.because(ReasonCode.DERIVED, "projected, the slot " + slot.index() + " (" + slot.start() + " to "
              + slot.lastDay() + ") would fall to " + expected.nameEn() + " if the members and the rule stayed as the"
              + " sources last describe them")
          .because(past.get()).outcome(Outcome.UNDETERMINED);
    }
    return v.obliged(List.of(slot.expected()))
        .because(ReasonCode.DERIVED, "slot " + slot.index() + " (" + slot.start() + " to " + slot.lastDay() + ") falls to "
            + expected.nameEn() + " (" + expected.nameRu() + "), derived from rule " + c.rule())
        .outcome(Outcome.ALLOWED);
  }

  /**
   * Compares the recorded tenures of the rule's office with the expected rotation and lists
   * every deviation with its size, keeping the monograph's account and the later sources'
   * account apart (a tenure belongs to the monograph's account if it cites only the monograph;
   * another account of its period kept as a dispute is compared under its source's label). A
   * deviation is listed only when the dates certainly show it (its smallest size is above zero):
   * a start known only to the year is not a late start. Under the convention that the office
   * passes at the Council's session ({@code RotationRule.handoverOn}), only a holder from another
   * state than the expected one counts.
   *
   * @param data the data set
   * @param ruleId the rotation rule
   * @param through the last year to compare, included; the comparison starts with the rule
   * @return the deviations, by slot, tenure and kind
   * @throws IllegalArgumentException if {@code through} is before the rule starts
   */
  public static ImmutableList<Deviation> deviations(Dataset data, RotationRuleId ruleId, Year through) {
    RotationRule rule = data.get(ruleId);
    int first = rule.slotStart(0).getYear();
    if (through.getValue() < first) {
      throw new IllegalArgumentException("through: " + through + " is before the rule starts (" + rule.anchor() + ")");
    }
    List<Slot> slots = schedule(data, ruleId, YearSpan.closed(first, through.getValue()));
    List<Told> out = new ArrayList<>();
    for (Tenure record : data.tenures()) {
      if (!record.office().equals(rule.office())) {
        continue;
      }
      for (TenureAccount a : accounts(data, record)) {
      Tenure t = a.tenure();
      Account account = a.label();
      if (!t.isActing() && rule.handoverOn(t.period().start().earliest()) == org.cstokit.model.institution.Handover.AT_SUMMIT) {
        atSummit(t, a, slots).ifPresent(out::add);
        continue;
      }
      for (Slot s : slots) {
        LocalDate possibleStart = t.period().start().earliest();
        Optional<LocalDate> possibleEnd = t.period().latest().or(() -> Optional.of(a.until()));
        boolean overlaps = possibleStart.isBefore(s.endExclusive()) && possibleEnd.map(e -> e.isAfter(s.start())).orElse(true);
        if (!overlaps) {
          continue;
        }
        if (t.isActing()) {
          LocalDate from = max(t.period().start().earliest(), s.start());
          LocalDate to = min(possibleEnd.get(), s.endExclusive());
          LocalDate certainFrom = max(t.period().start().latest(), s.start());
          LocalDate certainTo = min(t.period().end().map(e -> e.earliest()).orElse(possibleEnd.get()), s.endExclusive());
          out.add(new Told(s, t.id(), account, a.rank(), DeviationKind.ACTING_HOLDER, days(certainFrom, certainTo), days(from, to),
              "acting holder from " + t.state() + " instead of an appointee from " + s.expected()));
          continue;
        }
        if (!t.state().equals(s.expected())) {
          long lo = days(max(t.period().start().latest(), s.start()), min(t.period().end().map(e -> e.earliest()).orElse(possibleEnd.get()), s.endExclusive()));
          long hi = days(max(possibleStart, s.start()), min(possibleEnd.get(), s.endExclusive()));
          if (lo <= 0) {
            continue; // only possibly in the slot: coarse dates, not a deviation the sources show
          }
          out.add(new Told(s, t.id(), account, a.rank(), DeviationKind.OTHER_STATE, lo, hi,
              "holder from " + t.state() + " in a slot expected for " + s.expected()));
          continue;
        }
        long lateMin = ChronoUnit.DAYS.between(s.start(), t.period().start().earliest());
        long lateMax = ChronoUnit.DAYS.between(s.start(), t.period().start().latest());
        if (lateMin > 0) {
          out.add(new Told(s, t.id(), account, a.rank(), DeviationKind.LATE_START, lateMin, lateMax,
              "took office " + t.period().start() + ", after the slot began on " + s.start()));
        }
        if (t.period().end().isPresent()) {
          long earlyMin = ChronoUnit.DAYS.between(t.period().end().get().latest(), s.endExclusive());
          long earlyMax = ChronoUnit.DAYS.between(t.period().end().get().earliest(), s.endExclusive());
          if (earlyMin > 0) {
            out.add(new Told(s, t.id(), account, a.rank(), DeviationKind.EARLY_END, earlyMin, earlyMax,
                "left office " + t.period().end().get() + ", before the slot ended on " + s.lastDay()
                    + t.ending().map(e -> " (" + e.name().toLowerCase().replace('_', ' ') + ")").orElse("")));
          }
        }
      }
      }
    }
    return merge(out);
  }

  /**
   * One deviation per event: the accounts that tell the same deviation (same slot, tenure and
   * kind) become one, sized by the preferred account (the record's own) where it tells it, with
   * every account's figure; sorted by slot, tenure and kind.
   */
  private static ImmutableList<Deviation> merge(List<Told> told) {
    java.util.Map<String, List<Told>> byEvent = new java.util.TreeMap<>();
    for (Told x : told) {
      byEvent.computeIfAbsent(String.format("%08d|%s|%s", x.slot().index() + 1_000_000L, x.tenure().value(),
          x.kind().ordinal()), k -> new ArrayList<>()).add(x);
    }
    List<Deviation> out = new ArrayList<>();
    for (List<Told> accounts : byEvent.values()) {
      accounts.sort(java.util.Comparator.comparing(Told::rank).thenComparing(Told::account));
      Told first = accounts.get(0);
      out.add(ImmutableDeviation.builder().slot(first.slot()).tenure(first.tenure()).kind(first.kind())
          .minDays(first.minDays()).maxDays(first.maxDays()).description(first.description())
          .accounts(accounts.stream().map(x -> new AccountFigure(x.account(), x.rank(), x.minDays(), x.maxDays())).distinct()
              .collect(ImmutableList.toImmutableList())).build());
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * A tenure begun under the convention that the office passes at the Council's session: its
   * boundaries are session dates, not the slot's calendar boundaries, so no lateness or early end
   * is counted; it is compared with the slot that holds its middle day, and only a holder from
   * another state than the expected one is a deviation.
   */
  private static Optional<Told> atSummit(Tenure t, TenureAccount a, List<Slot> slots) {
    LocalDate from = t.period().start().earliest();
    LocalDate to = t.period().end().map(org.cstokit.model.time.PartialDate::latest).orElse(a.until());
    // the middle of the days it certainly held (of the possible ones when coarse dates leave none)
    LocalDate certainFrom = t.period().start().latest();
    LocalDate certainUntil = t.period().end().map(org.cstokit.model.time.PartialDate::earliest).orElse(a.until());
    LocalDate middle = certainUntil.isAfter(certainFrom) ? certainFrom.plusDays(days(certainFrom, certainUntil) / 2)
        : from.plusDays(days(from, to) / 2);
    Optional<Slot> slot = slots.stream().filter(x -> x.covers(middle)).findFirst();
    if (slot.isEmpty() || t.state().equals(slot.get().expected())) {
      return Optional.empty();
    }
    LocalDate certainTo = t.period().end().map(org.cstokit.model.time.PartialDate::earliest).orElse(a.until());
    return Optional.of(new Told(slot.get(), t.id(), a.label(), a.rank(), DeviationKind.OTHER_STATE,
        days(t.period().start().latest(), certainTo), days(from, to),
        "holder from " + t.state() + " in the slot expected for " + slot.get().expected()
            + " (the office passed at the Council's session then)"));
  }

  /** One account of a tenure: the record's own value, or another source's period kept as a dispute. */
  private record TenureAccount(Tenure tenure, Account label, Rank rank, LocalDate until) {}

  /**
   * The accounts of a tenure: the record itself (labelled "monograph" when it cites only the
   * monograph, else "later sources"), and each other account of its period kept as a dispute
   * (labelled by the source that gives it). An open account runs to the day after the horizon of
   * the sources that give it, and no further.
   */
  private static List<TenureAccount> accounts(Dataset data, Tenure t) {
    List<TenureAccount> out = new ArrayList<>();
    boolean monographOnly = t.citations().stream().allMatch(c -> c.source().equals(MONOGRAPH));
    out.add(new TenureAccount(t, monographOnly ? Account.MONOGRAPH : Account.LATER_SOURCES, Rank.PREFERRED,
        data.knownThrough(t).plusDays(1)));
    for (org.cstokit.model.source.Dispute d : t.disputes()) {
      org.cstokit.model.time.Period other;
      try {
        other = otherPeriod(t.period(), d);
      } catch (org.cstokit.model.InvalidValueException e) {
        continue; // an account that cannot be read as a period is not compared
      }
      if (other == null) {
        continue;
      }
      org.cstokit.model.source.Source source = data.source(d.citation().source());
      LocalDate until = d.citation().asOf().map(org.cstokit.model.time.PartialDate::earliest).orElse(source.horizonDay());
      out.add(new TenureAccount(Tenure.builder().from(t).period(other).build(),
          source.id().equals(MONOGRAPH) ? Account.MONOGRAPH : Account.LATER_SOURCES, Rank.OTHER, until.plusDays(1)));
    }
    return out;
  }

  /**
   * The period another account gives: a dispute of {@code period} holds a whole period
   * ({@code 2017-05/}), one of {@code period.start} or {@code period.end} a single bound; null for
   * a dispute of another field.
   */
  private static org.cstokit.model.time.Period otherPeriod(org.cstokit.model.time.Period own,
      org.cstokit.model.source.Dispute d) {
    switch (d.field()) {
      case "period":
        return org.cstokit.model.time.Period.parse(d.value());
      case "period.start":
        return own.end().isPresent() ? org.cstokit.model.time.Period.of(org.cstokit.model.time.PartialDate.parse(d.value()),
            own.end().get()) : org.cstokit.model.time.Period.from(org.cstokit.model.time.PartialDate.parse(d.value()));
      case "period.end":
        return org.cstokit.model.time.Period.of(own.start(), org.cstokit.model.time.PartialDate.parse(d.value()));
      default:
        return null;
    }
  }

  private static long days(LocalDate from, LocalDate to) {
    return Math.max(0, ChronoUnit.DAYS.between(from, to));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

}
