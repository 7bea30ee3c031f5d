/** Internal helpers of the model; not API, may change without notice. */
@CstoStyle
package org.cstokit.model.internal;

import org.cstokit.model.CstoStyle;
