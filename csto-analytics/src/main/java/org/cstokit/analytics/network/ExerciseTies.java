package org.cstokit.analytics.network;

/**
 * How a multilateral exercise becomes ties between states: the one method choice the network's
 * figures rest on. An exercise is a hyperedge (one event, many states); a network of pairs must
 * project it, and the projections disagree on how central the most frequent participant is.
 *
 * <p>With {@code k} participants: {@link #ALL_PAIRS} gives {@code k(k-1)/2} pairs and ties the
 * smaller members to one another, which lowers a hub's share of the pairs as drills grow;
 * {@link #HOST_TO_PARTICIPANTS} gives at most {@code k-1} pairs per host and keeps the hosting
 * state at the centre of its exercises. Neither weighs an exercise by its size; a third common
 * choice, leaving exercises out, is the kind set {@code {HOSTING, TRANSFER}}.
 */
public enum ExerciseTies {
  /**
   * Every pair of participants is tied (the clique projection used in co-membership and
   * co-authorship networks). The default.
   */
  ALL_PAIRS,
  /**
   * Each recorded host is tied to every other participant (a star around each host), as when an
   * exercise is read as the host's invitation; an exercise without a recorded host gives no tie.
   */
  HOST_TO_PARTICIPANTS
}
