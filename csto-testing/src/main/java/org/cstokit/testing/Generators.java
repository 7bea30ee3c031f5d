package org.cstokit.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import org.cstokit.model.source.TenureId;
import org.cstokit.model.source.RotationRuleId;
import org.cstokit.model.source.DecisionId;
import org.cstokit.model.source.ArticleId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cstokit.model.actor.DecisionProcedure;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.actor.OrganKind;
import org.cstokit.model.actor.Organization;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.actor.OrganizationKind;
import org.cstokit.model.actor.Person;
import org.cstokit.model.actor.ProcedureKind;
import org.cstokit.model.actor.State;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.event.Decision;
import org.cstokit.model.event.DecisionOutcome;
import org.cstokit.model.event.Event;
import org.cstokit.model.event.EventKind;
import org.cstokit.model.event.Position;
import org.cstokit.model.event.StatePosition;
import org.cstokit.model.institution.CollationOrder;
import org.cstokit.model.institution.Eligibility;
import org.cstokit.model.institution.Handover;
import org.cstokit.model.institution.Office;
import org.cstokit.model.institution.RotationRule;
import org.cstokit.model.institution.Tenure;
import org.cstokit.model.institution.TenureEnding;
import org.cstokit.model.law.Article;
import org.cstokit.model.law.Instrument;
import org.cstokit.model.law.InstrumentKind;
import org.cstokit.model.law.ProvisionKind;
import org.cstokit.model.law.StateDate;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.membership.MembershipEnding;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.military.Agency;
import org.cstokit.model.military.CollectiveForce;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.military.ExerciseStatus;
import org.cstokit.model.military.Facility;
import org.cstokit.model.military.FacilityKind;
import org.cstokit.model.military.FacilityStatus;
import org.cstokit.model.military.ForceKind;
import org.cstokit.model.military.Framework;
import org.cstokit.model.military.Lease;
import org.cstokit.model.military.Operation;
import org.cstokit.model.military.OperationKind;
import org.cstokit.model.military.OperationResult;
import org.cstokit.model.military.Phase;
import org.cstokit.model.military.Strength;
import org.cstokit.model.military.UnitContribution;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.EventId;
import org.cstokit.model.source.OperationId;
import org.cstokit.model.source.ExerciseId;
import org.cstokit.model.source.TransferId;
import org.cstokit.model.source.FacilityId;
import org.cstokit.model.source.UnitId;
import org.cstokit.model.source.ForceId;
import org.cstokit.model.source.OfficeId;
import org.cstokit.model.source.MembershipId;
import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.source.PersonId;
import org.cstokit.model.source.OrganId;
import org.cstokit.model.source.Source;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.source.SourceKind;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Period;
import org.cstokit.model.transfer.ArmsTransfer;
import org.cstokit.model.transfer.TableRow;
import org.cstokit.model.transfer.TransferTerms;
import org.cstokit.model.transfer.WeaponCategory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of every model value, built through the public builders and valid by
 * construction (no filtering), with dates, precisions, qualifiers and optional fields drawn across
 * their whole ranges. For the situations the charter rules are about, see {@link Scenarios}; for
 * whole data sets, {@link Worlds}.
 */
public final class Generators {
  private Generators() {}

  /** Years of the laws of time: 1985 to 2035. */
  public static final int FIRST_YEAR = 1985;
  /** Last year of the laws of time. */
  public static final int LAST_YEAR = 2035;

  /** The ISO codes the generators draw states from. */
  public static final List<String> STATE_CODES =
      List.of("ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB", "CHN", "USA");

