package org.cstokit.model.time;

import static org.cstokit.model.time.Truth.NO;
import static org.cstokit.model.time.Truth.UNKNOWN;
import static org.cstokit.model.time.Truth.YES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class TruthMapTest {
  private static Map<String, Truth> sample() {
    Map<String, Truth> m = new LinkedHashMap<>();
    m.put("RUS", YES);
    m.put("ARM", UNKNOWN);
    m.put("UZB", NO);
    m.put("BLR", YES);
    m.put("KGZ", UNKNOWN);
    return m;
  }

  @Test
  void the_three_readings_keep_the_map_order() {
    TruthMap<String> t = TruthMap.copyOf(sample());
    assertEquals(List.of("RUS", "BLR"), List.copyOf(t.certain()));
    assertEquals(List.of("ARM", "KGZ"), List.copyOf(t.uncertain()));
    assertEquals(List.of("RUS", "ARM", "BLR", "KGZ"), List.copyOf(t.possible()));
    assertEquals(t.certain(), t.select(Policy.DEFINITELY));
    assertEquals(t.possible(), t.select(Policy.POSSIBLY));
    assertEquals(List.of("RUS", "ARM", "UZB", "BLR", "KGZ"), List.copyOf(t.keySet()));
    assertEquals(sample(), t);
    assertEquals(sample(), t.asImmutableMap());
    assertEquals(sample().hashCode(), t.hashCode());
  }

  @Test
  void a_missing_key_is_what_the_caller_says_it_is() {
    TruthMap<String> t = TruthMap.copyOf(sample());
    assertEquals(UNKNOWN, t.truth("ARM", NO));
    assertEquals(NO, t.truth("UZB", YES));
    assertEquals(NO, t.truth("SRB", NO));
    assertEquals(UNKNOWN, t.truth("SRB", UNKNOWN));
    assertNull(t.get("SRB"));
    assertThrows(NullPointerException.class, () -> t.truth("SRB", null));
    assertThrows(NullPointerException.class, () -> t.select(null));
  }

  @Test
  void it_is_immutable_and_copies_once() {
    TruthMap<String> t = TruthMap.copyOf(sample());
    assertThrows(UnsupportedOperationException.class, () -> t.put("SRB", YES));
    assertThrows(UnsupportedOperationException.class, () -> t.remove("RUS"));
    assertSame(t, TruthMap.copyOf(t));
    assertSame(TruthMap.of(), TruthMap.copyOf(Map.of()));
    assertEquals(0, TruthMap.<String>of().size());
    assertEquals(List.of(), List.copyOf(TruthMap.<String>of().possible()));
    assertThrows(NullPointerException.class, () -> TruthMap.copyOf(null));
  }

  @Test
  void law_certain_and_uncertain_split_the_possible_keys_and_no_keys_are_never_possible() {
    qt().forAll(lists().of(Generate.enumValues(Truth.class)).ofSizeBetween(0, 12), integers().between(0, 3))
        .checkAssert((truths, seed) -> {
          Map<Integer, Truth> m = new LinkedHashMap<>();
          for (int i = 0; i < truths.size(); i++) {
            m.put((i * 7 + seed) % 31, truths.get(i));
          }
          TruthMap<Integer> t = TruthMap.copyOf(m);
          List<Integer> possible = m.entrySet().stream().filter(e -> e.getValue() != NO).map(Map.Entry::getKey)
              .collect(Collectors.toList());
          assertEquals(possible, List.copyOf(t.possible()));
          assertEquals(m.entrySet().stream().filter(e -> e.getValue() == YES).map(Map.Entry::getKey).toList(),
              List.copyOf(t.certain()));
          assertEquals(m.entrySet().stream().filter(e -> e.getValue() == UNKNOWN).map(Map.Entry::getKey).toList(),
              List.copyOf(t.uncertain()));
          assertEquals(t.possible().size(), t.certain().size() + t.uncertain().size());
        });
  }
}
