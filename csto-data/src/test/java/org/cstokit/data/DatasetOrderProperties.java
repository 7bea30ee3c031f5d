package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.Source;
import org.junit.jupiter.api.Test;

/**
 * The one place where input order is tested: {@link Dataset#of} hands every family back sorted by
 * id, whatever order its records came in. Every aggregate reads families through a data set, so
 * this law is why none of them can depend on the order of the input records, and why their own
 * tests do not re-check it.
 */
class DatasetOrderProperties {
  private static final Dataset DATA = CstoData.bundled();

  private static String id(Object record) {
    return record instanceof Source s ? s.id().value() : ((Fact) record).id().value();
  }

  @Test
  void a_data_set_built_from_shuffled_records_holds_every_family_sorted_by_id_and_equal_to_the_original() {
    // the records are shuffled with a seed QuickTheories generates, so a failure names it
    qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      Map<Family<?>, List<?>> shuffled = new TreeMap<>();
      for (Family<?> f : Family.values()) {
        List<Object> list = new ArrayList<>(DATA.records(f));
        Collections.shuffle(list, random);
        shuffled.put(f, list);
      }
      Dataset built = Dataset.of("shuffled", shuffled);
      for (Family<?> f : Family.values()) {
        List<?> records = built.records(f);
        for (int i = 1; i < records.size(); i++) {
          assertTrue(id(records.get(i - 1)).compareTo(id(records.get(i))) < 0,
              f + ": " + id(records.get(i - 1)) + " before " + id(records.get(i)));
        }
        assertEquals(DATA.records(f), records, f.toString());
      }
    });
  }
}
