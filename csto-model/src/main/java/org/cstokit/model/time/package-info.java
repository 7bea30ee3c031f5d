/**
 * Time as the sources give it: {@link org.cstokit.model.time.PartialDate} (a year, a month or a
 * day), half-open {@link org.cstokit.model.time.Period}s, and answers in three values
 * ({@link org.cstokit.model.time.Truth}) when a coarse date cannot decide a question.
 */
@CstoStyle
package org.cstokit.model.time;

import org.cstokit.model.CstoStyle;
