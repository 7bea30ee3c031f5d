package org.cstokit.model.institution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cstokit.model.actor.State;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.internal.Checks;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.RotationRuleId;
import org.cstokit.model.source.OfficeId;
import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.time.PartialDate;
import org.immutables.value.Value;

/**
 * A rule that rotates an office among the eligible states: in a collation order (alphabetical by
 * Russian short name), in slots of a fixed number of years counted from an anchor date, starting
 * with the anchor state. A recurring rule in the manner of java.time's transition rules: a value
 * that computes the expected holder for any date.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Fact) does not copy the narrowed id(): see CstoStyle
@JsonSerialize(as = ImmutableRotationRule.class)
@JsonDeserialize(as = ImmutableRotationRule.class)
public abstract class RotationRule implements Fact {
  RotationRule() {}

  /**
   * Returns the identifier, unique across every family of the data set.
   *
   * @return the identifier, unique across every family of the data set
   */
  @Override
  public abstract RotationRuleId id();

  /**
   * Returns the office it rotates.
   *
   * @return the office it rotates
   */
  public abstract OfficeId office();

  /**
   * Returns who may hold the office.
   *
   * @return the who may hold the office
   */
  public abstract Eligibility eligibility();

  /**
   * Returns the order of rotation.
   *
   * @return the order of rotation
   */
  public abstract CollationOrder order();

  /**
   * Returns the length of one slot in years.
   *
   * @return the length of one slot in years
   */
  public abstract int termYears();

  /**
   * Returns the start of the first slot.
   *
   * @return the start of the first slot
   */
  public abstract PartialDate anchor();

  /**
   * Returns the holder of the first slot.
   *
   * @return the holder of the first slot
   */
  public abstract StateCode anchorState();

  /**
   * Returns when the office passes on.
   *
   * @return the when the office passes on
   */
  public abstract Handover handover();

  /**
   * Returns the hand-over conventions the sources describe, each from its date on, in date
   * order; before the first (or when there is none) {@link #handover()} applies.
   *
   * @return the conventions by period, possibly empty
   */
  public abstract List<HandoverPeriod> handovers();

  /**
   * Returns the instrument that establishes the rule (the 2015 decision on the Secretary General,
   * the Charter for the chair), which verdicts cite as their authority.
   *
   * @return the instrument id, or empty when the sources name none
   */
  public abstract java.util.Optional<InstrumentId> instrument();

  /**
   * Returns the rule in our own words, as verdicts quote it beside the instrument.
   *
   * @return the summary, or empty
   */
  public abstract java.util.Optional<String> summary();

  /**
   * Returns the hand-over convention in effect on a day: that of the latest period whose start
   * lies on or before the day (by its earliest possible day), else {@link #handover()}.
   *
   * @param date the day
   * @return the convention
   */
  public Handover handoverOn(LocalDate date) {
    Handover h = handover();
    for (HandoverPeriod p : handovers()) {
      if (!p.from().earliest().isAfter(date)) {
        h = p.handover();
      }
    }
    return h;
  }

  /**
   * Returns whether the rule itself is inferred rather than stated by a source.
   *
   * @return true if so; false by default
   */
  @Value.Default
  public boolean isDerived() {
    return false;
  }

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

  /** Builds a {@link RotationRule}; {@code office}, {@code eligibility}, {@code order}, {@code termYears}, {@code anchor}, {@code anchorState}, {@code handover} are required. */
  public static final class Builder extends ImmutableRotationRule.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Fact.validate(this);
    for (int i = 1; i < handovers().size(); i++) {
      if (!handovers().get(i - 1).from().isCertainlyBefore(handovers().get(i).from())) {
        throw Checks.invalid(org.cstokit.model.InvalidValueException.Kind.INCONSISTENT, "handovers[" + i + "].from",
            handovers().get(i).from(), "is not after the previous period's start " + handovers().get(i - 1).from());
      }
    }
    Checks.check(termYears() >= 1 && termYears() <= 10, org.cstokit.model.InvalidValueException.Kind.OUT_OF_RANGE, "termYears", termYears(), "is not between 1 and 10");
  }

  /**
   * Returns the comparator of this rule's collation order: Russian short names compared by a
   * {@link Collator} for Russian at primary and secondary strength, ties broken by state code.
   *
   * @return the comparator of eligible states
   */
  public Comparator<State> collation() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
    collator.setStrength(Collator.SECONDARY);
    return Comparator.comparing(State::nameRu, collator).thenComparing(s -> s.id().value());
  }

  /**
   * Returns the eligible states in this rule's order.
   *
   * @param eligible the eligible states, in any order
   * @return the states sorted by the collation order, without duplicates
   */
  public ImmutableList<State> ordered(Collection<State> eligible) {
    return eligible.stream().distinct().sorted(collation()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the index of the slot that holds the date: 0 for the slot starting at the anchor,
   * negative before it. Slots start on the anniversaries of the anchor's earliest day.
   *
   * @param date the date
   * @return the slot index
   */
  public long slotOf(LocalDate date) {
    LocalDate anchorDay = anchor().earliest();
    long years = date.getYear() - anchorDay.getYear();
    if (date.isBefore(anchorDay.withYear(date.getYear()))) {
      years--;
    }
    return Math.floorDiv(years, termYears());
  }

  /**
   * Returns the first day of a slot.
   *
   * @param slot the slot index
   * @return the first day of the slot
   */
  public LocalDate slotStart(long slot) {
    return anchor().earliest().plusYears(slot * termYears());
  }

  /**
   * Returns the state expected to hold the office in a slot, given the states eligible then:
   * the anchor state's position in the ordered eligible list (or, if it is not eligible, the
   * position it would take) advanced by the slot index, cyclically. With a stable eligible set
   * every state holds the office once per cycle of {@code n} slots, in collation order; removing
   * a state never reorders the others.
   *
   * @param slot the slot index
   * @param eligible the states eligible for that slot, in any order; not empty
   * @param anchorState the anchor state's record, used to place it in the order
   * @return the expected holder's code
   * @throws IllegalArgumentException if {@code eligible} is empty
   */
  public StateCode expectedHolder(long slot, Collection<State> eligible, State anchorState) {
    if (!anchorState.id().equals(anchorState())) {
      throw new IllegalArgumentException("anchorState: " + anchorState.id() + " is not this rule's anchor state " + anchorState());
    }
    List<State> order = ordered(eligible);
    if (order.isEmpty()) {
      throw new IllegalArgumentException("eligible: no eligible state for slot " + slot);
    }
    int start = 0;
    Comparator<State> c = collation();
    while (start < order.size() && c.compare(order.get(start), anchorState) < 0) {
      start++;
    }
    int index = (int) Math.floorMod(start + slot, (long) order.size());
    return order.get(index).id();
  }

  /**
   * Returns the state expected to hold the office on a date, given the states eligible on that
   * date.
   *
   * @param date the date
   * @param eligible the states eligible on that date, in any order; not empty
   * @param anchorState the anchor state's record
   * @return the expected holder's code
   */
  public StateCode expectedHolder(LocalDate date, Collection<State> eligible, State anchorState) {
    return expectedHolder(slotOf(date), eligible, anchorState);
  }

}
