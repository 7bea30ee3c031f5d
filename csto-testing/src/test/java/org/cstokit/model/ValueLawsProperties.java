package org.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cstokit.testing.Generators;
import org.cstokit.model.testing.JsonMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/** Laws every value type of the model obeys: JSON round trip and equals/hashCode. */
class ValueLawsProperties {

  private static String typeName(Gen<?> gen) {
    List<Object> one = new ArrayList<>();
    qt().withExamples(1).forAll(gen).checkAssert(one::add);
    return JsonMapper.modelType(one.get(0)).getSimpleName();
  }

  @TestFactory
  Stream<DynamicTest> every_value_type_survives_a_json_round_trip_for_1000_generated_values() {
    return Generators.all().stream().map(gen -> DynamicTest.dynamicTest(typeName(gen) + " round-trips", () ->
        qt().withExamples(1000).forAll(gen).checkAssert(v -> {
          Object back = JsonMapper.roundTrip(v);
          assertEquals(v, back, () -> "round trip of " + JsonMapper.write(v));
          assertEquals(JsonMapper.write(v), JsonMapper.write(back));
        })));
  }

  @TestFactory
  Stream<DynamicTest> every_value_type_has_consistent_equals_and_hash_code() {
    return Generators.all().stream().map(gen -> DynamicTest.dynamicTest(typeName(gen) + " equals", () -> {
      Set<Object> distinct = new LinkedHashSet<>();
      qt().withExamples(30).forAll(gen).checkAssert(distinct::add);
      EqualsTester tester = new EqualsTester();
      for (Object v : distinct) {
        tester.addEqualityGroup(v, JsonMapper.roundTrip(v));
      }
      tester.testEquals();
    }));
  }
}
