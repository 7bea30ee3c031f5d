package org.cstokit.analytics.readme;

import java.io.PrintStream;
import java.util.Locale;
import org.cstokit.analytics.network.ExerciseTies;
import org.cstokit.analytics.network.Network;
import org.cstokit.analytics.network.PeriodSummary;
import org.cstokit.analytics.network.StateShare;
import org.cstokit.analytics.network.TieKind;
import org.cstokit.data.CstoData;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;

/** README snippet: Russia's share of the ties per decade, and the network's centralisation. */
final class RussiaHubShare {
  private RussiaHubShare() {}

  static void run(PrintStream out) {
    // README:start
    Dataset data = CstoData.bundled();
    StateCode russia = StateCode.of("RUS");
    Network decades = Network.of(data);
    for (PeriodSummary p : decades.periods().values()) {
      StateShare s = decades.shares().get(p.period(), russia);
      out.println(String.format(Locale.ROOT, "%s all ties: %d states, %d pairs, centralization %.2f;"
          + " Russia in %d of %d pairs (%.2f) and %d of %d tie records (%.2f)", p.period(), p.states(),
          p.pairs(), p.centralization(), s.degree(), p.pairs(), s.share(), s.ties(), p.ties(), s.tieShare()));
    }
    for (StateShare s : decades.kinds(TieKind.HOSTING, TieKind.TRANSFER).hubShare(russia).values()) {
      out.println(String.format(Locale.ROOT, "%s bases and arms only: Russia in %.2f of pairs",
          s.period(), s.share()));
    }
    for (StateShare s : decades.exerciseTies(ExerciseTies.HOST_TO_PARTICIPANTS).hubShare(russia).values()) {
      out.println(String.format(Locale.ROOT, "%s exercises tie host to participants: Russia in %.2f of pairs",
          s.period(), s.share()));
    }
    // README:end
  }
}
