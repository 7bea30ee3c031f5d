package org.cstokit.analytics.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.cstokit.analytics.exercises.ExerciseGroup;
import org.cstokit.analytics.exercises.Exercises;
import org.cstokit.analytics.exercises.LargestExercise;
import org.cstokit.analytics.exercises.Participation;
import org.cstokit.analytics.exercises.ViennaCheck;
import org.cstokit.analytics.exercises.ViennaThresholds;
import org.cstokit.analytics.facilities.Facilities;
import org.cstokit.analytics.facilities.FacilityGroup;
import org.cstokit.analytics.facilities.LeaseEnding;
import org.cstokit.analytics.facilities.NonMemberFacility;
import org.cstokit.analytics.facilities.Presence;
import org.cstokit.analytics.forces.CompositionRow;
import org.cstokit.analytics.forces.Forces;
import org.cstokit.analytics.forces.StrengthRow;
import org.cstokit.analytics.membership.MembershipTimeline;
import org.cstokit.analytics.membership.TimelineRow;
import org.cstokit.analytics.network.Network;
import org.cstokit.analytics.network.PeriodSummary;
import org.cstokit.analytics.network.StateShare;
import org.cstokit.analytics.network.Tie;
import org.cstokit.analytics.testing.RandomData;
import org.cstokit.analytics.transfers.Delivery;
import org.cstokit.analytics.transfers.DeliveryMode;
import org.cstokit.analytics.transfers.DeliveryYear;
import org.cstokit.analytics.transfers.Scope;
import org.cstokit.analytics.transfers.TextualTransfer;
import org.cstokit.analytics.transfers.TransferGroup;
import org.cstokit.analytics.transfers.Transfers;
import org.cstokit.data.Dataset;
import org.cstokit.model.time.YearSpan;
import org.cstokit.testing.Generators;
import org.junit.jupiter.api.Test;

/** Every table read back from its CSV and its JSON equals the table, over random data sets. */
class ExportProperties {
  static <R extends Record> void roundTrip(Class<R> type, List<R> rows) {
    assertEquals(rows, CsvTables.fromCsv(type, CsvTables.toCsv(type, rows)), type.getSimpleName() + " CSV");
    assertEquals(rows, JsonTables.fromJson(type, JsonTables.toJson(rows)), type.getSimpleName() + " JSON");
  }

  /** Round-trips every table of a data set. */
  static void roundTripAll(Dataset data, java.time.LocalDate day) {
    roundTrip(TransferGroup.class, Transfers.byRecipient(data, Scope.ALL));
    roundTrip(TransferGroup.class, Transfers.byOrderDecade(data, Scope.ALL));
    roundTrip(DeliveryYear.class, Transfers.byDeliveryYear(data, Scope.ALL, DeliveryMode.SPREAD));
    roundTrip(Delivery.class, Transfers.largestDeliveries(data, Scope.ALL, 10));
    roundTrip(TextualTransfer.class, Transfers.textual(data));
    roundTrip(org.cstokit.analytics.transfers.TransferUnknowns.class, List.of(Transfers.unknowns(data, Scope.ALL)));
    roundTrip(CompositionRow.class, List.copyOf(Forces.crrfComposition(data).values()));
    roundTrip(StrengthRow.class, Forces.strengthsOverTime(data));
    roundTrip(FacilityGroup.class, Facilities.byHost(data).values().asList());
    roundTrip(LeaseEnding.class, Facilities.leasesEndingBy(data, java.time.Year.of(2100)));
    roundTrip(NonMemberFacility.class, Facilities.ofNonMembers(data, Facilities.CSTO, day));
    roundTrip(Presence.class, List.copyOf(Facilities.foreignPresence(data, YearSpan.closed(2000, 2002)).values()));
    roundTrip(ExerciseGroup.class, Exercises.perHost(data).all());
    roundTrip(LargestExercise.class, Exercises.largestByPersonnel(data, 10));
    roundTrip(ViennaCheck.class, Exercises.viennaCheck(data, ViennaThresholds.VIENNA_DOCUMENT_2011));
    roundTrip(Participation.class, Exercises.participation(data).cells());
    roundTrip(Tie.class, Network.of(data).ties());
    roundTrip(PeriodSummary.class, Network.of(data).periods().values().asList());
    roundTrip(StateShare.class, List.copyOf(Network.of(data).shares().values()));
    roundTrip(TimelineRow.class, MembershipTimeline.table(data));
    roundTrip(SipriRow.class, SipriExport.rows(data, Scope.ALL));
  }

  @Test
  void every_table_read_back_from_csv_and_json_equals_the_table() {
    qt().withExamples(100).forAll(RandomData.records(), Generators.days())
        .checkAssert((r, day) -> roundTripAll(r.dataset(), day));
  }
}
