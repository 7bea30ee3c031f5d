/**
 * Offices of organizations and states, the tenures of their holders, and rotation rules that yield
 * the expected holder of a rotating office.
 */
@CstoStyle
package org.cstokit.model.institution;

import org.cstokit.model.CstoStyle;
