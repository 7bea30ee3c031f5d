package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Source;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.source.SourceKind;
import org.cstokit.testing.Generators;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Truth;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The horizon rule over generated data sets: memberships with random periods cite sources with
 * random horizons (and citations with random confirmation dates), and {@code asOf} must agree with
 * an oracle written here from the definition, on any day.
 */
class HorizonProperties {
  /** A generated data set: memberships with unique ids and one source per cited source id. */
  record Generated(Dataset data, List<Membership> memberships, Map<SourceId, Source> sources) {}

  static Gen<Generated> dataSets() {
    Gen<List<Membership>> ms = lists().of(Generators.memberships()).ofSizeBetween(1, 8);
    Gen<Integer> years = integers().between(1990, 2030);
    return in -> {
      Map<String, Membership> unique = new LinkedHashMap<>();
      for (Membership m : ms.generate(in)) {
        unique.putIfAbsent(m.id().value(), m);
      }
      List<Membership> list = new ArrayList<>(unique.values());
      Map<SourceId, Source> sources = new TreeMap<>();
      for (Membership m : list) {
        for (Citation c : m.citations()) {
          sources.computeIfAbsent(c.source(), id -> {
            int year = years.generate(in);
            return Source.builder().id(id).title("t").publisher("p").year(year).knownAsOf(PartialDate.of(year))
                .kind(SourceKind.NEWS).build();
          });
        }
      }
      Map<Family<?>, List<?>> records = new TreeMap<>();
      records.put(Family.SOURCES, new ArrayList<>(sources.values()));
      records.put(Family.MEMBERSHIPS, list);
      return new Generated(Dataset.of("generated", records), list, sources);
    };
  }

  /** The last day a membership's citations speak for, from the definition. */
  static LocalDate lastDay(Membership m, Map<SourceId, Source> sources) {
    LocalDate best = LocalDate.MIN;
    for (Citation c : m.citations()) {
      LocalDate d = c.asOf().orElse(sources.get(c.source()).knownAsOf()).earliest();
      best = d.isAfter(best) ? d : best;
    }
    return best;
  }

  static Truth oracle(Membership m, Map<SourceId, Source> sources, LocalDate day) {
    Truth t = m.period().contains(day);
    return t == Truth.YES && day.isAfter(lastDay(m, sources)) ? Truth.UNKNOWN : t;
  }

  @Test
  void as_of_agrees_with_the_definition_of_the_horizon_rule_on_generated_data() {
    qt().withExamples(400).forAll(dataSets(), Generators.days()).checkAssert((g, day) -> {
      Map<Membership, Truth> expected = new LinkedHashMap<>();
      g.memberships().stream().sorted(java.util.Comparator.comparing(m -> m.id().value())).forEach(m -> {
        Truth t = oracle(m, g.sources(), day);
        if (t != Truth.NO) {
          expected.put(m, t);
        }
      });
      assertEquals(expected, g.data().asOf(day).memberships(), "on " + day);
    });
  }

  @Test
  void after_every_horizon_no_open_ended_record_is_certain_on_generated_data() {
    qt().withExamples(400).forAll(dataSets(), integers().between(1, 20_000)).checkAssert((g, offset) -> {
      LocalDate last = g.memberships().stream().map(m -> lastDay(m, g.sources())).max(LocalDate::compareTo).orElseThrow();
      LocalDate day = last.plusDays(offset);
      g.data().asOf(day).memberships().forEach((m, t) -> {
        if (m.period().isOpen()) {
          assertNotEquals(Truth.YES, t, m.id() + " on " + day);
        }
      });
    });
  }

  @Test
  void a_family_without_a_declared_horizon_is_complete_up_to_the_latest_horizon_of_its_records() {
    qt().withExamples(200).forAll(dataSets()).checkAssert(g -> {
      LocalDate last = g.memberships().stream().map(m -> lastDay(m, g.sources())).max(LocalDate::compareTo).orElseThrow();
      assertEquals(last, g.data().horizon(Family.MEMBERSHIPS));
    });
  }
}
