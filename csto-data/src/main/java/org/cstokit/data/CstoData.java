package org.cstokit.data;

/**
 * Entry point to the bundled data: the facts of "Assessing the Collective Security Treaty
 * Organization: Capabilities and Vulnerabilities" (Weitz, SSI 2018) and the public sources
 * listed in {@code sources.json}.
 */
public final class CstoData {
  private CstoData() {}

  private static final class Holder {
    // the cross-record checks of the bundled files run at build time, not here:
    // BundledDataTest proves that the files as packaged load to the same data set with them
    static final Dataset BUNDLED = new DataLoader(DataSource.bundled(), true, false).load();
  }

  /**
   * Returns the bundled data set, loaded once, lazily and thread-safely, on first use. Every
   * record is built and checked as {@link DataLoader} does; the cross-record checks (unique ids,
   * references, citations, overlaps) of the bundled files run when the library is built, so they
   * are not repeated here.
   *
   * @return the bundled data set
   * @throws DataLoadException if the bundled files are invalid (a packaging error)
   */
  public static Dataset bundled() {
    return Holder.BUNDLED;
  }
}
