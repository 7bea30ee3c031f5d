/**
 * Collective forces and their strengths over time, the units members assign to them, military
 * facilities abroad, exercises and operations.
 */
@CstoStyle
package org.cstokit.model.military;

import org.cstokit.model.CstoStyle;
