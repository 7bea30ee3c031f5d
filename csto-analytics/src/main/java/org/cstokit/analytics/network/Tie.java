package org.cstokit.analytics.network;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.cstokit.model.time.YearSpan;
import java.util.Objects;
import java.util.Optional;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.RecordId;

/**
 * One tie between two states, from one record, with the years it is attested. The pair is
 * unordered and stored with {@code first} before {@code second} by code. Columns: {@code first,
 * second, kind, record, from, to} — {@code from} empty means undated (the tie is in no period),
 * {@code to} empty means ongoing (no known end). Immutable and thread-safe.
 *
 * @param first the state that sorts first
 * @param second the other state
 * @param kind what ties them
 * @param record the record the tie comes from
 * @param from the first year the tie is attested, or empty when undated
 * @param to the last year, or empty when it has no known end
 */
@JsonPropertyOrder({"first", "second", "kind", "record", "from", "to"})
public record Tie(StateCode first, StateCode second, TieKind kind, RecordId record, Optional<Integer> from,
    Optional<Integer> to) {
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
    if (from.isPresent() && to.isPresent() && to.get() < from.get()) {
      throw new IllegalArgumentException("to: " + to.get() + " is before from " + from.get());
    }
  }

  /**
   * A tie between two different states, in either order.
   *
   * @param a one state
   * @param b the other
   * @param kind the kind
   * @param record the record
   * @param from the first year, or empty
   * @param to the last year, or empty
   * @return the tie
   */
  public static Tie of(StateCode a, StateCode b, TieKind kind, RecordId record, Optional<Integer> from,
      Optional<Integer> to) {
    return a.compareTo(b) < 0 ? new Tie(a, b, kind, record, from, to) : new Tie(b, a, kind, record, from, to);
  }

  /**
   * Whether the tie is attested in some year of a span: it is dated, begins by the span's end and
   * does not end before the span's start.
   *
   * @param span the span
   * @return true if the tie counts in the span
   */
  public boolean isIn(YearSpan span) {
    return from.isPresent() && from.get() <= span.last() && to.map(t -> t >= span.first()).orElse(true);
  }
}
