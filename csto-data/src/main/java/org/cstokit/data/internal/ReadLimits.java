package org.cstokit.data.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The parser's limits for data files, shared by the general path's mapper ({@link Json}) and the
 * fast reader, so that both refuse the same files. A class of its own: reading it loads no data
 * binding, which {@link Json} does.
 */
public final class ReadLimits {
  /**
   * Limits against hostile input that do not refuse honest large files (a long summary, a user's
   * file of a million transfers); a figure is bounded further by the model's quantities.
   */
  public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(100).maxDocumentLength(2_000_000_000L).build();

  private ReadLimits() {}
}
