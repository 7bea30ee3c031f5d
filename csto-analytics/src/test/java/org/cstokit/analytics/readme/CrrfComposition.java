package org.cstokit.analytics.readme;

import java.io.PrintStream;
import org.cstokit.analytics.forces.CompositionRow;
import org.cstokit.analytics.forces.Forces;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;

/** README snippet: the CRRF's units by member and agency. */
final class CrrfComposition {
  private CrrfComposition() {}

  static void run(PrintStream out) {
    // README:start
    Dataset data = CstoData.bundled();
    for (CompositionRow r : Forces.crrfComposition(data).values()) {
      out.println(r.state().value() + " " + r.agency() + ": " + r.units() + " unit(s), size "
          + (r.size().unknown() == r.units() ? "not stated" : r.size().toString()));
    }
    // README:end
  }
}
