package org.cstokit.analytics.network;

/** What ties two states. */
public enum TieKind {
  /** One state operates a facility on the other's territory. */
  HOSTING,
  /** One state supplied arms to the other. */
  TRANSFER,
  /** Both took part in one exercise. */
  EXERCISE
}
