/**
 * Quantities as sources state them: "about 5,000", "more than 25,000", "60,000 to 70,000",
 * "12,700 declared" — a value with a {@link org.cstokit.model.quantity.Qualifier}, a
 * {@link org.cstokit.model.quantity.Basis}, optional bounds and a unit, and interval sums that
 * carry the uncertainty along.
 */
@CstoStyle
package org.cstokit.model.quantity;

import org.cstokit.model.CstoStyle;
