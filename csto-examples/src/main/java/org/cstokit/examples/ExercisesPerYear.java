package org.cstokit.examples;

import java.io.PrintStream;
import org.cstokit.analytics.exercises.ExerciseGroup;
import org.cstokit.analytics.exercises.Exercises;
import org.cstokit.analytics.exercises.ViennaCheck;
import org.cstokit.data.CstoData;

/** Example: exercises per year with their personnel, and the Vienna Document check. */
public final class ExercisesPerYear {
  private ExercisesPerYear() {}

  /**
   * Prints exercises per year and the flagged exercises.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    for (ExerciseGroup g : Exercises.perYear(CstoData.bundled())) {
      out.println(g.key() + ": " + g.exercises() + " exercises, personnel " + g.personnel());
    }
    for (ViennaCheck v : Exercises.viennaCheck(CstoData.bundled())) {
      if (v.flagged()) {
        out.println("flagged: " + v.name() + " declared " + v.declared().get().toPlainString() + ", estimated "
            + v.estimated().get().toPlainString());
      }
    }
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
