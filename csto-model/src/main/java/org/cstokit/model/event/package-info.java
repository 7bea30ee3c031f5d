/**
 * Events (crises, requests for assistance, deployments, appointments, withdrawals) and decisions
 * of organs with each member's position and the outcome the source reports.
 */
@CstoStyle
package org.cstokit.model.event;

import org.cstokit.model.CstoStyle;
