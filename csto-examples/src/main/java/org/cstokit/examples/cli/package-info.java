/**
 * The {@code csto} command-line tool: subcommands over the bundled data, the charter rules and
 * the aggregates, printing aligned text tables for people and JSON or CSV for programs.
 */
package org.cstokit.examples.cli;
