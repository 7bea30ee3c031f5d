package org.cstokit.examples;

import java.io.PrintStream;
import java.util.Locale;
import org.cstokit.analytics.network.Network;
import org.cstokit.analytics.network.StateShare;
import org.cstokit.data.CstoData;
import org.cstokit.model.actor.StateCode;

/** Example: the "bicycle wheel" — Russia's share of the ties between states, per decade. */
public final class NetworkHub {
  private NetworkHub() {}

  /**
   * Prints Russia's share per decade.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    for (StateShare s : Network.of(CstoData.bundled()).hubShare(StateCode.of("RUS")).values()) {
      out.println(s.period() + ": Russia in " + s.degree() + " tied pairs, share "
          + String.format(Locale.ROOT, "%.2f", s.share()) + ", of tie records " + String.format(Locale.ROOT, "%.2f", s.tieShare()));
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
