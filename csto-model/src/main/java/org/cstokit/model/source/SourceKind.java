package org.cstokit.model.source;

/** What kind of document a {@link Source} is. */
public enum SourceKind {
  /** A book-length study, such as the SSI monograph. */
  MONOGRAPH,
  /** A page of a web site. */
  WEB_PAGE,
  /** The text of a treaty or other legal instrument. */
  TREATY_TEXT,
  /** A database or data set (SIPRI, ATOP, COW). */
  DATABASE,
  /** A news item. */
  NEWS,
  /** A journal or magazine article. */
  ARTICLE
}
