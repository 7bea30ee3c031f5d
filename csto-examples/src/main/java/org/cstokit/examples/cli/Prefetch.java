package org.cstokit.examples.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;

/**
 * Loads the bundled data set ahead, on a daemon thread, while picocli builds and parses the
 * command line: the tool's start-up and the load then overlap on a machine with two cores or
 * more. Started by {@link Csto#main} only, when the arguments reach a subcommand that reads the
 * data and ask for no help or version (which answer without it); otherwise the subcommand loads
 * the data itself, as before. Either way the subcommand sees the same data set, and the same
 * exception or error if the load fails.
 */
final class Prefetch {
  private static volatile FutureTask<Dataset> started;

  private Prefetch() {}

  /**
   * Starts loading the bundled data on a daemon thread if the arguments call for it.
   *
   * @param args the tool's arguments
   * @return whether the load was started
   */
  static boolean start(String[] args) {
    return start(args, new Bundled());
  }

  /** As {@link #start(String[])}, with the load given (for tests). */
  static boolean start(String[] args, Callable<Dataset> load) {
    if (!readsData(args)) {
      return false;
    }
    FutureTask<Dataset> task = new FutureTask<>(load);
    Thread thread = new Thread(task, "csto-data");
    thread.setDaemon(true);
    started = task;
    thread.start();
    return true;
  }

  /**
   * Whether these arguments run a subcommand that reads the data: one of them names such a
   * subcommand (every one but {@code tour}), none is an argument file ({@code @file}), and none
   * may ask for help or the version (an option holding {@code h} or {@code V}).
   */
  static boolean readsData(String[] args) {
    for (String a : args) {
      if (Usage.isArgumentFile(a) || Usage.mayAskHelp(a) || a.startsWith("-") && a.indexOf('V') > 0) {
        return false;
      }
    }
    String reached = Usage.reached(args);
    return reached != null && !reached.equals("tour");
  }

  /**
   * The bundled data set: what the load started ahead gave, or else {@link CstoData#bundled()}.
   *
   * @return the data set
   */
  static Dataset data() {
    FutureTask<Dataset> task = started;
    if (task == null) {
      return CstoData.bundled();
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          // the load's own exception or error, as the subcommand would have met it loading itself
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error r) {
            throw r;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Forgets a load started ahead (for tests). */
  static void reset() {
    started = null;
  }

  /** The load of the bundled data, as a class rather than a method reference (no bootstrap at start-up). */
  private static final class Bundled implements Callable<Dataset> {
    @Override
    public Dataset call() {
      return CstoData.bundled();
    }
  }
}
