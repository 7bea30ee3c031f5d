/**
 * QuickTheories generators for property tests written against CSTO Kit: {@link
 * org.cstokit.testing.Generators} for every model value, {@link org.cstokit.testing.Scenarios}
 * for the situations charter rules are about (vote profiles, basing proposals, membership
 * histories), and {@link org.cstokit.testing.Worlds} for whole random data sets and scans of a
 * data set's raw records that give tests their expected values independently of the rules.
 */
package org.cstokit.testing;
