package org.cstokit.data;

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
import org.cstokit.model.event.DecisionKind;
import org.cstokit.model.event.DecisionOutcome;
import org.cstokit.model.event.Event;
import org.cstokit.model.event.EventKind;
import org.cstokit.model.event.Position;
import org.cstokit.model.event.PositionCondition;
import org.cstokit.model.event.StatePosition;
import org.cstokit.model.institution.CollationOrder;
import org.cstokit.model.institution.Eligibility;
import org.cstokit.model.institution.Handover;
import org.cstokit.model.institution.HandoverPeriod;
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
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.ArticleId;
import org.cstokit.model.source.DecisionId;
import org.cstokit.model.source.EventId;
import org.cstokit.model.source.ExerciseId;
import org.cstokit.model.source.FacilityId;
import org.cstokit.model.source.ForceId;
import org.cstokit.model.source.InstrumentId;
import org.cstokit.model.source.MembershipId;
import org.cstokit.model.source.OfficeId;
import org.cstokit.model.source.OperationId;
import org.cstokit.model.source.OrganId;
import org.cstokit.model.source.PersonId;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.RotationRuleId;
import org.cstokit.model.source.Source;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.source.SourceKind;
import org.cstokit.model.source.TenureId;
import org.cstokit.model.source.TransferId;
import org.cstokit.model.source.UnitId;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Period;
import org.cstokit.model.transfer.ArmsTransfer;
import org.cstokit.model.transfer.TableRow;
import org.cstokit.model.transfer.TransferTerms;
import org.cstokit.model.transfer.WeaponCategory;

/**
 * The hand-written record readers of {@link FastReader}, one per record type, each accepting the
 * field names and value forms that {@link DataLoader#write} produces for that type and building
 * the record through its builder. A field it does not know gives up on the file.
 */
final class FastRecords {
  private FastRecords() {}

  /** Element kinds of the lists that records hold, for {@link FastReader#list(int)} (no lambda per list: cheaper cold). */
  static final int CITATION = 0;
  static final int DISPUTE = 1;
  static final int STATE = 2;
  static final int STRING = 3;
  static final int HANDOVER_PERIOD = 4;
  static final int OPERATION_RESULT = 5;
  static final int PHASE = 6;
  static final int STATE_POSITION = 7;
  static final int PROCEDURE = 8;
  static final int QUANTITY = 9;
  static final int STATE_DATE = 10;
  static final int STRENGTH = 11;
  static final int INSTRUMENT_ID = 12;
  static final int ORGANIZATION_ID = 13;
  static final int RECORD_ID = 14;
  static final int TRANSFER_ID = 15;
  static final int DECISION_KIND = 16;
  static final int POSITION_CONDITION = 17;
  static final int PROVISION_KIND = 18;

  /** Reads one element of a list of the given kind. */
  static Object element(FastReader r, int kind) {
    return switch (kind) {
      case CITATION -> r.citation();
      case DISPUTE -> r.dispute();
      case STATE -> r.state();
      case STRING -> r.string();
      case HANDOVER_PERIOD -> handoverPeriod(r);
      case OPERATION_RESULT -> operationResult(r);
      case PHASE -> phase(r);
      case STATE_POSITION -> position(r);
      case PROCEDURE -> procedure(r);
      case QUANTITY -> r.quantity();
      case STATE_DATE -> stateDate(r);
      case STRENGTH -> strength(r);
      case INSTRUMENT_ID -> InstrumentId.of(r.raw());
      case ORGANIZATION_ID -> OrganizationId.of(r.raw());
      case RECORD_ID -> RecordId.of(r.raw());
      case TRANSFER_ID -> TransferId.of(r.raw());
      case DECISION_KIND -> r.constant(DECISION_KINDS);
      case POSITION_CONDITION -> r.constant(POSITION_CONDITIONS);
      case PROVISION_KIND -> r.constant(PROVISION_KINDS);
      default -> throw FastReader.giveUp();
    };
  }

  private static final DecisionKind[] DECISION_KINDS = DecisionKind.values();
  private static final PositionCondition[] POSITION_CONDITIONS = PositionCondition.values();
  private static final ProvisionKind[] PROVISION_KINDS = ProvisionKind.values();

