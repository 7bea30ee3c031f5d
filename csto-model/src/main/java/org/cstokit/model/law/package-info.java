/**
 * Law: instruments (treaties, charters, protocols, agreements, leases, decisions) with their
 * parties, dates and terms, and the articles that carry typed provisions, summarised in our own
 * words.
 */
@CstoStyle
package org.cstokit.model.law;

import org.cstokit.model.CstoStyle;
