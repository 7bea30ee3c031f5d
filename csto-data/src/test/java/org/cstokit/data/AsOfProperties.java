package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.cstokit.model.time.Period;
import org.cstokit.model.time.Truth;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code asOf} agrees with a brute-force scan of every record, on random days 1990–2035, with the
 * horizon rule computed here independently: a record's period answers as {@link Period#contains}
 * does, except that a {@code YES} after the last day its citations speak for (the latest of each
 * citation's {@code asOf} or its source's {@code knownAsOf}, from its first day) becomes
 * {@code UNKNOWN}; undated facilities and instruments are {@code UNKNOWN} throughout (instruments
 * from their signing on); proposals, statements and declarations never appear.
 */
class AsOfProperties {
  private static final Dataset DATA = CstoData.bundled();
  private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
  private static final Gen<LocalDate> DAYS = integers().between(0, (int) (LocalDate.of(2035, 12, 31).toEpochDay() - FIRST.toEpochDay()))
      .map(d -> FIRST.plusDays(d));

  /** The last day a record's citations speak for, straight from the source records. */
  static LocalDate lastDay(org.cstokit.model.source.Fact f) {
    LocalDate best = LocalDate.MIN;
    for (org.cstokit.model.source.Citation c : f.citations()) {
      String text = c.asOf().map(Object::toString).orElse(DATA.source(c.source()).knownAsOf().toString());
      LocalDate d = LocalDate.parse(text.length() == 4 ? text + "-01-01" : text.length() == 7 ? text + "-01" : text);
      best = d.isAfter(best) ? d : best;
    }
    return best;
  }

  /** The truth of a dated record on a day under the horizon rule. */
  static Truth truth(org.cstokit.model.source.Fact f, Period p, LocalDate day) {
    Truth t = p.contains(day);
    return t == Truth.YES && day.isAfter(lastDay(f)) ? Truth.UNKNOWN : t;
  }

  static <T extends org.cstokit.model.source.Fact> Map<T, Truth> scan(Collection<T> records,
      Function<T, java.util.Optional<Truth>> truth) {
    Map<T, Truth> out = new LinkedHashMap<>();
    for (T r : records) {
      truth.apply(r).filter(t -> t != Truth.NO).ifPresent(t -> out.put(r, t));
    }
    return out;
  }

  static <T extends org.cstokit.model.source.Fact> Map<T, Truth> scan(Collection<T> records, Function<T, Period> period,
      LocalDate day) {
    return scan(records, r -> java.util.Optional.of(truth(r, period.apply(r), day)));
  }

  static java.util.Optional<Truth> facility(org.cstokit.model.military.Facility f, LocalDate day) {
    if (f.status() == org.cstokit.model.military.FacilityStatus.PROPOSED
        || f.status() == org.cstokit.model.military.FacilityStatus.REFUSED) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(f.period().map(p -> truth(f, p, day)).orElse(Truth.UNKNOWN));
  }

  static java.util.Optional<Truth> instrument(org.cstokit.model.law.Instrument i, LocalDate day) {
    if (i.kind() == org.cstokit.model.law.InstrumentKind.STATEMENT
        || i.kind() == org.cstokit.model.law.InstrumentKind.DECLARATION) {
      return java.util.Optional.empty();
    }
    if (i.inForce().isPresent()) {
      Period p = i.expires().isPresent() ? Period.of(i.inForce().get(), i.expires().get()) : Period.from(i.inForce().get());
      return java.util.Optional.of(truth(i, p, day));
    }
    if (i.signed().isPresent()) {
      boolean before = day.isBefore(i.signed().get().earliest());
      boolean expired = i.expires().isPresent() && !day.isBefore(i.expires().get().latest());
      return java.util.Optional.of(before || expired ? Truth.NO : Truth.UNKNOWN);
    }
    return java.util.Optional.of(Truth.UNKNOWN);
  }

  @Test
  void memberships_tenures_facilities_and_instruments_agree_with_a_scan() {
    qt().withExamples(2000).forAll(DAYS).checkAssert(day -> {
      Snapshot s = DATA.asOf(day);
      assertEquals(scan(DATA.memberships(), m -> m.period(), day), s.memberships(), "memberships on " + day);
      assertEquals(scan(DATA.tenures(), t -> t.period(), day), s.tenures(), "tenures on " + day);
      assertEquals(scan(DATA.facilities(), f -> facility(f, day)), s.facilities(), "facilities on " + day);
      assertEquals(scan(DATA.instruments(), i -> instrument(i, day)), s.instrumentsInForce(), "instruments on " + day);
    });
  }

  @Test
  void a_time_index_agrees_with_a_scan_on_its_transition_days_and_their_neighbours() {
    TimeIndex<org.cstokit.model.membership.Membership> index = DATA.membershipIndex();
    for (LocalDate t : index.transitions()) {
      for (LocalDate day : new LocalDate[] {t.minusDays(1), t, t.plusDays(1)}) {
        if (t.equals(LocalDate.MIN) || t.equals(LocalDate.MAX)) {
          continue;
        }
        assertEquals(ImmutableMap.copyOf(scan(DATA.memberships(), m -> m.period(), day)), index.at(day), "on " + day);
      }
      assertEquals(java.util.Optional.of(t), index.previousChange(t));
      index.nextChange(t).ifPresent(n -> assertEquals(true, n.isAfter(t)));
    }
  }

  @Test
  void segments_built_on_first_query_are_the_same_for_every_thread_and_agree_with_a_scan() throws Exception {
    // a fresh index, so that its segments are built here, by eight threads racing over the same days
    TimeIndex<org.cstokit.model.membership.Membership> index =
        TimeIndex.of(DATA.memberships(), org.cstokit.model.membership.Membership::period);
    java.util.List<LocalDate> days = new java.util.ArrayList<>();
    days.add(LocalDate.of(1900, 1, 1));
    for (LocalDate t : index.transitions()) {
      if (!t.equals(LocalDate.MIN) && !t.equals(LocalDate.MAX)) {
        days.add(t);
      }
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.List<java.util.concurrent.Future<java.util.List<Object>>> answers = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        answers.add(pool.submit(() -> {
          start.await();
          Object[] seen = new Object[days.size()];
          for (int k = 0; k < days.size(); k++) {
            int d = (k + offset * 7) % days.size();
            seen[d] = index.at(days.get(d));
          }
          return java.util.Arrays.asList(seen);
        }));
      }
      start.countDown();
      java.util.List<Object> first = answers.get(0).get();
      for (java.util.concurrent.Future<java.util.List<Object>> answer : answers) {
        java.util.List<Object> other = answer.get();
        for (int d = 0; d < days.size(); d++) {
          assertSame(first.get(d), other.get(d), "one segment instance for " + days.get(d));
        }
      }
      for (int d = 0; d < days.size(); d++) {
        // the oracle: each record's truth on the day from its period alone, as the index was built
        Map<org.cstokit.model.membership.Membership, Truth> expected = new LinkedHashMap<>();
        for (org.cstokit.model.membership.Membership m : DATA.memberships()) {
          Truth t = org.cstokit.model.time.Span.of(m.period()).truth(days.get(d));
          if (t != Truth.NO) {
            expected.put(m, t);
          }
        }
        assertEquals(expected, first.get(d), "on " + days.get(d));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
