package org.cstokit.analytics.forces;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.cstokit.analytics.table.Total;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.military.Agency;
import org.cstokit.model.military.CollectiveForce;
import org.cstokit.model.military.Strength;
import org.cstokit.model.military.UnitContribution;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.time.PartialDate;

/**
 * Aggregates of the collective forces, each a pure function of a {@link Dataset} returning an
 * immutable table in a fixed order.
 */
public final class Forces {
  /** The id of the Collective Rapid Reaction Force. */
  public static final RecordId CRRF = RecordId.of("force-crrf");
  /** The unit of personnel totals. */
  public static final String PERSONNEL = "personnel";

  private Forces() {}

  /**
   * The composition of the CRRF by member and agency.
   *
   * @param data the data set
   * @return rows by state code, then agency in the order of {@link Agency}
   */
  public static ImmutableList<CompositionRow> crrfComposition(Dataset data) {
    return composition(data, CRRF);
  }

  /**
   * The composition of a force by member and agency, from the units assigned to it (not to its
   * sub-forces). Unit sizes are summed as personnel; most units have no stated size.
   *
   * @param data the data set
   * @param force the force id
   * @return rows by state code, then agency in the order of {@link Agency}; empty when no unit
   *     is assigned to the force
   */
  public static ImmutableList<CompositionRow> composition(Dataset data, RecordId force) {
    TreeMap<StateCode, TreeMap<Agency, List<UnitContribution>>> groups = new TreeMap<>();
    for (UnitContribution u : data.units()) {
      if (u.force().equals(force)) {
        groups.computeIfAbsent(u.state(), s -> new TreeMap<>()).computeIfAbsent(u.agency(), a -> new ArrayList<>()).add(u);
      }
    }
    ImmutableList.Builder<CompositionRow> rows = ImmutableList.builder();
    groups.forEach((state, byAgency) -> byAgency.forEach((agency, units) -> rows.add(new CompositionRow(state, agency,
        units.size(), Total.sum(PERSONNEL, units.stream().map(UnitContribution::size)::iterator)))));
    return rows.build();
  }

  /**
   * Every strength figure of every force, qualifiers kept: by force id, then by date (undated
   * figures last), then in the order the force lists them.
   *
   * @param data the data set
   * @return one row per figure
   */
  public static ImmutableList<StrengthRow> strengthsOverTime(Dataset data) {
    ImmutableList.Builder<StrengthRow> rows = ImmutableList.builder();
    Comparator<Optional<PartialDate>> byDate = Comparator.comparing(d -> d.orElse(null),
        Comparator.nullsLast(Comparator.naturalOrder()));
    for (CollectiveForce f : data.forces()) {
      f.strengths().stream().sorted(Comparator.comparing(Strength::date, byDate))
          .forEach(s -> rows.add(row(f.id(), s)));
    }
    return rows.build();
  }

  private static StrengthRow row(RecordId force, Strength s) {
    Quantity q = s.strength();
    return new StrengthRow(force, s.date(), s.component(), q);
  }
}
