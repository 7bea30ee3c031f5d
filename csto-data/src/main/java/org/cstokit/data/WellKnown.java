package org.cstokit.data;

import org.cstokit.model.actor.Organ;
import org.cstokit.model.institution.RotationRule;
import org.cstokit.model.law.Instrument;
import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.source.OrganId;
import org.cstokit.model.source.RotationRuleId;

/**
 * The ids of the records analysis code reaches for most, so that it need not spell them: the
 * Collective Security Council, the rotation rules of its chair and of the Secretary General, and
 * the founding instruments. Each names a record of the bundled data set of the type its Javadoc
 * gives (a test checks this); look one up with {@code data.get(WellKnown.COLLECTIVE_SECURITY_COUNCIL)},
 * which returns an {@code Organ}.
 */
public final class WellKnown {
  private WellKnown() {}

  /** The CSTO's Collective Security Council, its highest organ: an {@link Organ}. */
  public static final OrganId COLLECTIVE_SECURITY_COUNCIL = OrganId.of("csto-collective-security-council");
  /** The rotation of the Secretary General's office: a {@link RotationRule}. */
  public static final RotationRuleId SECRETARY_GENERAL_ROTATION = RotationRuleId.of("rot-csto-secretary-general");
  /** The rotation of the chair of the Collective Security Council: a {@link RotationRule}. */
  public static final RotationRuleId CHAIR_ROTATION = RotationRuleId.of("rot-csto-chair");
  /** The Collective Security Treaty of 15 May 1992: an {@link Instrument}. */
  public static final InstrumentId COLLECTIVE_SECURITY_TREATY = InstrumentId.of("inst-1992-collective-security-treaty");
  /** The CSTO Charter of 7 October 2002: an {@link Instrument}. */
  public static final InstrumentId CHARTER = InstrumentId.of("inst-2002-csto-charter");
  /** The December 2011 protocol on hosting non-members' forces and infrastructure: an {@link Instrument}. */
  public static final InstrumentId BASING_PROTOCOL = InstrumentId.of("inst-2011-third-state-infrastructure-protocol");
}
