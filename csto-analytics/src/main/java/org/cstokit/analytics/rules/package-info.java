/**
 * The CSTO's charter rules as pure functions returning a {@link org.cstokit.analytics.rules.Verdict}:
 * consensus decisions, third-state basing, collective defence (Treaty Article 4), the use of
 * collective forces, membership, the rotation of the Secretary General and of the chair, and an
 * audit of the recorded decisions. Legal outcomes are verdicts, never exceptions; malformed input
 * (an unknown state, a date before the organization existed) is an
 * {@link java.lang.IllegalArgumentException} naming the argument.
 */
package org.cstokit.analytics.rules;
