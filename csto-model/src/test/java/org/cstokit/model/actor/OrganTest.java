package org.cstokit.model.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cstokit.model.source.OrganId;
import java.time.LocalDate;
import java.util.Optional;
import org.cstokit.model.InvalidValueException;
import org.cstokit.model.event.DecisionKind;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.time.PartialDate;
import org.junit.jupiter.api.Test;

class OrganTest {
  private static final Citation CITE = Citation.of(SourceId.of("doc"), "Intro");

  private static DecisionProcedure specific(ProcedureKind kind, DecisionKind about, Optional<PartialDate> from, boolean limited) {
    return DecisionProcedure.builder().kind(kind).addKinds(about).from(from).limitedFormatAllowed(limited).addCitations(CITE).build();
  }

  private static Organ.Builder council() {
    return Organ.builder().id(OrganId.of("council")).organization(OrganizationId.of("CSTO")).name("Council")
        .kind(OrganKind.values()[0]).addCitations(CITE);
  }

  @Test
  void the_procedure_for_a_kind_is_the_latest_specific_one_in_force_else_the_general_one_else_none() {
    DecisionProcedure general = DecisionProcedure.of(ProcedureKind.CONSENSUS);
    DecisionProcedure appointments = specific(ProcedureKind.UNANIMITY_OF_PRESENT, DecisionKind.APPOINTMENT, Optional.empty(), false);
    DecisionProcedure budget = specific(ProcedureKind.CONSENSUS, DecisionKind.BUDGET, Optional.of(PartialDate.of(2023, 11, 23)), true);
    DecisionProcedure budgetLater = specific(ProcedureKind.MAJORITY, DecisionKind.BUDGET, Optional.of(PartialDate.of(2030)), false);
    Organ organ = council().decisionProcedure(general).addProcedures(appointments, budget, budgetLater).build();
    assertEquals(Optional.of(appointments), organ.procedureFor(DecisionKind.APPOINTMENT, LocalDate.of(2000, 1, 1)));
    assertEquals(Optional.of(general), organ.procedureFor(DecisionKind.BUDGET, LocalDate.of(2023, 11, 22)));
    assertEquals(Optional.of(budget), organ.procedureFor(DecisionKind.BUDGET, LocalDate.of(2023, 11, 23)));
    assertEquals(Optional.of(budget), organ.procedureFor(DecisionKind.BUDGET, LocalDate.of(2030, 12, 30)),
        "a start known only to the year applies once it has certainly begun");
    assertEquals(Optional.of(budgetLater), organ.procedureFor(DecisionKind.BUDGET, LocalDate.of(2031, 1, 1)));
    assertEquals(Optional.of(general), organ.procedureFor(DecisionKind.STATEMENT, LocalDate.of(2024, 1, 1)));
    assertEquals(Optional.empty(), council().addProcedures(appointments).build().procedureFor(DecisionKind.DEPLOYMENT,
        LocalDate.of(2024, 1, 1)), "no source states it: no procedure, and the rules answer UNDETERMINED");
  }

  @Test
  void a_specific_procedure_names_its_kinds_and_its_source() {
    InvalidValueException noKinds = assertThrows(InvalidValueException.class, () -> council()
        .addProcedures(DecisionProcedure.builder().kind(ProcedureKind.CONSENSUS).addCitations(CITE).build()).build());
    assertTrue(noKinds.getMessage().contains("procedures[0].kinds"), noKinds.getMessage());
    InvalidValueException noSource = assertThrows(InvalidValueException.class, () -> council()
        .addProcedures(DecisionProcedure.builder().kind(ProcedureKind.CONSENSUS).addKinds(DecisionKind.BUDGET).build()).build());
    assertTrue(noSource.getMessage().contains("procedures[0].citations"), noSource.getMessage());
  }
}
