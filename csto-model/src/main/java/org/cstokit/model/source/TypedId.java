package org.cstokit.model.source;

/**
 * The id of a record of one family, which knows the type of the record it names: a
 * {@code Dataset} looks up an {@link OrganId} as an {@code Organ} and nothing else, so that an
 * id of the wrong family is a compile-time error, not a failure at run time. Written to JSON as a
 * plain string, like every {@link RecordId}. Immutable and thread-safe.
 *
 * @param <T> the type of the record it names
 */
public abstract sealed class TypedId<T extends Fact> extends RecordId
    permits OrganId, PersonId, InstrumentId, ArticleId, MembershipId, OfficeId, TenureId, RotationRuleId, ForceId, UnitId, FacilityId, TransferId, ExerciseId, OperationId, EventId, DecisionId {

  TypedId(String value) {
    super(value);
  }

  /**
   * Returns the type of the record this id names.
   *
   * @return the record type
   */
  public abstract Class<T> recordType();
}
