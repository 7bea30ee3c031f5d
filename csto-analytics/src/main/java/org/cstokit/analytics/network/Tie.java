package org.cstokit.analytics.network;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.ExerciseId;
import org.cstokit.model.source.FacilityId;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.TransferId;
import org.cstokit.model.source.TypedId;
import org.cstokit.model.time.YearSpan;

/**
 * One tie between two states, from one record, with the years it is attested, both included.
 * The pair is unordered and stored with {@code first} before {@code second} by code. Columns:
 * {@code first, second, kind, record, from, to} — {@code from} empty means undated (the tie is in
 * no period), {@code to} empty means ongoing (no known end). The kind says the record's family:
 * {@link #typedRecord()} gives its typed id. Immutable and thread-safe.
 *
 * @param first the state that sorts first
 * @param second the other state
 * @param kind what ties them
 * @param record the record the tie comes from: a facility, a transfer or an exercise, as
 *     {@code kind} says
 * @param from the first year the tie is attested, or empty when undated
 * @param to the last year, included, or empty when it has no known end
 */
@JsonPropertyOrder({"first", "second", "kind", "record", "from", "to"})
public record Tie(StateCode first, StateCode second, TieKind kind, RecordId record, Optional<Year> from,
    Optional<Year> to) {
  /**
   * Checks the components.
   *
   * @param first the first state
   * @param second the second state
   * @param kind the kind
   * @param record the record
   * @param from the first year
   * @param to the last year
   * @throws IllegalArgumentException if the states are equal or out of order, or the years are
   *     the wrong way round
   */
  public Tie {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException("second: " + second + " does not sort after first " + first);
    }
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException("to: " + to.get() + " is before from " + from.get());
    }
  }

  /** A tie between two different states in either order; the years as in the record. */
  static Tie of(StateCode a, StateCode b, TieKind kind, RecordId record, Optional<Year> from, Optional<Year> to) {
    return a.compareTo(b) < 0 ? new Tie(a, b, kind, record, from, to) : new Tie(b, a, kind, record, from, to);
  }

  /**
   * Returns the id of the record the tie comes from, typed by its family: a {@link FacilityId}
   * for {@code HOSTING}, a {@link TransferId} for {@code TRANSFER}, an {@link ExerciseId} for
   * {@code EXERCISE}.
   *
   * @return the typed id
   */
  public TypedId<?> typedRecord() {
    return switch (kind) {
      case HOSTING -> FacilityId.of(record.value());
      case TRANSFER -> TransferId.of(record.value());
      case EXERCISE -> ExerciseId.of(record.value());
    };
  }

  /**
   * Whether the tie is attested in some year of a span: it is dated, begins by the span's last
   * year and does not end before its first.
   *
   * @param span the span, both ends included
   * @return true if the tie counts in the span
   */
  public boolean isIn(YearSpan span) {
    return from.isPresent() && from.get().getValue() <= span.last()
        && to.map(t -> t.getValue() >= span.first()).orElse(true);
  }
}
