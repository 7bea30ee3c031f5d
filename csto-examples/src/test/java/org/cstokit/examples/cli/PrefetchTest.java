package org.cstokit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import org.cstokit.data.CstoData;
import org.cstokit.data.DataLoadException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrefetchTest {
  @AfterEach
  void forget() {
    Prefetch.reset();
  }

  @Test
  void a_subcommand_over_the_data_starts_the_load_and_help_version_typos_and_the_tour_do_not() {
    assertTrue(Prefetch.readsData(new String[] {"members", "--on", "2010-06-01"}));
    assertTrue(Prefetch.readsData(new String[] {"transfers", "--recipient", "KAZ", "--by", "category"}));
    assertTrue(Prefetch.readsData(new String[] {"--format", "json", "audit"}));
    assertFalse(Prefetch.readsData(new String[] {}));
    assertFalse(Prefetch.readsData(new String[] {"--help"}));
    assertFalse(Prefetch.readsData(new String[] {"--version"}));
    assertFalse(Prefetch.readsData(new String[] {"-V"}));
    assertFalse(Prefetch.readsData(new String[] {"membres"}));
    assertFalse(Prefetch.readsData(new String[] {"members", "--help"}));
    assertFalse(Prefetch.readsData(new String[] {"members", "-h"}));
    assertFalse(Prefetch.readsData(new String[] {"tour"}));
    assertFalse(Prefetch.readsData(new String[] {"@args.txt"}));
  }

  @Test
  void without_a_load_started_the_subcommand_loads_the_bundled_data_itself() {
    assertSame(CstoData.bundled(), Prefetch.data());
  }

  @Test
  void the_subcommand_waits_for_the_load_started_ahead_and_gets_its_data_set() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    assertTrue(Prefetch.start(new String[] {"members"}, () -> {
      release.await();
      return CstoData.bundled();
    }));
    Thread opener = new Thread(release::countDown);
    opener.start();
    assertSame(CstoData.bundled(), Prefetch.data());
    opener.join();
  }

  @Test
  void a_failed_load_reaches_the_subcommand_as_the_same_exception_or_error() {
    DataLoadException failure = new DataLoadException(DataLoadException.Kind.INVALID_DATA,
        java.util.List.of(new org.cstokit.data.Problem("states.json", "x", "code", "bad")));
    Prefetch.start(new String[] {"members"}, () -> {
      throw failure;
    });
    assertSame(failure, assertThrows(DataLoadException.class, Prefetch::data));
    ExceptionInInitializerError error = new ExceptionInInitializerError(failure);
    Prefetch.start(new String[] {"members"}, () -> {
      throw error;
    });
    assertSame(error, assertThrows(ExceptionInInitializerError.class, Prefetch::data));
  }

  @Test
  void arguments_that_do_not_read_the_data_start_nothing() {
    assertFalse(Prefetch.start(new String[] {"--help"}, () -> {
      throw new AssertionError("must not run");
    }));
    assertSame(CstoData.bundled(), Prefetch.data());
    assertEquals(false, Prefetch.start(new String[] {"tour"}));
  }
}
