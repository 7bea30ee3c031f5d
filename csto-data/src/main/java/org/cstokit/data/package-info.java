/**
 * The bundled data of CSTO Kit: the facts of the source monograph as validated JSON inside the
 * jar, loaded all or nothing into an immutable {@link org.cstokit.data.Dataset}.
 */
package org.cstokit.data;
