package org.cstokit.data;

import org.cstokit.model.actor.Organ;
import org.cstokit.model.institution.RotationRule;
import org.cstokit.model.law.Instrument;
import org.cstokit.model.source.RecordId;

/**
 * The ids of the records analysis code reaches for most, so that it need not spell them: the
 * Collective Security Council, the rotation rules of its chair and of the Secretary General, and
 * the founding instruments. Each names a record of the bundled data set of the type its Javadoc
 * gives (a test checks this); look one up with {@code data.get(WellKnown.COLLECTIVE_SECURITY_COUNCIL,
 * Organ.class)}.
 */
public final class WellKnown {
  private WellKnown() {}

  /** The CSTO's Collective Security Council, its highest organ: an {@link Organ}. */
  public static final RecordId COLLECTIVE_SECURITY_COUNCIL = RecordId.of("csto-collective-security-council");
  /** The rotation of the Secretary General's office: a {@link RotationRule}. */
  public static final RecordId SECRETARY_GENERAL_ROTATION = RecordId.of("rot-csto-secretary-general");
  /** The rotation of the chair of the Collective Security Council: a {@link RotationRule}. */
  public static final RecordId CHAIR_ROTATION = RecordId.of("rot-csto-chair");
  /** The Collective Security Treaty of 15 May 1992: an {@link Instrument}. */
  public static final RecordId COLLECTIVE_SECURITY_TREATY = RecordId.of("inst-1992-collective-security-treaty");
  /** The CSTO Charter of 7 October 2002: an {@link Instrument}. */
  public static final RecordId CHARTER = RecordId.of("inst-2002-csto-charter");
  /** The December 2011 protocol on hosting non-members' forces and infrastructure: an {@link Instrument}. */
  public static final RecordId BASING_PROTOCOL = RecordId.of("inst-2011-third-state-infrastructure-protocol");
}
