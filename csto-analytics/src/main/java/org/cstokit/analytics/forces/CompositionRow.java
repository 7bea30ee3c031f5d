package org.cstokit.analytics.forces;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.cstokit.analytics.table.Total;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Agency;

/**
 * The units one state assigns to a force from one agency. Columns: {@code state, agency, units},
 * then {@code size_*} as in {@link Total} (unit {@code personnel}; a unit without a stated size is
 * an unknown input). Immutable and thread-safe.
 *
 * @param state the contributing state
 * @param agency the agency the units belong to
 * @param units the number of units
 * @param size their summed size
 */
@JsonPropertyOrder({"state", "agency", "units", "size"})
public record CompositionRow(StateCode state, Agency agency, int units, Total size) {
  /**
   * Checks the components.
   *
   * @param state the state
   * @param agency the agency
   * @param units the number of units
   * @param size the size
   */
  public CompositionRow {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(size, "size");
  }
}