  /** Reads one record of the family (its {@code START_OBJECT} is the current token). */
  static Object record(FastReader r, int family) {
    return switch (family) {
      case 0 -> source(r);
      case 1 -> state(r);
      case 2 -> organization(r);
      case 3 -> organ(r);
      case 4 -> person(r);
      case 5 -> instrument(r);
      case 6 -> article(r);
      case 7 -> membership(r);
      case 8 -> office(r);
      case 9 -> tenure(r);
      case 10 -> rotationRule(r);
      case 11 -> force(r);
      case 12 -> unit(r);
      case 13 -> facility(r);
      case 14 -> transfer(r);
      case 15 -> exercise(r);
      case 16 -> operation(r);
      case 17 -> event(r);
      case 18 -> decision(r);
      default -> throw FastReader.giveUp();
    };
  }

  /** Whether the family has a reader here (every family has; a new family without one takes the general path). */
  static boolean reads(Family<?> family) {
    return family.ordinal() <= 18;
  }

  static Source source(FastReader r) {
    Source.Builder b = Source.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(SourceId.of(r.raw()));
        case "title" -> b.title(r.string());
        case "authors" -> b.authors(r.list(STRING));
        case "publisher" -> b.publisher(r.string());
        case "place" -> b.place(r.string());
        case "year" -> b.year(r.integer());
        case "knownAsOf" -> b.knownAsOf(r.date());
        case "kind" -> b.kind(r.constant(SourceKind.values()));
        case "url" -> b.url(r.string());
        case "accessed" -> b.accessed(r.date());
        case "licence" -> b.licence(r.string());
        case "sections" -> b.sections(r.list(STRING));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static State state(FastReader r) {
    State.Builder b = State.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(StateCode.of(r.raw()));
        case "nameEn" -> b.nameEn(r.string());
        case "nameRu" -> b.nameRu(r.string());
        case "alpha2" -> b.alpha2(r.string());
        case "cow" -> b.cow(r.optionalInt());
        case "sipri" -> b.sipri(r.string());
        case "wikidata" -> b.wikidata(r.string());
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Organization organization(FastReader r) {
    Organization.Builder b = Organization.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(OrganizationId.of(r.raw()));
        case "name" -> b.name(r.string());
        case "nameRu" -> b.nameRu(r.string());
        case "abbreviation" -> b.abbreviation(r.string());
        case "kind" -> b.kind(r.constant(OrganizationKind.values()));
        case "founded" -> b.founded(r.date());
        case "headquarters" -> b.headquarters(r.string());
        case "summary" -> b.summary(r.string());
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static DecisionProcedure procedure(FastReader r) {
    r.object();
    DecisionProcedure.Builder b = DecisionProcedure.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "kind" -> b.kind(r.constant(ProcedureKind.values()));
        case "limitedFormatAllowed" -> b.limitedFormatAllowed(r.bool());
        case "summary" -> b.summary(r.string());
        case "kinds" -> b.kinds(r.list(DECISION_KIND));
        case "from" -> b.from(r.date());
        case "citations" -> b.citations(r.list(CITATION));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Organ organ(FastReader r) {
    Organ.Builder b = Organ.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(OrganId.of(r.raw()));
        case "organization" -> b.organization(OrganizationId.of(r.raw()));
        case "name" -> b.name(r.string());
        case "nameRu" -> b.nameRu(r.string());
        case "kind" -> b.kind(r.constant(OrganKind.values()));
        case "parent" -> b.parent(OrganId.of(r.raw()));
        case "composition" -> b.composition(r.string());
        case "established" -> b.established(r.date());
        case "decisionProcedure" -> b.decisionProcedure(procedure(r));
        case "procedures" -> b.procedures(r.list(PROCEDURE));
        case "summary" -> b.summary(r.string());
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Person person(FastReader r) {
    Person.Builder b = Person.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(PersonId.of(r.raw()));
        case "name" -> b.name(r.string());
        case "variants" -> b.variants(r.list(STRING));
        case "nationality" -> b.nationality(r.state());
        case "roles" -> b.roles(r.list(STRING));
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static StateDate stateDate(FastReader r) {
    r.object();
    StateDate.Builder b = StateDate.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "state" -> b.state(r.state());
        case "date" -> b.date(r.date());
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Instrument instrument(FastReader r) {
    Instrument.Builder b = Instrument.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(InstrumentId.of(r.raw()));
        case "kind" -> b.kind(r.constant(InstrumentKind.values()));
        case "title" -> b.title(r.string());
        case "organization" -> b.organization(OrganizationId.of(r.raw()));
        case "parties" -> b.parties(r.list(STATE));
        case "signed" -> b.signed(r.date());
        case "place" -> b.place(r.string());
        case "inForce" -> b.inForce(r.date());
        case "inForceByState" -> b.inForceByState(r.list(STATE_DATE));
        case "durationYears" -> b.durationYears(r.optionalInt());
        case "renewal" -> b.renewal(r.string());
        case "expires" -> b.expires(r.date());
        case "amends" -> b.amends(r.list(INSTRUMENT_ID));
        case "terms" -> b.terms(r.list(STRING));
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Article article(FastReader r) {
    Article.Builder b = Article.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(ArticleId.of(r.raw()));
        case "instrument" -> b.instrument(InstrumentId.of(r.raw()));
        case "number" -> b.number(r.string());
        case "heading" -> b.heading(r.string());
        case "summary" -> b.summary(r.string());
        case "provisions" -> b.provisions(r.list(PROVISION_KIND));
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Period period(FastReader r) {
    r.object();
    PartialDate start = null;
    PartialDate end = null;
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "start" -> start = r.date();
        case "end" -> end = r.date();
        default -> throw FastReader.giveUp();
      }
    }
    if (start == null) {
      throw FastReader.giveUp();
    }
    return end == null ? Period.from(start) : Period.of(start, end);
  }

  static Membership membership(FastReader r) {
    Membership.Builder b = Membership.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(MembershipId.of(r.raw()));
        case "state" -> b.state(r.state());
        case "organization" -> b.organization(OrganizationId.of(r.raw()));
        case "status" -> b.status(r.constant(MembershipStatus.values()));
        case "period" -> b.period(period(r));
        case "beganBy" -> b.beganBy(RecordId.of(r.raw()));
        case "endedBy" -> b.endedBy(RecordId.of(r.raw()));
        case "ending" -> b.ending(r.constant(MembershipEnding.values()));
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Office office(FastReader r) {
    Office.Builder b = Office.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(OfficeId.of(r.raw()));
        case "organization" -> b.organization(OrganizationId.of(r.raw()));
        case "state" -> b.state(r.state());
        case "organ" -> b.organ(OrganId.of(r.raw()));
        case "name" -> b.name(r.string());
        case "rotationRule" -> b.rotationRule(RotationRuleId.of(r.raw()));
        case "singleHolder" -> b.singleHolder(r.bool());
        case "summary" -> b.summary(r.string());
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Tenure tenure(FastReader r) {
    Tenure.Builder b = Tenure.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(TenureId.of(r.raw()));
        case "office" -> b.office(OfficeId.of(r.raw()));
        case "holder" -> b.holder(PersonId.of(r.raw()));
        case "state" -> b.state(r.state());
        case "period" -> b.period(period(r));
        case "acting" -> b.acting(r.bool());
        case "ending" -> b.ending(r.constant(TenureEnding.values()));
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static HandoverPeriod handoverPeriod(FastReader r) {
    r.object();
    HandoverPeriod.Builder b = HandoverPeriod.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "from" -> b.from(r.date());
        case "handover" -> b.handover(r.constant(Handover.values()));
        case "summary" -> b.summary(r.string());
        case "citations" -> b.citations(r.list(CITATION));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static RotationRule rotationRule(FastReader r) {
    RotationRule.Builder b = RotationRule.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(RotationRuleId.of(r.raw()));
        case "office" -> b.office(OfficeId.of(r.raw()));
        case "eligibility" -> b.eligibility(r.constant(Eligibility.values()));
        case "order" -> b.order(r.constant(CollationOrder.values()));
        case "termYears" -> b.termYears(r.integer());
        case "anchor" -> b.anchor(r.date());
        case "anchorState" -> b.anchorState(r.state());
        case "handover" -> b.handover(r.constant(Handover.values()));
        case "handovers" -> b.handovers(r.list(HANDOVER_PERIOD));
        case "instrument" -> b.instrument(InstrumentId.of(r.raw()));
        case "summary" -> b.summary(r.string());
        case "derived" -> b.derived(r.bool());
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Strength strength(FastReader r) {
    r.object();
    Strength.Builder b = Strength.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "date" -> b.date(r.date());
        case "strength" -> b.strength(r.quantity());
        case "component" -> b.component(r.string());
        case "citations" -> b.citations(r.list(CITATION));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static CollectiveForce force(FastReader r) {
    CollectiveForce.Builder b = CollectiveForce.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(ForceId.of(r.raw()));
        case "name" -> b.name(r.string());
        case "nameRu" -> b.nameRu(r.string());
        case "abbreviation" -> b.abbreviation(r.string());
        case "organization" -> b.organization(OrganizationId.of(r.raw()));
        case "kind" -> b.kind(r.constant(ForceKind.values()));
        case "parent" -> b.parent(ForceId.of(r.raw()));
        case "established" -> b.established(r.date());
        case "proposed" -> b.proposed(r.bool());
        case "members" -> b.members(r.list(STATE));
        case "strengths" -> b.strengths(r.list(STRENGTH));
        case "summary" -> b.summary(r.string());
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static UnitContribution unit(FastReader r) {
    UnitContribution.Builder b = UnitContribution.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(UnitId.of(r.raw()));
        case "unit" -> b.unit(r.string());
        case "state" -> b.state(r.state());
        case "force" -> b.force(ForceId.of(r.raw()));
        case "agency" -> b.agency(r.constant(Agency.values()));
        case "since" -> b.since(r.date());
        case "size" -> b.size(r.quantity());
        case "location" -> b.location(r.string());
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Lease lease(FastReader r) {
    r.object();
    Lease.Builder b = Lease.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "signed" -> b.signed(r.date());
        case "extended" -> b.extended(r.date());
        case "expires" -> b.expires(r.date());
        case "durationYears" -> b.durationYears(r.optionalInt());
        case "renewal" -> b.renewal(r.string());
        case "rent" -> b.rent(r.quantity());
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Facility facility(FastReader r) {
    Facility.Builder b = Facility.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(FacilityId.of(r.raw()));
        case "kind" -> b.kind(r.constant(FacilityKind.values()));
        case "name" -> b.name(r.string());
        case "host" -> b.host(r.state());
        case "operator" -> b.operator(r.state());
        case "site" -> b.site(r.string());
        case "personnel" -> b.personnel(r.list(QUANTITY));
        case "equipment" -> b.equipment(r.list(STRING));
        case "legalBasis" -> b.legalBasis(r.list(INSTRUMENT_ID));
        case "lease" -> b.lease(lease(r));
        case "period" -> b.period(period(r));
        case "status" -> b.status(r.constant(FacilityStatus.values()));
        case "summary" -> b.summary(r.string());
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Phase phase(FastReader r) {
    r.object();
    Phase.Builder b = Phase.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "name" -> b.name(r.string());
        case "period" -> b.period(period(r));
        case "host" -> b.host(r.state());
        case "site" -> b.site(r.string());
        case "summary" -> b.summary(r.string());
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Exercise exercise(FastReader r) {
    Exercise.Builder b = Exercise.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(ExerciseId.of(r.raw()));
        case "name" -> b.name(r.string());
        case "series" -> b.series(r.string());
        case "framework" -> b.framework(r.constant(Framework.values()));
        case "organization" -> b.organization(OrganizationId.of(r.raw()));
        case "period" -> b.period(period(r));
        case "hosts" -> b.hosts(r.list(STATE));
        case "sites" -> b.sites(r.list(STRING));
        case "participants" -> b.participants(r.list(STATE));
        case "observers" -> b.observers(r.list(STATE));
        case "personnel" -> b.personnel(r.list(QUANTITY));
        case "hardware" -> b.hardware(r.list(QUANTITY));
        case "aircraft" -> b.aircraft(r.list(QUANTITY));
        case "ships" -> b.ships(r.list(QUANTITY));
        case "phases" -> b.phases(r.list(PHASE));
        case "status" -> b.status(r.constant(ExerciseStatus.values()));
        case "summary" -> b.summary(r.string());
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static OperationResult operationResult(FastReader r) {
    r.object();
    OperationResult.Builder b = OperationResult.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "label" -> b.label(r.string());
        case "quantity" -> b.quantity(r.quantity());
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Operation operation(FastReader r) {
    Operation.Builder b = Operation.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(OperationId.of(r.raw()));
        case "name" -> b.name(r.string());
        case "kind" -> b.kind(r.constant(OperationKind.values()));
        case "organization" -> b.organization(OrganizationId.of(r.raw()));
        case "period" -> b.period(period(r));
        case "recurring" -> b.recurring(r.bool());
        case "participants" -> b.participants(r.list(STATE));
        case "results" -> b.results(r.list(OPERATION_RESULT));
        case "summary" -> b.summary(r.string());
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Event event(FastReader r) {
    Event.Builder b = Event.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(EventId.of(r.raw()));
        case "kind" -> b.kind(r.constant(EventKind.values()));
        case "date" -> b.date(r.date());
        case "end" -> b.end(r.date());
        case "title" -> b.title(r.string());
        case "summary" -> b.summary(r.string());
        case "states" -> b.states(r.list(STATE));
        case "organizations" -> b.organizations(r.list(ORGANIZATION_ID));
        case "related" -> b.related(r.list(RECORD_ID));
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static StatePosition position(FastReader r) {
    r.object();
    StatePosition.Builder b = StatePosition.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "state" -> b.state(r.state());
        case "position" -> b.position(r.constant(Position.values()));
        case "conditions" -> b.conditions(r.list(POSITION_CONDITION));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  static Decision decision(FastReader r) {
    Decision.Builder b = Decision.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(DecisionId.of(r.raw()));
        case "organ" -> b.organ(OrganId.of(r.raw()));
        case "date" -> b.date(r.date());
        case "subject" -> b.subject(r.string());
        case "procedure" -> b.procedure(procedure(r));
        case "kind" -> b.kind(r.constant(DecisionKind.values()));
        case "positions" -> b.positions(r.list(STATE_POSITION));
        case "outcome" -> b.outcome(r.constant(DecisionOutcome.values()));
        case "instrument" -> b.instrument(InstrumentId.of(r.raw()));
        case "summary" -> b.summary(r.string());
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  private static final WeaponCategory[] CATEGORIES = WeaponCategory.values();
  private static final TransferTerms[] TERMS = TransferTerms.values();

  static ArmsTransfer transfer(FastReader r) {
    ArmsTransfer.Builder b = ArmsTransfer.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(TransferId.of(r.raw()));
        case "supplier" -> b.supplier(r.state());
        case "recipient" -> b.recipient(r.state());
        case "designation" -> b.designation(r.string());
        case "description" -> b.description(r.string());
        case "category" -> b.category(r.constant(CATEGORIES));
        case "orderYear" -> b.orderYear(r.optionalInt());
        case "deliveryFirst" -> b.deliveryFirst(r.optionalInt());
        case "deliveryLast" -> b.deliveryLast(r.optionalInt());
        case "numberOrdered" -> b.numberOrdered(r.optionalInt());
        case "numberDelivered" -> b.numberDelivered(r.optionalInt());
        case "terms" -> b.terms(r.constant(TERMS));
        case "value" -> b.value(r.quantity());
        case "remarks" -> b.remarks(r.string());
        case "tableRow" -> b.tableRow(tableRow(r));
        case "restates" -> b.restates(r.list(TRANSFER_ID));
        case "citations" -> b.citations(r.list(CITATION));
        case "disputes" -> b.disputes(r.list(DISPUTE));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  private static TableRow tableRow(FastReader r) {
    r.object();
    TableRow.Builder b = TableRow.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "table" -> b.table(r.string());
        case "row" -> b.row(r.integer());
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }
}
