package org.cstokit.examples.cli;

/**
 * The texts of the tool's help that the root's help shows: the tool's version, description and
 * footer, and each subcommand's name and description. The annotations of {@link Csto} and of the
 * subcommands read them, and so does {@link Csto#commandLine}, which builds the root and the
 * subcommands the arguments do not reach without reading an annotation.
 */
final class Usage {
  private Usage() {}

  /** The version the tool prints. */
  static final String VERSION = "csto 0.1.0-SNAPSHOT";

  /** The tool's description. */
  static final String DESCRIPTION = "Facts and charter rules of the Collective Security Treaty Organization (CSTO).";

  /**
   * The footer of the root's help, one line per element: the annotation of {@link Csto} spells
   * out the same lines, since an annotation cannot read an array constant.
   */
  static final String[] FOOTER = {"", "Examples:", "  csto members --on 2010-06-01",
      "  csto basing --host KGZ --guest USA --objection RUS", "  csto rotation secretary-general --from 2017 --to 2035",
      "  csto office secretary-general --on 2021-06-01"};

  /** The description of {@code csto tour}. */
  static final String TOUR = "A short tour of the model: partial dates, three-valued answers, quantities.";

  /** The description of {@code csto members}. */
  static final String MEMBERS = "Members and observers of an organization on a day, each YES or UNKNOWN.";

  /** The description of {@code csto state}. */
  static final String STATE = "A state: names, codes and every membership recorded.";

  /** The description of {@code csto basing}. */
  static final String BASING = "Could a member host another state's forces, and who could block it?";

  /** The description of {@code csto defence}. */
  static final String DEFENCE = "Does an attack oblige the other members to assist (Treaty Article 4)? Assistance"
      + " follows a Council decision by consensus.";

  /** The description of {@code csto intervention}. */
  static final String INTERVENTION = "Could collective forces act inside a member, or out of area?";

  /** The description of {@code csto rotation}. */
  static final String ROTATION = "The expected holders of a rotating office, and the deviations of practice.";

  /** The description of {@code csto office}. */
  static final String OFFICE = "Who held the Secretary General's post or the chair on a day (YES, or UNKNOWN past the"
      + " sources' horizon), and who the rotation rule expects.";

  /** The description of {@code csto audit}. */
  static final String AUDIT = "Every recorded decision and request checked against the rules.";

  /** The description of {@code csto sources}. */
  static final String SOURCES = "The documents the data cites, with how many records cite each.";

  /** The description of {@code csto transfers}. */
  static final String TRANSFERS = "Russian arms transfers to the other members, listed or grouped.";

  /** The description of {@code csto exercises}. */
  static final String EXERCISES = "Exercises, listed or grouped, and the Vienna Document check.";

  /** The description of {@code csto facilities}. */
  static final String FACILITIES = "Foreign military facilities, optionally of one host.";

  /** The description of {@code csto network}. */
  static final String NETWORK = "Ties between states (bases, transfers, exercises) per period: centralisation and shares.";

  /** The description of {@code csto export}. */
  static final String EXPORT = "Export a data family or an aggregate table as CSV or JSON.";

  /** The description of {@code csto report}. */
  static final String REPORT = "Write one self-contained HTML file with seven SVG charts of the data (no network, no scripts).";

  /** Each subcommand's name and description, in the order of the root's help. */
  static final String[][] SUBCOMMANDS = {
      {"tour", TOUR},
      {"members", MEMBERS},
      {"state", STATE},
      {"basing", BASING},
      {"defence", DEFENCE},
      {"intervention", INTERVENTION},
      {"rotation", ROTATION},
      {"office", OFFICE},
      {"audit", AUDIT},
      {"sources", SOURCES},
      {"transfers", TRANSFERS},
      {"exercises", EXERCISES},
      {"facilities", FACILITIES},
      {"network", NETWORK},
      {"export", EXPORT},
      {"report", REPORT}};

  /**
   * The subcommand these arguments reach: the first argument that names one (no option of the root
   * takes a value), or null.
   */
  static String reached(String[] args) {
    for (String a : args) {
      for (String[] sub : SUBCOMMANDS) {
        if (a.equals(sub[0])) {
          return a;
        }
      }
    }
    return null;
  }

  /** Whether an argument may ask for help: an option holding an {@code h} ({@code -h}, {@code --help}, {@code -hV}). */
  static boolean mayAskHelp(String arg) {
    return arg.startsWith("-") && arg.indexOf('h') > 0;
  }

  /** Whether an argument is an argument file ({@code @file}), which may name any subcommand. */
  static boolean isArgumentFile(String arg) {
    return arg.startsWith("@");
  }
}
