package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** {@code asOf} agrees with a brute-force scan of every record, on random days 1990–2030. */
class AsOfProperties {
  private static final Dataset DATA = CstoData.bundled();
  private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
  private static final Gen<LocalDate> DAYS = integers().between(0, (int) (LocalDate.of(2030, 12, 31).toEpochDay() - FIRST.toEpochDay()))
      .map(d -> FIRST.plusDays(d));

  static <T> Map<T, Truth> scan(Collection<T> records, Function<T, Period> period, LocalDate day) {
    Map<T, Truth> out = new LinkedHashMap<>();
    for (T r : records) {
      Truth t = period.apply(r).contains(day);
      if (t != Truth.NO) {
        out.put(r, t);
      }
    }
    return out;
  }

  @Test
  void memberships_tenures_facilities_and_instruments_agree_with_a_scan() {
    qt().withExamples(2000).forAll(DAYS).checkAssert(day -> {
      Snapshot s = DATA.asOf(day);
      assertEquals(scan(DATA.memberships(), m -> m.period(), day), s.memberships(), "memberships on " + day);
      assertEquals(scan(DATA.tenures(), t -> t.period(), day), s.tenures(), "tenures on " + day);
      assertEquals(scan(DATA.facilities().stream().filter(f -> f.operatingPeriod().isPresent())
              .collect(java.util.stream.Collectors.toList()), f -> f.operatingPeriod().get(), day), s.facilities());
      assertEquals(scan(DATA.instruments().stream().filter(i -> i.inForcePeriod().isPresent())
              .collect(java.util.stream.Collectors.toList()), i -> i.inForcePeriod().get(), day), s.instrumentsInForce());
    });
  }

  @Test
  void a_time_index_agrees_with_a_scan_on_its_transition_days_and_their_neighbours() {
    TimeIndex<org.cstokit.model.membership.Membership> index = DATA.membershipIndex();
    for (LocalDate t : index.transitions()) {
      for (LocalDate day : new LocalDate[] {t.minusDays(1), t, t.plusDays(1)}) {
        assertEquals(ImmutableMap.copyOf(scan(DATA.memberships(), m -> m.period(), day)), index.at(day), "on " + day);
      }
      assertEquals(java.util.Optional.of(t), index.previousChange(t));
      index.nextChange(t).ifPresent(n -> assertEquals(true, n.isAfter(t)));
    }
  }
}
