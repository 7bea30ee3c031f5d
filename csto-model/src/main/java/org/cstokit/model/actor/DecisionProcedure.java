package org.cstokit.model.actor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an organ decides: the kind of procedure, whether a member may stay out of a decision without
 * blocking it (a limited format), and a summary in our own words.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
// The attribute 'from' (a JSON field of the data files) takes the name of the builder's
// copy method, so Immutables generates no builder.from(value) for this type and says so;
// that is intended (use the with* copy methods), hence this one category is silenced.
@SuppressWarnings("immutables:from")
@Value.Immutable
@JsonSerialize(as = ImmutableDecisionProcedure.class)
@JsonDeserialize(as = ImmutableDecisionProcedure.class)
public abstract class DecisionProcedure {
  DecisionProcedure() {}

  /**
   * Returns the kind of procedure.
   *
   * @return the kind of procedure
   */
  public abstract ProcedureKind kind();

  /**
   * Returns whether a member may declare it does not take part without blocking the decision.
   *
   * @return true if so; false by default
   */
  @Value.Default
  public boolean isLimitedFormatAllowed() {
    return false;
  }

  /**
   * Returns a summary in our own words.
   *
   * @return a summary in our own words, or empty when the source does not give it
   */
  public abstract Optional<String> summary();

  /**
   * Returns the kinds of decision this procedure governs; empty for the organ's general procedure,
   * which governs every kind that no specific procedure covers.
   *
   * @return the kinds, possibly empty
   */
  @Value.NaturalOrder
  public abstract java.util.SortedSet<org.cstokit.model.event.DecisionKind> kinds();

  /**
   * Returns the date from which the procedure is known to apply, where a source dates it (the
   * limited format of the budget decision of November 2023).
   *
   * @return the first date, or empty when it applies throughout
   */
  public abstract Optional<org.cstokit.model.time.PartialDate> from();

  /**
   * Returns the sources that state or show the procedure.
   *
   * @return the citations, possibly empty for a procedure given by the organ's own citations
   */
  public abstract java.util.List<org.cstokit.model.source.Citation> citations();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionProcedure}; {@code kind} is required. */
  public static final class Builder extends ImmutableDecisionProcedure.Builder {
    Builder() {}
  }

  /**
   * A procedure of the given kind, with no limited format.
   *
   * @param kind the kind
   * @return the procedure
   */
  public static DecisionProcedure of(ProcedureKind kind) {
    return builder().kind(kind).build();
  }

}
