/**
 * The self-contained HTML report: one XHTML5 file with inline SVG charts of the bundled data
 * (membership, offices and their rotation, arms transfers, the CRRF, exercises, foreign military
 * presence and Russia's place in the network). The entry point is
 * {@link org.cstokit.examples.report.Report}; the file needs no network and no scripts, parses as
 * XML, and every plotted data point carries its values in {@code data-*} attributes.
 */
package org.cstokit.examples.report;
