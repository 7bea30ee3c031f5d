/**
 * Memberships of states in organizations over time: legal status and its period, what began and
 * ended it and how it ended.
 */
@CstoStyle
package org.cstokit.model.membership;

import org.cstokit.model.CstoStyle;
