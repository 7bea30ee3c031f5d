/**
 * The network of ties between states — one hosts another's facility, one supplies arms to the
 * other, both take part in one exercise — per period, with Freeman's degree centralisation and
 * each state's share of the ties: the monograph's "bicycle wheel" with Russia at the hub, as a
 * number per period. Graphs are JGraphT graphs. The entry point is
 * {@link org.cstokit.analytics.network.Network}.
 */
package org.cstokit.analytics.network;
