package org.cstokit.analytics.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.reflect.TypeToken;
import java.time.Year;
import java.util.List;
import java.util.function.Function;
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
import org.cstokit.analytics.transfers.TransferCell;
import org.cstokit.analytics.transfers.TransferGroup;
import org.cstokit.analytics.transfers.TransferKey;
import org.cstokit.analytics.transfers.TransferQuery;
import org.cstokit.analytics.transfers.Transfers;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.time.YearSpan;
import org.cstokit.model.transfer.WeaponCategory;
import org.cstokit.testing.Generators;
import org.junit.jupiter.api.Test;

/** Every table read back from its CSV and its JSON equals the table, over random data sets. */
class ExportProperties {
  static <R extends Record> void roundTrip(Class<R> type, List<R> rows) {
    roundTrip(TypeToken.of(type), rows);
  }

  static <R extends Record> void roundTrip(TypeToken<R> type, List<R> rows) {
    @SuppressWarnings("unchecked")
    Class<R> raw = (Class<R>) type.getRawType();
    assertEquals(rows, CsvTables.fromCsv(type, CsvTables.toCsv(raw, rows)), raw.getSimpleName() + " CSV");
    assertEquals(rows, JsonTables.fromJson(type, JsonTables.toJson(rows)), raw.getSimpleName() + " JSON");
  }

  /**
   * Round-trips a table with a stated figure in each row: the columns carry the figure's bounds,
   * not which of them the source stated, so a figure reads back as the same figure (value,
   * qualifier, basis, unit, bounds) and the text written again is the same text.
   */
  static <R extends Record> void roundTripFigures(Class<R> type, List<R> rows, Function<R, Quantity> figure) {
    String csv = CsvTables.toCsv(type, rows);
    List<R> fromCsv = CsvTables.fromCsv(type, csv);
    assertEquals(csv, CsvTables.toCsv(type, fromCsv), type.getSimpleName() + " CSV");
    String json = JsonTables.toJson(rows);
    List<R> fromJson = JsonTables.fromJson(type, json);
    assertEquals(json, JsonTables.toJson(fromJson), type.getSimpleName() + " JSON");
    for (int i = 0; i < rows.size(); i++) {
      for (List<R> read : List.of(fromCsv, fromJson)) {
        Quantity a = figure.apply(rows.get(i));
        Quantity b = figure.apply(read.get(i));
        assertEquals(List.of(a.value(), a.qualifier(), a.basis(), a.unit(), a.bounds()),
            List.of(b.value(), b.qualifier(), b.basis(), b.unit(), b.bounds()), type.getSimpleName());
      }
    }
  }

  /** Round-trips every table of a data set. */
  static void roundTripAll(Dataset data, java.time.LocalDate day) {
    TransferQuery all = Transfers.of(data).scope(Scope.ALL);
    roundTrip(new TypeToken<TransferGroup<StateCode>>() {}, all.byRecipient().all());
    roundTrip(new TypeToken<TransferGroup<WeaponCategory>>() {}, all.byCategory().all());
    roundTrip(new TypeToken<TransferGroup<Year>>() {}, all.byOrderYear().all());
    roundTrip(new TypeToken<TransferGroup<YearSpan>>() {}, all.byOrderDecade().all());
    roundTrip(new TypeToken<TransferCell<StateCode, YearSpan>>() {},
        List.copyOf(all.pivot(TransferKey.RECIPIENT, TransferKey.ORDER_DECADE).values()));
    roundTrip(DeliveryYear.class, all.byDeliveryYear(DeliveryMode.SPREAD).all());
    roundTrip(Delivery.class, all.largestDeliveries(10));
    roundTrip(TextualTransfer.class, all.textual());
    roundTrip(org.cstokit.analytics.transfers.TransferUnknowns.class, List.of(all.unknowns()));
    roundTrip(CompositionRow.class, List.copyOf(Forces.crrfComposition(data).values()));
    roundTripFigures(StrengthRow.class, Forces.strengthsOverTime(data), StrengthRow::strength);
    roundTrip(FacilityGroup.class, Facilities.byHost(data).values().asList());
    roundTrip(LeaseEnding.class, Facilities.leasesEndingBy(data, java.time.Year.of(2100)));
    roundTrip(NonMemberFacility.class, Facilities.ofNonMembers(data, Facilities.CSTO, day));
    roundTrip(Presence.class, List.copyOf(Facilities.foreignPresence(data, YearSpan.closed(2000, 2002)).values()));
    roundTrip(ExerciseGroup.class, Exercises.perHost(data).all());
    roundTripFigures(LargestExercise.class, Exercises.largestByPersonnel(data, 10), LargestExercise::personnel);
    roundTrip(ViennaCheck.class, Exercises.viennaCheck(data, ViennaThresholds.VIENNA_DOCUMENT_2011));
    roundTrip(Participation.class, Exercises.participation(data).cells());
    roundTrip(Tie.class, Network.of(data).ties());
    roundTrip(PeriodSummary.class, Network.of(data).periods().values().asList());
    roundTrip(StateShare.class, List.copyOf(Network.of(data).shares().values()));
    roundTrip(TimelineRow.class, MembershipTimeline.table(data));
    roundTrip(SipriRow.class, SipriExport.rows(all));
  }

  @Test
  void every_table_read_back_from_csv_and_json_equals_the_table() {
    qt().withExamples(100).forAll(RandomData.records(), Generators.days())
        .checkAssert((r, day) -> roundTripAll(r.dataset(), day));
  }
}
