package org.cstokit.analytics.testing;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.cstokit.data.Dataset;
import org.cstokit.data.Family;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.military.CollectiveForce;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.military.Facility;
import org.cstokit.model.military.UnitContribution;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.MembershipId;
import org.cstokit.model.source.ForceId;
import org.cstokit.model.source.UnitId;
import org.cstokit.model.source.ExerciseId;
import org.cstokit.model.source.FacilityId;
import org.cstokit.model.source.TransferId;
import org.cstokit.testing.Generators;
import org.cstokit.model.transfer.ArmsTransfer;
import org.quicktheories.core.Gen;

/**
 * Random data sets for the laws of the aggregates: records from the model's generators, given
 * unique ids (the generators' ids may repeat across records), assembled with {@link Dataset#of}.
 * Units point at a few force ids so that compositions are not empty.
 */
public final class RandomData {
  private RandomData() {}

  /** The records of a random data set, per family, in generation order. */
  public record Records(List<ArmsTransfer> transfers, List<Facility> facilities, List<Exercise> exercises,
      List<UnitContribution> units, List<CollectiveForce> forces, List<Membership> memberships) {

    /** @return the data set of these records */
    public Dataset dataset() {
      return Dataset.of("random", map());
    }

    private Map<Family<?>, List<?>> map() {
      Map<Family<?>, List<?>> m = new TreeMap<>();
      m.put(Family.TRANSFERS, transfers);
      m.put(Family.FACILITIES, facilities);
      m.put(Family.EXERCISES, exercises);
      m.put(Family.UNITS, units);
      m.put(Family.FORCES, forces);
      m.put(Family.MEMBERSHIPS, memberships);
      return m;
    }
  }

  /** The force ids units are assigned to. */
  public static final List<ForceId> FORCES = List.of(ForceId.of("force-crrf"), ForceId.of("force-other"));

  private static <T> Gen<List<T>> renamed(Gen<T> gen, int max, String prefix, BiFunction<T, RecordId, T> withId) {
    return lists().of(gen).ofSizeBetween(0, max).map(list -> {
      List<T> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(withId.apply(list.get(i), RecordId.of(prefix + "-" + i)));
      }
      return out;
    });
  }

  /**
   * Random records of every family the aggregates read.
   *
   * @return the generator
   */
  public static Gen<Records> records() {
    Gen<List<ArmsTransfer>> transfers = renamed(Generators.armsTransfers(), 25, "tr",
        (t, id) -> ArmsTransfer.builder().from(t).id(TransferId.of(id.value())).build());
    Gen<List<Facility>> facilities = renamed(Generators.facilities(), 12, "fac",
        (f, id) -> Facility.builder().from(f).id(FacilityId.of(id.value())).build());
    Gen<List<Exercise>> exercises = renamed(Generators.exercises(), 12, "ex",
        (e, id) -> Exercise.builder().from(e).id(ExerciseId.of(id.value())).build());
    Gen<List<UnitContribution>> units = renamed(Generators.unitContributions(), 12, "unit",
        (u, id) -> UnitContribution.builder().from(u).id(UnitId.of(id.value())).force(FORCES.get(Math.floorMod(u.unit().length(), 2)))
            .build());
    Gen<List<CollectiveForce>> forces = renamed(Generators.collectiveForces(), 4, "force",
        (f, id) -> CollectiveForce.builder().from(f).id(ForceId.of(id.value())).build());
    Gen<List<Membership>> memberships = renamed(Generators.memberships(), 12, "mem",
        (m, id) -> Membership.builder().from(m).id(MembershipId.of(id.value())).build());
    return in -> new Records(transfers.generate(in), facilities.generate(in), exercises.generate(in),
        units.generate(in), forces.generate(in), memberships.generate(in));
  }
}
