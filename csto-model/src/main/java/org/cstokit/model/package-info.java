/**
 * The root of the CSTO Kit model: the project style, the common exception and the identifier
 * contract. Every value of the model is immutable, null-free and thread-safe.
 */
@CstoStyle
package org.cstokit.model;
