package org.cstokit.model.institution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.TenureId;
import org.cstokit.model.source.PersonId;
import org.cstokit.model.source.OfficeId;
import org.cstokit.model.time.Period;
import org.immutables.value.Value;

/**
 * A period in an office: the holder (a person, or a chairing state), the holder's state, whether
 * acting, and how the tenure ended.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableTenure.class)
@JsonDeserialize(as = ImmutableTenure.class)
public abstract class Tenure implements Fact {
  Tenure() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract TenureId id();

  /**
   * Returns the office.
   *
   * @return the office
   */
  public abstract OfficeId office();

  /**
   * Returns the person who held the office; empty for a chairing state.
   *
   * @return the person who held the office; empty for a chairing state, or empty when the source does not give it
   */
  public abstract Optional<PersonId> holder();

  /**
   * Returns the holder's nationality, or the chairing state.
   *
   * @return the holder's nationality, or the chairing state
   */
  public abstract StateCode state();

  /**
   * Returns the period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Returns whether the holder was only acting.
   *
   * @return true if so; false by default
   */
  @Value.Default
  public boolean isActing() {
    return false;
  }

  /**
   * Returns how it ended.
   *
   * @return how it ended, or empty when the source does not give it
   */
  public abstract Optional<TenureEnding> ending();

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

  /** Builds a {@link Tenure}; {@code office}, {@code state}, {@code period} are required. */
  public static final class Builder extends ImmutableTenure.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
  }

}
