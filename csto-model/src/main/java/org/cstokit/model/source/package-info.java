/**
 * Provenance: {@link org.cstokit.model.source.Source}s, the
 * {@link org.cstokit.model.source.Citation}s every fact carries,
 * {@link org.cstokit.model.source.Dispute}s that keep other values instead of dropping them, and
 * the {@link org.cstokit.model.source.Fact} contract every fact record implements.
 */
@CstoStyle
package org.cstokit.model.source;

import org.cstokit.model.CstoStyle;