  /**
   * Lower-case words.
   *
   * @return the generator
   */
  public static Gen<String> words() {
    return strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 10);
  }

  /**
   * Cyrillic words.
   *
   * @return the generator
   */
  public static Gen<String> cyrillicWords() {
    return strings().betweenCodePoints('а', 'я').ofLengthBetween(1, 10);
  }

  /**
   * Short phrases of one to four words.
   *
   * @return the generator
   */
  public static Gen<String> texts() {
    return lists().of(words()).ofSizeBetween(1, 4).map((List<String> ws) -> String.join(" ", ws));
  }

  /**
   * Partial dates of every precision between 1985 and 2035.
   *
   * @return the generator
   */
  public static Gen<PartialDate> partialDates() {
    return partialDates(FIRST_YEAR, LAST_YEAR);
  }

  /**
   * Partial dates of every precision between two years.
   *
   * @param firstYear the first year
   * @param lastYear the last year
   * @return the generator
   */
  public static Gen<PartialDate> partialDates(int firstYear, int lastYear) {
    return in -> {
      int year = integers().between(firstYear, lastYear).generate(in);
      int precision = integers().between(0, 2).generate(in);
      if (precision == 0) {
        return PartialDate.of(year);
      }
      int month = integers().between(1, 12).generate(in);
      if (precision == 1) {
        return PartialDate.of(year, month);
      }
      int day = integers().between(1, java.time.YearMonth.of(year, month).lengthOfMonth()).generate(in);
      return PartialDate.of(year, month, day);
    };
  }

  /**
   * Days between 1985 and 2035.
   *
   * @return the generator
   */
  public static Gen<LocalDate> days() {
    long first = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    long last = LocalDate.of(LAST_YEAR, 12, 31).toEpochDay();
    return integers().between(0, (int) (last - first)).map(d -> LocalDate.ofEpochDay(first + d));
  }

  /**
   * Valid periods, open or closed, with bounds of any precision.
   *
   * @return the generator
   */
  public static Gen<Period> periods() {
    return in -> {
      PartialDate start = partialDates().generate(in);
      if (booleans().all().generate(in)) {
        return Period.from(start);
      }
      PartialDate end = partialDates(start.year(), Math.min(LAST_YEAR + 1, start.year() + 20)).generate(in);
      return end.latest().isAfter(start.earliest()) ? Period.of(start, end) : Period.from(start);
    };
  }

  /**
   * Valid quantities of every qualifier and basis.
   *
   * @return the generator
   */
  public static Gen<Quantity> quantities() {
    return quantities(Generate.pick(List.of("personnel", "USD", "items")));
  }

  /**
   * Valid quantities of every qualifier and basis with units from the given generator.
   *
   * @param units the units
   * @return the generator
   */
  public static Gen<Quantity> quantities(Gen<String> units) {
    return in -> {
      Qualifier q = Generate.enumValues(Qualifier.class).generate(in);
      long value = integers().between(0, 100_000).generate(in);
      int scale = integers().between(0, 2).generate(in);
      BigDecimal v = BigDecimal.valueOf(value, scale);
      Quantity.Builder b = Quantity.builder().value(v).qualifier(q)
          .basis(Generate.enumValues(Basis.class).generate(in)).unit(units.generate(in));
      BigDecimal below = v.subtract(BigDecimal.valueOf(integers().between(0, (int) Math.min(value, 1000)).generate(in), scale));
      BigDecimal above = v.add(BigDecimal.valueOf(integers().between(1, 1000).generate(in), scale));
      switch (q) {
        case RANGE:
          b.lower(below).upper(above);
          break;
        case ABOUT:
          if (booleans().all().generate(in)) {
            b.lower(below).upper(above);
          }
          break;
        case MORE_THAN:
        case AT_LEAST:
          if (booleans().all().generate(in)) {
            b.upper(above);
          }
          break;
        case UP_TO:
          if (booleans().all().generate(in)) {
            b.lower(below);
          }
          break;
        default:
          break;
      }
      return b.build();
    };
  }

  /**
   * State codes.
   *
   * @return the generator
   */
  public static Gen<StateCode> stateCodes() {
    return Generate.pick(STATE_CODES).map(StateCode::of);
  }

  /**
   * Record ids.
   *
   * @return the generator
   */
  public static Gen<RecordId> recordIds() {
    return lists().of(words()).ofSizeBetween(1, 3).map(ws -> RecordId.of(String.join("-", ws)));
  }

  /**
   * Record ids of one family, such as {@code ids(OrganId::of)}.
   *
   * @param of the family's factory
   * @param <T> the id type
   * @return the generator
   */
  public static <T extends RecordId> Gen<T> ids(java.util.function.Function<String, T> of) {
    return recordIds().map(r -> of.apply(r.value()));
  }

  /**
   * Source ids.
   *
   * @return the generator
   */
  public static Gen<SourceId> sourceIds() {
    return lists().of(words()).ofSizeBetween(1, 3).map(ws -> SourceId.of(String.join("-", ws)));
  }

  /**
   * Organization ids.
   *
   * @return the generator
   */
  public static Gen<OrganizationId> organizationIds() {
    return Generate.pick(List.of("CSTO", "CIS", "SCO", "EEU", "NATO", "UN", "OSCE", "EU")).map(OrganizationId::of);
  }

  private static <T> Gen<Optional<T>> opt(Gen<T> gen) {
    return gen.toOptionals(40);
  }

  private static <T> Gen<List<T>> few(Gen<T> gen) {
    return lists().of(gen).ofSizeBetween(0, 3);
  }

  /**
   * Citations.
   *
   * @return the generator
   */
  public static Gen<Citation> citations() {
    return in -> Citation.builder().source(sourceIds().generate(in)).section(texts().generate(in))
        .note(opt(integers().between(1, 300)).generate(in)).row(opt(integers().between(1, 40)).generate(in))
        .page(opt(integers().between(1, 200)).generate(in)).locator(opt(texts()).generate(in))
        .asOf(opt(partialDates()).generate(in)).build();
  }

  private static Gen<List<Citation>> citationLists() {
    return lists().of(citations()).ofSizeBetween(1, 3);
  }

  /**
   * Disputes.
   *
   * @return the generator
   */
  public static Gen<Dispute> disputes() {
    return in -> Dispute.builder().field(words().generate(in)).value(texts().generate(in))
        .note(opt(texts()).generate(in)).rank(Generate.enumValues(org.cstokit.model.source.Rank.class).generate(in))
        .citation(citations().generate(in)).build();
  }

  /**
   * Sources.
   *
   * @return the generator
   */
  public static Gen<Source> sources() {
    return in -> {
      int year = integers().between(1990, 2030).generate(in);
      return Source.builder().id(sourceIds().generate(in)).title(texts().generate(in))
        .addAllAuthors(few(texts()).generate(in)).publisher(texts().generate(in)).place(opt(words()).generate(in))
        .year(year).knownAsOf(PartialDate.of(integers().between(1990, year).generate(in))).kind(Generate.enumValues(SourceKind.class).generate(in))
        .url(opt(words().map(w -> "https://example.org/" + w)).generate(in)).licence(opt(texts()).generate(in))
        .addAllSections((Iterable<String>) lists().of(texts()).ofSizeBetween(0, 4).generate(in).stream().distinct()::iterator).build();
    };
  }

  /**
   * States.
   *
   * @return the generator
   */
  public static Gen<State> states() {
    return in -> State.builder().id(stateCodes().generate(in)).nameEn(texts().generate(in))
        .nameRu(cyrillicWords().generate(in)).alpha2(strings().betweenCodePoints('A', 'Z').ofLength(2).generate(in))
        .cow(opt(integers().between(2, 999)).generate(in)).sipri(opt(texts()).generate(in))
        .wikidata(opt(integers().between(1, 999_999).map(n -> "Q" + n)).generate(in))
        .addAllCitations(citationLists().generate(in)).addAllDisputes(few(disputes()).generate(in)).build();
  }

  /**
   * Decision procedures.
   *
   * @return the generator
   */
  public static Gen<DecisionProcedure> decisionProcedures() {
    return in -> DecisionProcedure.builder().kind(Generate.enumValues(ProcedureKind.class).generate(in))
        .limitedFormatAllowed(booleans().all().generate(in)).summary(opt(texts()).generate(in)).build();
  }

  /**
   * Organizations.
   *
   * @return the generator
   */
  public static Gen<Organization> organizations() {
    return in -> Organization.builder().id(organizationIds().generate(in)).name(texts().generate(in))
        .nameRu(opt(cyrillicWords()).generate(in)).abbreviation(words().generate(in))
        .kind(Generate.enumValues(OrganizationKind.class).generate(in)).founded(opt(partialDates()).generate(in))
        .headquarters(opt(texts()).generate(in)).summary(opt(texts()).generate(in))
        .addAllCitations(citationLists().generate(in)).build();
  }

  /**
   * Organs.
   *
   * @return the generator
   */
  public static Gen<Organ> organs() {
    return in -> Organ.builder().id(ids(OrganId::of).generate(in)).organization(organizationIds().generate(in))
        .name(texts().generate(in)).nameRu(opt(cyrillicWords()).generate(in))
        .kind(Generate.enumValues(OrganKind.class).generate(in)).parent(opt(ids(OrganId::of)).generate(in))
        .composition(opt(texts()).generate(in)).established(opt(partialDates()).generate(in))
        .decisionProcedure(opt(decisionProcedures()).generate(in)).summary(opt(texts()).generate(in))
        .addAllCitations(citationLists().generate(in)).build();
  }

  /**
   * Persons.
   *
   * @return the generator
   */
  public static Gen<Person> persons() {
    return in -> Person.builder().id(ids(PersonId::of).generate(in)).name(texts().generate(in))
        .addAllVariants(few(texts()).generate(in)).nationality(opt(stateCodes()).generate(in))
        .addAllRoles(few(texts()).generate(in)).addAllCitations(citationLists().generate(in))
        .addAllDisputes(few(disputes()).generate(in)).build();
  }

  /**
   * State dates.
   *
   * @return the generator
   */
  public static Gen<StateDate> stateDates() {
    return stateCodes().zip(partialDates(), StateDate::of);
  }

  /**
   * Instruments.
   *
   * @return the generator
   */
  public static Gen<Instrument> instruments() {
    return in -> {
      // any signing date or none; entry into force absent, on the signing date, or up to 15 years
      // after it at any precision (a coarser date may share the signing's year or month)
      Optional<PartialDate> signed = opt(partialDates()).generate(in);
      Optional<PartialDate> inForce = opt(partialDates()).generate(in);
      if (signed.isPresent() && inForce.isPresent()) {
        int year = signed.get().year() + integers().between(0, 15).generate(in);
        PartialDate later = partialDates(year, year).generate(in);
        inForce = Optional.of(later.isCertainlyBefore(signed.get()) ? signed.get() : later);
      }
      return Instrument.builder().id(ids(InstrumentId::of).generate(in)).kind(Generate.enumValues(InstrumentKind.class).generate(in))
          .title(texts().generate(in)).organization(opt(organizationIds()).generate(in))
          .addAllParties(few(stateCodes()).generate(in)).signed(signed).place(opt(words()).generate(in))
          .inForce(inForce).addAllInForceByState(few(stateDates()).generate(in))
          .durationYears(opt(integers().between(1, 50)).generate(in)).renewal(opt(texts()).generate(in))
          .expires(opt(partialDates()).generate(in)).addAllAmends(few(ids(InstrumentId::of)).generate(in))
          .addAllTerms(few(texts()).generate(in)).addAllCitations(citationLists().generate(in)).build();
    };
  }

  /**
   * Articles.
   *
   * @return the generator
   */
  public static Gen<Article> articles() {
    return in -> Article.builder().id(ids(ArticleId::of).generate(in)).instrument(ids(InstrumentId::of).generate(in))
        .number(integers().between(1, 30).map((Integer n) -> String.valueOf(n)).generate(in)).heading(opt(texts()).generate(in))
        .summary(texts().generate(in)).addAllProvisions(few(Generate.enumValues(ProvisionKind.class)).generate(in))
        .addAllCitations(citationLists().generate(in)).build();
  }

  /**
   * Memberships.
   *
   * @return the generator
   */
  public static Gen<Membership> memberships() {
    return in -> {
      Period period = periods().generate(in);
      Membership.Builder b = Membership.builder().id(ids(MembershipId::of).generate(in)).state(stateCodes().generate(in))
          .organization(organizationIds().generate(in)).status(Generate.enumValues(MembershipStatus.class).generate(in))
          .period(period).beganBy(opt(recordIds()).generate(in)).endedBy(opt(recordIds()).generate(in))
          .addAllCitations(citationLists().generate(in));
      if (period.end().isPresent()) {
        b.ending(opt(Generate.enumValues(MembershipEnding.class)).generate(in));
      }
      return b.build();
    };
  }

  /**
   * Offices.
   *
   * @return the generator
   */
  public static Gen<Office> offices() {
    return in -> Office.builder().id(ids(OfficeId::of).generate(in)).organization(organizationIds().generate(in))
        .state(opt(stateCodes()).generate(in)).organ(opt(ids(OrganId::of)).generate(in)).name(texts().generate(in))
        .rotationRule(opt(ids(RotationRuleId::of)).generate(in)).summary(opt(texts()).generate(in))
        .addAllCitations(citationLists().generate(in)).build();
  }

  /**
   * Tenures.
   *
   * @return the generator
   */
  public static Gen<Tenure> tenures() {
    return in -> Tenure.builder().id(ids(TenureId::of).generate(in)).office(ids(OfficeId::of).generate(in))
        .holder(opt(ids(PersonId::of)).generate(in)).state(stateCodes().generate(in)).period(periods().generate(in))
        .acting(booleans().all().generate(in)).ending(opt(Generate.enumValues(TenureEnding.class)).generate(in))
        .addAllCitations(citationLists().generate(in)).build();
  }

  /**
   * Rotation rules.
   *
   * @return the generator
   */
  public static Gen<RotationRule> rotationRules() {
    return in -> RotationRule.builder().id(ids(RotationRuleId::of).generate(in)).office(ids(OfficeId::of).generate(in))
        .eligibility(Eligibility.MEMBERS_ON_DATE).order(CollationOrder.RUSSIAN_ALPHABETICAL)
        .termYears(integers().between(1, 5).generate(in)).anchor(partialDates().generate(in))
        .anchorState(stateCodes().generate(in)).handover(Generate.enumValues(Handover.class).generate(in))
        .derived(booleans().all().generate(in)).addAllCitations(citationLists().generate(in)).build();
  }

  /**
   * Strengths.
   *
   * @return the generator
   */
  public static Gen<Strength> strengths() {
    return in -> Strength.builder().date(opt(partialDates()).generate(in)).strength(quantities().generate(in))
        .component(opt(texts()).generate(in)).addAllCitations(few(citations()).generate(in)).build();
  }

  /**
   * Collective forces.
   *
   * @return the generator
   */
  public static Gen<CollectiveForce> collectiveForces() {
    return in -> CollectiveForce.builder().id(ids(ForceId::of).generate(in)).name(texts().generate(in))
        .nameRu(opt(texts()).generate(in)).abbreviation(opt(words()).generate(in))
        .organization(opt(organizationIds()).generate(in)).kind(Generate.enumValues(ForceKind.class).generate(in))
        .parent(opt(ids(ForceId::of)).generate(in)).established(opt(partialDates()).generate(in))
        .proposed(booleans().all().generate(in)).addAllMembers(few(stateCodes()).generate(in))
        .addAllStrengths(few(strengths()).generate(in)).summary(opt(texts()).generate(in))
        .addAllCitations(citationLists().generate(in)).build();
  }

  /**
   * Unit contributions.
   *
   * @return the generator
   */
  public static Gen<UnitContribution> unitContributions() {
    return in -> UnitContribution.builder().id(ids(UnitId::of).generate(in)).unit(texts().generate(in))
        .state(stateCodes().generate(in)).force(ids(ForceId::of).generate(in))
        .agency(Generate.enumValues(Agency.class).generate(in)).since(opt(partialDates()).generate(in))
        .size(opt(quantities()).generate(in)).location(opt(texts()).generate(in))
        .addAllCitations(citationLists().generate(in)).build();
  }

  /**
   * Leases.
   *
   * @return the generator
   */
  public static Gen<Lease> leases() {
    return in -> Lease.builder().signed(opt(partialDates()).generate(in)).extended(opt(partialDates()).generate(in))
        .expires(opt(partialDates()).generate(in)).durationYears(opt(integers().between(1, 99)).generate(in))
        .renewal(opt(texts()).generate(in)).rent(opt(quantities()).generate(in)).build();
  }

  /**
   * Facilities.
   *
   * @return the generator
   */
  public static Gen<Facility> facilities() {
    return in -> Facility.builder().id(ids(FacilityId::of).generate(in)).kind(Generate.enumValues(FacilityKind.class).generate(in))
        .name(texts().generate(in)).host(stateCodes().generate(in)).operator(stateCodes().generate(in))
        .site(opt(texts()).generate(in)).addAllPersonnel(few(quantities()).generate(in))
        .addAllEquipment(few(texts()).generate(in)).addAllLegalBasis(few(ids(InstrumentId::of)).generate(in))
        .lease(opt(leases()).generate(in)).period(opt(periods()).generate(in))
        .status(Generate.enumValues(FacilityStatus.class).generate(in)).summary(opt(texts()).generate(in))
        .addAllCitations(citationLists().generate(in)).addAllDisputes(few(disputes()).generate(in)).build();
  }

  /**
   * Phases.
   *
   * @return the generator
   */
  public static Gen<Phase> phases() {
    return in -> Phase.builder().name(texts().generate(in)).period(opt(periods()).generate(in))
        .host(opt(stateCodes()).generate(in)).site(opt(texts()).generate(in)).summary(opt(texts()).generate(in)).build();
  }

  /**
   * Exercises.
   *
   * @return the generator
   */
  public static Gen<Exercise> exercises() {
    return in -> Exercise.builder().id(ids(ExerciseId::of).generate(in)).name(texts().generate(in))
        .series(opt(texts()).generate(in)).framework(Generate.enumValues(Framework.class).generate(in))
        .organization(opt(organizationIds()).generate(in)).period(periods().generate(in))
        .addAllHosts(few(stateCodes()).generate(in)).addAllSites(few(texts()).generate(in))
        .addAllParticipants(few(stateCodes()).generate(in)).addAllObservers(few(stateCodes()).generate(in))
        .addAllPersonnel(few(quantities()).generate(in)).addAllHardware(few(quantities()).generate(in))
        .addAllAircraft(few(quantities()).generate(in)).addAllShips(few(quantities()).generate(in))
        .addAllPhases(few(phases()).generate(in)).status(Generate.enumValues(ExerciseStatus.class).generate(in))
        .summary(opt(texts()).generate(in)).addAllCitations(citationLists().generate(in)).build();
  }

  /**
   * Operation results.
   *
   * @return the generator
   */
  public static Gen<OperationResult> operationResults() {
    return texts().zip(quantities(), (l, q) -> OperationResult.builder().label(l).quantity(q).build());
  }

  /**
   * Operations.
   *
   * @return the generator
   */
  public static Gen<Operation> operations() {
    return in -> Operation.builder().id(ids(OperationId::of).generate(in)).name(texts().generate(in))
        .kind(Generate.enumValues(OperationKind.class).generate(in)).organization(organizationIds().generate(in))
        .period(opt(periods()).generate(in)).recurring(booleans().all().generate(in))
        .addAllParticipants(few(stateCodes()).generate(in)).addAllResults(few(operationResults()).generate(in))
        .summary(opt(texts()).generate(in)).addAllCitations(citationLists().generate(in)).build();
  }

  /**
   * Table rows.
   *
   * @return the generator
   */
  public static Gen<TableRow> tableRows() {
    return in -> TableRow.builder().table("III-" + integers().between(1, 5).generate(in))
        .row(integers().between(1, 40).generate(in)).build();
  }

  /**
   * Arms transfers.
   *
   * @return the generator
   */
  public static Gen<ArmsTransfer> armsTransfers() {
    return in -> {
      StateCode supplier = stateCodes().generate(in);
      StateCode recipient = stateCodes().generate(in);
      if (recipient.equals(supplier)) {
        recipient = StateCode.of(supplier.value().equals("RUS") ? "ARM" : "RUS");
      }
      Optional<Integer> first = opt(integers().between(1990, 2015)).generate(in);
      Optional<Integer> last = first.flatMap(f -> opt(integers().between(f, f + 5)).generate(in));
      Optional<Integer> ordered = opt(integers().between(1, 500)).generate(in);
      Optional<Integer> delivered = ordered.isPresent()
          ? opt(integers().between(0, ordered.get())).generate(in) : opt(integers().between(0, 500)).generate(in);
      return ArmsTransfer.builder().id(ids(TransferId::of).generate(in)).supplier(supplier).recipient(recipient)
          .designation(texts().generate(in)).description(texts().generate(in))
          .category(Generate.enumValues(WeaponCategory.class).generate(in))
          .orderYear(opt(integers().between(1990, 2020)).generate(in)).deliveryFirst(first).deliveryLast(last)
          .numberOrdered(ordered).numberDelivered(delivered).terms(Generate.enumValues(TransferTerms.class).generate(in))
          .value(opt(quantities(Generate.constant("USD"))).generate(in)).remarks(opt(texts()).generate(in))
          .tableRow(opt(tableRows()).generate(in)).addAllCitations(citationLists().generate(in))
          .addAllDisputes(few(disputes()).generate(in)).build();
    };
  }

  /**
   * Events.
   *
   * @return the generator
   */
  public static Gen<Event> events() {
    return in -> {
      PartialDate date = partialDates().generate(in);
      Optional<PartialDate> end = opt(partialDates(date.year() + 1, date.year() + 3)).generate(in);
      return Event.builder().id(ids(EventId::of).generate(in)).kind(Generate.enumValues(EventKind.class).generate(in))
          .date(date).end(end).title(texts().generate(in)).summary(opt(texts()).generate(in))
          .addAllStates(few(stateCodes()).generate(in)).addAllOrganizations(few(organizationIds()).generate(in))
          .addAllRelated(few(recordIds()).generate(in)).addAllCitations(citationLists().generate(in)).build();
    };
  }

  /**
   * Decisions with at most one position per state.
   *
   * @return the generator
   */
  public static Gen<Decision> decisions() {
    return in -> {
      List<String> codes = lists().of(Generate.pick(STATE_CODES)).ofSizeBetween(0, 6).generate(in);
      Decision.Builder b = Decision.builder().id(ids(DecisionId::of).generate(in)).organ(ids(OrganId::of).generate(in))
          .date(partialDates().generate(in)).subject(texts().generate(in))
          .procedure(opt(decisionProcedures()).generate(in)).outcome(Generate.enumValues(DecisionOutcome.class).generate(in))
          .instrument(opt(ids(InstrumentId::of)).generate(in)).summary(opt(texts()).generate(in))
          .addAllCitations(citationLists().generate(in));
      codes.stream().distinct().forEach(c ->
          b.addPosition(StatePosition.of(StateCode.of(c), Generate.enumValues(Position.class).generate(in))));
      return b.build();
    };
  }

  /**
   * Every generator of a model value type, by type, for laws that every value obeys.
   *
   * @return the generators, in a fixed order
   */
  public static List<Gen<?>> all() {
    return Arrays.asList(partialDates(), periods(), quantities(), sourceIds(), recordIds(), stateCodes(),
        organizationIds(), sources(), citations(), disputes(), states(), decisionProcedures(), organizations(),
        organs(), persons(), stateDates(), instruments(), articles(), memberships(), offices(), tenures(),
        rotationRules(), strengths(), collectiveForces(), unitContributions(), leases(), facilities(), phases(),
        exercises(), operationResults(), operations(), tableRows(), armsTransfers(), events(), decisions());
  }
}
