package org.cstokit.model.military;

/**
 * What kind of collective force it is.
 */
public enum ForceKind {
  /** A collective rapid reaction force (the CRRF). */
  RAPID_REACTION,
  /** A rapid deployment force (the KSBR TsAR). */
  RAPID_DEPLOYMENT,
  /** A regional grouping of forces. */
  REGIONAL_GROUPING,
  /** A peacekeeping force. */
  PEACEKEEPING,
  /** A joint or unified air defence system. */
  AIR_DEFENCE,
  /** A special-purpose force (counter-narcotics, emergencies). */
  SPECIAL_PURPOSE,
  /** Any other force. */
  OTHER;
}
