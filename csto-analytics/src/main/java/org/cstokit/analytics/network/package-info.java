/**
 * The network of ties between states — one hosts another's facility, one supplies arms to the
 * other, both take part in one exercise — per span of years, with Freeman's degree
 * centralisation and each state's share of the ties: the monograph's "bicycle wheel" with Russia
 * at the hub, as a number per period. A query value,
 * {@code Network.of(data).spans(…).kinds(…).exerciseTies(…)}, answers with results keyed by
 * {@link org.cstokit.model.time.YearSpan} and state. Graphs are JGraphT graphs. The entry point is
 * {@link org.cstokit.analytics.network.Network}.
 */
package org.cstokit.analytics.network;
