/**
 * Arms transfers after the fields of the SIPRI trade register, with the terms of the deal and the
 * table row each record came from.
 */
@CstoStyle
package org.cstokit.model.transfer;

import org.cstokit.model.CstoStyle;
