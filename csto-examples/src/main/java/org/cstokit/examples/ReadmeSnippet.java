package org.cstokit.examples;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs one README snippet by name ({@code consensus}, {@code basing}, …), for the tests and for
 * readers who want to see one output: {@code java -cp csto-examples/target/csto.jar
 * org.cstokit.examples.ReadmeSnippet basing}.
 */
public final class ReadmeSnippet {
  private ReadmeSnippet() {}

  /** The snippets of the README by name. */
  static final Map<String, Consumer<PrintStream>> SNIPPETS = Map.of(
      "quick-start", QuickStart::run,
      "horizon", QuickStart::horizon,
      "consensus", CharterRules::consensus,
      "basing", CharterRules::basing,
      "defence", CharterRules::defence,
      "intervention", CharterRules::intervention,
      "membership", CharterRules::membership,
      "rotation", CharterRules::rotation,
      "audit", CharterRules::audit);

  /**
   * Prints the output of one snippet.
   *
   * @param args the snippet's name
   */
  public static void main(String[] args) {
    if (args.length != 1 || !SNIPPETS.containsKey(args[0])) {
      System.err.println("usage: ReadmeSnippet NAME, NAME one of " + new java.util.TreeSet<>(SNIPPETS.keySet()));
      System.exit(2);
    }
    SNIPPETS.get(args[0]).accept(System.out);
  }
}
