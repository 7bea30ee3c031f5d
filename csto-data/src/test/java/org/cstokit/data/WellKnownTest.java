package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.institution.RotationRule;
import org.cstokit.model.law.Instrument;
import org.cstokit.model.source.TypedId;
import org.junit.jupiter.api.Test;

class WellKnownTest {
  @Test
  void every_well_known_id_names_a_bundled_record_of_its_type() throws IllegalAccessException {
    Dataset data = CstoData.bundled();
    Map<String, Class<? extends org.cstokit.model.source.Fact>> types = new TreeMap<>(Map.of(
        "COLLECTIVE_SECURITY_COUNCIL", Organ.class,
        "SECRETARY_GENERAL_ROTATION", RotationRule.class,
        "CHAIR_ROTATION", RotationRule.class,
        "COLLECTIVE_SECURITY_TREATY", Instrument.class,
        "CHARTER", Instrument.class,
        "BASING_PROTOCOL", Instrument.class));
    Map<String, Class<? extends org.cstokit.model.source.Fact>> declared = new TreeMap<>();
    for (Field f : WellKnown.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof TypedId<?> id) {
        declared.put(f.getName(), id.recordType());
        assertEquals(id, data.get(id).id(), f.getName());
        assertEquals(types.get(f.getName()), data.get(id).getClass().getSuperclass(), f.getName());
      }
    }
    assertEquals(types, declared, "every constant is checked, and only those");
    assertEquals("2002-10-07", data.get(WellKnown.CHARTER).signed().orElseThrow().toString());
    assertEquals("1992-05-15",
        data.get(WellKnown.COLLECTIVE_SECURITY_TREATY).signed().orElseThrow().toString());
    assertEquals("2011-12-20", data.get(WellKnown.BASING_PROTOCOL).signed().orElseThrow().toString());
  }
}
