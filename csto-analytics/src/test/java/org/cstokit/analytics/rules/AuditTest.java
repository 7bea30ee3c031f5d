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
    Map<String, Row> rows = Audit.evaluate(CstoData.bundled()).stream().collect(Collectors.toMap(r -> r.record().value(), r -> r));
    long requests = CstoData.bundled().events().stream().filter(e -> e.kind().name().equals("REQUEST_FOR_ASSISTANCE")).count();
    assertEquals(CstoData.bundled().decisions().size() + requests, rows.size());
    assertEquals(Agreement.AGREES, rows.get("dec-2016-11-pakistan-observer-bid").agreement());
    assertEquals(Agreement.AGREES, rows.get("dec-2010-kyrgyzstan-assistance-request").agreement());
    assertEquals(Agreement.AGREES, rows.get("ev-2010-kyrgyzstan-requests-csto-help").agreement());
    assertEquals(Outcome.NOT_APPLICABLE, rows.get("ev-2010-kyrgyzstan-requests-csto-help").computed());
    assertEquals(Agreement.NOT_COVERED, rows.get("dec-2004-unga-csto-observer-status").agreement());
    assertEquals(Agreement.AGREES, rows.get("dec-2017-syria-deployment").agreement());
  }

  @Test
  void the_audit_compares_article_4_with_what_the_council_did_kazakhstan_decided_armenia_not_acted_on() {
    java.util.Map<String, Audit.Row> rows = Audit.evaluate(org.cstokit.data.CstoData.bundled()).stream()
        .collect(java.util.stream.Collectors.toMap(r -> r.record().value(), r -> r));
    Audit.Row kazakhstan = rows.get("dec-2022-01-06-csc-kazakhstan-deployment");
    org.junit.jupiter.api.Assertions.assertEquals(Outcome.ADOPTED, kazakhstan.computed());
    org.junit.jupiter.api.Assertions.assertEquals(Audit.Agreement.AGREES, kazakhstan.agreement());
    Audit.Row armenia = rows.get("ev-2022-09-13-armenia-requests-csto-assistance");
    org.junit.jupiter.api.Assertions.assertEquals(Outcome.DECISION_REQUIRED, armenia.computed(), armenia.why().toString());
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of(org.cstokit.model.event.DecisionOutcome.NOT_TAKEN),
        armenia.reported());
    org.junit.jupiter.api.Assertions.assertEquals(RuleName.COLLECTIVE_DEFENCE, armenia.rule());
    org.junit.jupiter.api.Assertions.assertEquals(Audit.Agreement.AGREES, armenia.agreement(),
        "assistance needed a Council decision, and none came");
  }
}
