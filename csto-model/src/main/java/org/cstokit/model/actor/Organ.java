package org.cstokit.model.actor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.OrganId;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * A body of an organization (a council, the secretariat, a staff, a working group), with its
 * composition and decision procedure where known.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableOrgan.class)
@JsonDeserialize(as = ImmutableOrgan.class)
public abstract class Organ implements Fact {
  Organ() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract OrganId id();

  /**
   * Returns the organization it belongs to.
   *
   * @return the organization it belongs to
   */
  public abstract OrganizationId organization();

  /**
   * Returns the English name.
   *
   * @return the English name
   */
  public abstract String name();

  /**
   * Returns the Russian name.
   *
   * @return the Russian name, or empty when the source does not give it
   */
  public abstract Optional<String> nameRu();

  /**
   * Returns the kind of organ.
   *
   * @return the kind of organ
   */
  public abstract OrganKind kind();

  /**
   * Returns the organ it reports to.
   *
   * @return the organ it reports to, or empty when the source does not give it
   */
  public abstract Optional<OrganId> parent();

  /**
   * Returns its composition, in our own words.
   *
   * @return its composition, in our own words, or empty when the source does not give it
   */
  public abstract Optional<String> composition();

  /**
   * Returns the date it was established.
   *
   * @return the date it was established, or empty when the source does not give it
   */
  public abstract Optional<PartialDate> established();

  /**
   * Returns how it decides.
   *
   * @return how it decides, or empty when the source does not give it
   */
  public abstract Optional<DecisionProcedure> decisionProcedure();

  /**
   * Returns the procedures the sources state for particular kinds of decision, each with its
   * sources and, where dated, the date from which it applies.
   *
   * @return the specific procedures, possibly empty
   */
  public abstract List<DecisionProcedure> procedures();

  /**
   * Returns the procedure for a kind of decision on a day: the specific procedure for that kind
   * in force on the day (the latest-starting one), else the organ's general procedure, else
   * empty — the sources do not state it, and a rule must not guess it.
   *
   * @param kind the kind of decision
   * @param date the day
   * @return the procedure, or empty when no source states one
   */
  public Optional<DecisionProcedure> procedureFor(org.cstokit.model.event.DecisionKind kind, java.time.LocalDate date) {
    DecisionProcedure best = null;
    for (DecisionProcedure p : procedures()) {
      boolean applies = p.kinds().contains(kind) && p.from().map(f -> !f.latest().isAfter(date)).orElse(true);
      if (applies && (best == null || startsLater(p, best))) {
        best = p;
      }
    }
    return best != null ? Optional.of(best) : decisionProcedure();
  }

  private static boolean startsLater(DecisionProcedure p, DecisionProcedure than) {
    if (p.from().isEmpty()) {
      return false;
    }
    return than.from().isEmpty() || p.from().get().compareTo(than.from().get()) >= 0;
  }

  /**
   * Returns a summary in our own words.
   *
   * @return a summary in our own words, or empty when the source does not give it
   */
  public abstract Optional<String> summary();

  /**
   * Returns where the fact is stated; never empty.
   *
   * @return where the fact is stated; never empty
   */
  @Override
  public abstract List<Citation> citations();

  /**
   * Returns other values recorded for fields of this fact.
   *
   * @return other values recorded for fields of this fact
   */
  @Override
  public abstract List<Dispute> disputes();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Organ}; {@code organization}, {@code name}, {@code kind} are required. */
  public static final class Builder extends ImmutableOrgan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    Checks.notBlank(name(), "name");
    for (int i = 0; i < procedures().size(); i++) {
      Checks.check(!procedures().get(i).kinds().isEmpty(), org.cstokit.model.InvalidValueException.Kind.INCONSISTENT,
          "procedures[" + i + "].kinds", procedures().get(i).kinds(),
          "is empty; a specific procedure names the kinds of decision it governs (the general one is decisionProcedure)");
      Checks.check(!procedures().get(i).citations().isEmpty(), org.cstokit.model.InvalidValueException.Kind.INCONSISTENT,
          "procedures[" + i + "].citations", procedures().get(i).citations(), "is empty; a specific procedure needs its source");
    }
  }

}
