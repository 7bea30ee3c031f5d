package org.cstokit.model.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cstokit.model.source.InstrumentId;
import java.util.Optional;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Period;
import org.junit.jupiter.api.Test;

class InstrumentTest {
  static Instrument.Builder lease() {
    return Instrument.builder().id(InstrumentId.of("inst-2010-lease")).kind(InstrumentKind.LEASE).title("A lease")
        .addCitation(Citation.of(SourceId.of("ssi-2018-csto"), "Kyrgyzstan"));
  }

  @Test
  void the_period_in_force_runs_from_entry_into_force_to_expiry_when_both_are_known() {
    assertEquals(Optional.empty(), lease().build().inForcePeriod());
    assertEquals(Optional.of(Period.from(PartialDate.of(2010))), lease().inForce(PartialDate.of(2010)).build().inForcePeriod());
    assertEquals(Optional.of(Period.of(PartialDate.of(2010), PartialDate.of(2044))),
        lease().inForce(PartialDate.of(2010)).expires(PartialDate.of(2044)).build().inForcePeriod());
    assertEquals(Optional.empty(), lease().inForce(PartialDate.of(2010, 5, 1)).expires(PartialDate.of(2010, 5, 1)).build().inForcePeriod(),
        "an expiry that cannot fall after the entry into force gives no period");
  }

  @Test
  void the_date_in_force_for_a_state_falls_back_to_the_general_date() {
    Instrument i = lease().inForce(PartialDate.of(2010)).addInForceByState(StateDate.of(StateCode.of("ARM"), PartialDate.of(2011))).build();
    assertEquals(Optional.of(PartialDate.of(2011)), i.inForceFor(StateCode.of("ARM")));
    assertEquals(Optional.of(PartialDate.of(2010)), i.inForceFor(StateCode.of("RUS")));
  }
}
