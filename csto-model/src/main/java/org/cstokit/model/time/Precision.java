package org.cstokit.model.time;

/** How precisely a {@link PartialDate} is known. */
public enum Precision {
  /** Only the year is known ({@code 2006}). */
  YEAR,
  /** Year and month are known ({@code 2017-05}). */
  MONTH,
  /** The exact day is known ({@code 2017-05-02}). */
  DAY
}
