package org.cstokit.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.TruthMap;
import org.junit.jupiter.api.Test;

/** The member sets the rules read, computed once per member map. */
class MemberSetsTest {
  static final StateCode ARM = StateCode.of("ARM");
  static final StateCode BLR = StateCode.of("BLR");
  static final StateCode KAZ = StateCode.of("KAZ");
  static final StateCode RUS = StateCode.of("RUS");
  static final StateCode UZB = StateCode.of("UZB");

  @Test
  void the_sets_split_a_map_by_truth_in_code_order_whatever_its_order() {
    Map<StateCode, Truth> m = new LinkedHashMap<>();
    m.put(RUS, Truth.YES);
    m.put(UZB, Truth.UNKNOWN);
    m.put(BLR, Truth.NO);
    m.put(ARM, Truth.YES);
    m.put(KAZ, Truth.UNKNOWN);
    MemberSets sets = MemberSets.of(TruthMap.copyOf(m));
    assertEquals(List.of(ARM, RUS), List.copyOf(sets.certain()));
    assertEquals(List.of(KAZ, UZB), List.copyOf(sets.uncertain()));
    assertEquals(List.of(RUS), List.copyOf(sets.certainOtherThan(ARM)));
    assertEquals(List.of(ARM), List.copyOf(sets.certainOtherThan(RUS)));
    assertEquals(List.of(ARM, RUS), List.copyOf(sets.certainOtherThan(KAZ)));
    assertSame(sets.certainOtherThan(ARM), sets.certainOtherThan(ARM));
    MemberSets none = MemberSets.of(TruthMap.of());
    assertEquals(List.of(), List.copyOf(none.certain()));
    assertEquals(List.of(), List.copyOf(none.uncertain()));
  }

  @Test
  void a_snapshots_map_is_read_once_and_an_equal_map_of_its_own_is_read_again() {
    Dataset data = CstoData.bundled();
    TruthMap<StateCode> members = data.asOf(LocalDate.of(2016, 10, 14)).members(Alliance.CSTO);
    assertSame(MemberSets.of(members), MemberSets.of(data.asOf(LocalDate.of(2016, 10, 14)).members(Alliance.CSTO)));
    assertSame(MemberSets.of(members).certain(), MemberSets.of(members).certain());
    TruthMap<StateCode> copy = TruthMap.copyOf(new LinkedHashMap<>(members));
    assertNotSame(MemberSets.of(members), MemberSets.of(copy), "keyed by identity, not by equality");
    assertEquals(MemberSets.of(members).certain(), MemberSets.of(copy).certain());
    assertEquals(members.certain(), MemberSets.of(members).certain());
  }
}
