package org.cstokit.analytics.readme;

import java.io.PrintStream;
import org.cstokit.analytics.transfers.Transfers;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;

/** README snippet: items delivered per recipient (Appendix III table rows). */
final class TransfersPerRecipient {
  private TransfersPerRecipient() {}

  static void run(PrintStream out) {
    // README:start
    Dataset data = CstoData.bundled();
    Transfers.of(data).byRecipient().known().forEach((recipient, g) -> out.println(recipient + ": "
        + g.records() + " rows, ordered " + g.ordered().best() + ", delivered " + g.delivered()));
    // README:end
  }
}
