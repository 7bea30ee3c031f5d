/** Runnable examples of CSTO Kit; {@link org.cstokit.examples.Tour} is the main example. */
package org.cstokit.examples;
