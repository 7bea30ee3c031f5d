package org.cstokit.data;

/**
 * Entry point to the bundled data: the facts of "Assessing the Collective Security Treaty
 * Organization: Capabilities and Vulnerabilities" (Weitz, SSI 2018) and the public sources
 * listed in {@code sources.json}.
 */
public final class CstoData {
  private CstoData() {}

  private static final class Holder {
    static final Dataset BUNDLED = new DataLoader(DataSource.bundled()).load();
  }

  /**
   * Returns the bundled data set, loaded and validated once, lazily and thread-safely, on first
   * use.
   *
   * @return the bundled data set
   * @throws DataLoadException if the bundled files are invalid (a packaging error)
   */
  public static Dataset bundled() {
    return Holder.BUNDLED;
  }
}
