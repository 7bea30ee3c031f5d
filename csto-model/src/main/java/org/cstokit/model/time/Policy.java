package org.cstokit.model.time;

/**
 * How to turn a three-valued {@link Truth} into a plain boolean when a caller needs one.
 */
public enum Policy {
  /** Only {@link Truth#YES} counts as true: "certainly". */
  DEFINITELY,
  /** {@link Truth#YES} and {@link Truth#UNKNOWN} count as true: "possibly". */
  POSSIBLY
}
