/**
 * Actors: states by their ISO codes, organizations and their organs with their decision
 * procedures, and persons with the spellings sources give their names.
 */
@CstoStyle
package org.cstokit.model.actor;

import org.cstokit.model.CstoStyle;
