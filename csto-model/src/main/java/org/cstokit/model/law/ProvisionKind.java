package org.cstokit.model.law;

/**
 * What a provision of an article does.
 */
public enum ProvisionKind {
  /** States the purposes or principles. */
  PURPOSES,
  /** Provides for consultations when a threat arises. */
  CONSULTATION,
  /** Obliges members to assist a member under aggression. */
  COLLECTIVE_DEFENCE,
  /** Forbids interference in internal affairs. */
  NON_INTERFERENCE,
  /** Forbids joining alliances directed against a member. */
  NO_HOSTILE_ALLIANCES,
  /** Governs admission of members. */
  MEMBERSHIP,
  /** Governs withdrawal of members. */
  WITHDRAWAL,
  /** Governs suspension or exclusion of members. */
  SUSPENSION,
  /** Governs observer or partner status. */
  OBSERVERS,
  /** Requires decisions by consensus. */
  CONSENSUS_DECISIONS,
  /** Governs the stationing of forces or infrastructure of non-member states. */
  THIRD_STATE_BASING,
  /** Rotates senior posts among members. */
  ROTATION_OF_POSTS,
  /** Sets the duration and renewal of the instrument. */
  DURATION,
  /** Any other provision. */
  OTHER;
}
