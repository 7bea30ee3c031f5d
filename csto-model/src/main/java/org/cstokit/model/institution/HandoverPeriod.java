package org.cstokit.model.institution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.source.Citation;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * The hand-over convention of a rotating office from a date on, with the sources that describe
 * it: the CSTO chair passed at the Council's session in earlier years and on 1 January in recent
 * ones. Immutable and thread-safe.
 */
// The attribute 'from' (a JSON field of the data files) takes the name of the builder's
// copy method, so Immutables generates no builder.from(value) for this type and says so;
// that is intended (use the with* copy methods), hence this one category is silenced.
@SuppressWarnings("immutables:from")
@Value.Immutable
@JsonSerialize(as = ImmutableHandoverPeriod.class)
@JsonDeserialize(as = ImmutableHandoverPeriod.class)
public abstract class HandoverPeriod {
  HandoverPeriod() {}

  /**
   * Returns the date from which the convention applies, as precisely as the sources give it.
   *
   * @return the first date of the convention
   */
  public abstract PartialDate from();

  /**
   * Returns when the office passes on under this convention.
   *
   * @return the convention
   */
  public abstract Handover handover();

  /**
   * Returns a summary in our own words.
   *
   * @return the summary, or empty
   */
  public abstract Optional<String> summary();

  /**
   * Returns where the convention is described; never empty.
   *
   * @return the citations
   */
  public abstract List<Citation> citations();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HandoverPeriod}; {@code from}, {@code handover} and a citation are required. */
  public static final class Builder extends ImmutableHandoverPeriod.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notEmpty(citations(), "citations");
  }
}
