package org.cstokit.model.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.cstokit.model.law.Article;

/**
 * The id of an article of an instrument ({@link Article}), such as {@code art-charter-7}. Immutable and thread-safe.
 */
public final class ArticleId extends TypedId<Article> {
  private ArticleId(String value) {
    super(value);
  }

  /**
   * Returns the id of the given text.
   *
   * @param value a lower-case slug
   * @return the id
   * @throws org.cstokit.model.InvalidValueException if the text is not a slug
   */
  @JsonCreator
  public static ArticleId of(String value) {
    return new ArticleId(value);
  }

  @Override
  public Class<Article> recordType() {
    return Article.class;
  }
}
