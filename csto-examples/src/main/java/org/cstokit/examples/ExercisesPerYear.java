package org.cstokit.examples;

import java.io.PrintStream;
import org.cstokit.analytics.exercises.Exercises;
import org.cstokit.analytics.exercises.ViennaCheck;
import org.cstokit.analytics.exercises.ViennaFlag;
import org.cstokit.analytics.exercises.ViennaThresholds;
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
    Exercises.perYear(CstoData.bundled()).forEach((year, g) ->
        out.println(year + ": " + g.exercises() + " exercises, personnel " + g.personnel()));
    for (ViennaCheck v : Exercises.viennaCheck(CstoData.bundled(), ViennaThresholds.VIENNA_DOCUMENT_2011)) {
      if (v.flag() == ViennaFlag.UNDERSTATED) {
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
