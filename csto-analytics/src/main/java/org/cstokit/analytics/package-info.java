/** Aggregates and charter-rule checks over a CSTO Kit data set; pure functions, immutable results. */
package org.cstokit.analytics;
