package org.cstokit.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import org.cstokit.analytics.rules.Audit.Agreement;
import org.cstokit.analytics.rules.Audit.Row;
import org.cstokit.data.CstoData;
import org.junit.jupiter.api.Test;

class AuditTest {
  @Test
  void the_audit_covers_every_decision_and_request_and_agrees_on_the_documented_blocks() {
    Map<String, Row> rows = Audit.run(CstoData.bundled()).stream().collect(Collectors.toMap(r -> r.record().value(), r -> r));
    long requests = CstoData.bundled().events().stream().filter(e -> e.kind().name().equals("REQUEST_FOR_ASSISTANCE")).count();
    assertEquals(CstoData.bundled().decisions().size() + requests, rows.size());
    assertEquals(Agreement.AGREES, rows.get("dec-2016-11-pakistan-observer-bid").agreement());
    assertEquals(Agreement.AGREES, rows.get("dec-2010-kyrgyzstan-assistance-request").agreement());
    assertEquals(Agreement.AGREES, rows.get("ev-2010-kyrgyzstan-requests-csto-help").agreement());
    assertEquals(Outcome.NOT_APPLICABLE, rows.get("ev-2010-kyrgyzstan-requests-csto-help").computed());
    assertEquals(Agreement.NOT_COVERED, rows.get("dec-2004-unga-csto-observer-status").agreement());
    assertEquals(Agreement.AGREES, rows.get("dec-2017-syria-deployment").agreement());
  }
}
