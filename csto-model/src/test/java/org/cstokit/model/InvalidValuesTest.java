package org.cstokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cstokit.model.source.OrganId;
import org.cstokit.model.source.TransferId;
import org.cstokit.model.source.MembershipId;
import org.cstokit.model.source.DecisionId;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.cstokit.model.actor.State;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.actor.OrganizationId;
import org.cstokit.model.event.Decision;
import org.cstokit.model.event.DecisionOutcome;
import org.cstokit.model.event.Position;
import org.cstokit.model.event.StatePosition;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.membership.MembershipEnding;
import org.cstokit.model.membership.MembershipStatus;
import org.cstokit.model.quantity.Basis;
import org.cstokit.model.quantity.Qualifier;
import org.cstokit.model.quantity.Quantity;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.RecordId;
import org.cstokit.model.source.SourceId;
import org.cstokit.model.time.PartialDate;
import org.cstokit.model.time.Period;
import org.cstokit.model.transfer.ArmsTransfer;
import org.cstokit.model.transfer.TransferTerms;
import org.cstokit.model.transfer.WeaponCategory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A table of invalid inputs, each rejected with a message that names the field and the value. */
class InvalidValuesTest {
  private static final Citation CITE = Citation.of(SourceId.of("ssi-2018-csto"), "ORIGINS", 1);

  private static Quantity.Builder quantity(long value) {
    return Quantity.builder().value(BigDecimal.valueOf(value)).basis(Basis.REPORTED).unit("personnel");
  }

  private static Membership.Builder membership() {
    return Membership.builder().id(MembershipId.of("mem-csto-arm-1")).state(StateCode.of("ARM"))
        .organization(OrganizationId.of("CSTO")).status(MembershipStatus.MEMBER)
        .period(Period.from(PartialDate.of(2002))).addCitation(CITE);
  }

  private static ArmsTransfer.Builder transfer() {
    return ArmsTransfer.builder().id(TransferId.of("tr-arm-01")).supplier(StateCode.of("RUS"))
        .recipient(StateCode.of("ARM")).designation("T-72").description("Tank")
        .category(WeaponCategory.ARMOURED_VEHICLES).terms(TransferTerms.UNKNOWN).addCitation(CITE);
  }

  static Stream<Arguments> invalidInputs() {
    return Stream.of(
        bad("a month 13", InvalidValueException.Kind.OUT_OF_RANGE, "field 'month': 13 is not between 1 and 12",
            () -> PartialDate.of(2017, 13)),
        bad("February 30th", InvalidValueException.Kind.OUT_OF_RANGE, "field 'day': 30 is not a day of 2017-02",
            () -> PartialDate.of(2017, 2, 30)),
        bad("a malformed ISO date", InvalidValueException.Kind.MALFORMED,
            "field 'date': \"May 2017\" is not an ISO date of the form 2006, 2017-05 or 2017-05-02",
            () -> PartialDate.parse("May 2017")),
        bad("an end before a start", InvalidValueException.Kind.INCONSISTENT,
            "field 'end': 2001-05 is before start 2003-10",
            () -> Period.of(PartialDate.of(2003, 10), PartialDate.of(2001, 5))),
        bad("an empty period", InvalidValueException.Kind.INCONSISTENT,
            "field 'end': 2012-06-28 is before start 2012-06-28",
            () -> Period.of(PartialDate.of(2012, 6, 28), PartialDate.of(2012, 6, 28))),
        bad("a lower bound above the value", InvalidValueException.Kind.INCONSISTENT,
            "field 'lower': 6000 is above value 5000",
            () -> quantity(5000).qualifier(Qualifier.ABOUT).lower(BigDecimal.valueOf(6000)).build()),
        bad("an upper bound below the value", InvalidValueException.Kind.INCONSISTENT,
            "field 'upper': 4000 is below value 5000",
            () -> quantity(5000).qualifier(Qualifier.ABOUT).upper(BigDecimal.valueOf(4000)).build()),
        bad("a range without bounds", InvalidValueException.Kind.MISSING,
            "field 'qualifier': RANGE needs both lower and upper bounds",
            () -> quantity(65000).qualifier(Qualifier.RANGE).build()),
        bad("a negative quantity", InvalidValueException.Kind.OUT_OF_RANGE, "field 'value': -5 is negative",
            () -> quantity(-5).qualifier(Qualifier.EXACT).build()),
        bad("a blank unit", InvalidValueException.Kind.EMPTY, "field 'unit': \" \" must not be blank",
            () -> Quantity.builder().value(BigDecimal.ONE).qualifier(Qualifier.EXACT).basis(Basis.DECLARED).unit(" ").build()),
        bad("an empty citation list", InvalidValueException.Kind.EMPTY, "field 'citations': [] must not be empty",
            () -> Membership.builder().from(membership().build()).citations(java.util.List.of()).build()),
        bad("a malformed state code", InvalidValueException.Kind.MALFORMED,
            "field 'state': \"Arm\" is not an ISO 3166-1 alpha-3 code of three capital letters like ARM",
            () -> StateCode.of("Arm")),
        bad("a malformed record id", InvalidValueException.Kind.MALFORMED,
            "field 'id': \"Mem CSTO\" is not a lower-case slug like mem-csto-uzb-2", () -> RecordId.of("Mem CSTO")),
        bad("a malformed organization id", InvalidValueException.Kind.MALFORMED,
            "field 'organization': \"csto\" is not an upper-case abbreviation like CSTO", () -> OrganizationId.of("csto")),
        bad("a missing required attribute", InvalidValueException.Kind.MISSING, "state",
            () -> Membership.builder().id(MembershipId.of("mem-x")).organization(OrganizationId.of("CSTO"))
                .status(MembershipStatus.MEMBER).period(Period.from(PartialDate.of(2002))).addCitation(CITE).build()),
        bad("an ending on an open period", InvalidValueException.Kind.INCONSISTENT,
            "field 'ending': WITHDRAWAL is given for a period without end",
            () -> membership().ending(MembershipEnding.WITHDRAWAL).build()),
        bad("a zero endnote", InvalidValueException.Kind.OUT_OF_RANGE, "field 'note': 0 must be positive",
            () -> Citation.builder().source(SourceId.of("ssi-2018-csto")).section("ORIGINS").note(0).build()),
        bad("deliveries beyond the order", InvalidValueException.Kind.INCONSISTENT,
            "field 'numberDelivered': 5 exceeds numberOrdered 4", () -> transfer().numberOrdered(4).numberDelivered(5).build()),
        bad("a last delivery before the first", InvalidValueException.Kind.INCONSISTENT,
            "field 'deliveryLast': 1994 is before deliveryFirst 1995", () -> transfer().deliveryFirst(1995).deliveryLast(1994).build()),
        bad("a supplier arming itself", InvalidValueException.Kind.INCONSISTENT, "field 'recipient': RUS is the supplier",
            () -> transfer().recipient(StateCode.of("RUS")).build()),
        bad("a malformed alpha-2 code", InvalidValueException.Kind.MALFORMED, "field 'alpha2': \"ARM\" is not two capital letters",
            () -> State.builder().id(StateCode.of("ARM")).nameEn("Armenia").nameRu("Армения").alpha2("ARM").addCitation(CITE).build()),
        bad("two positions of one state", InvalidValueException.Kind.INCONSISTENT, "names a state twice",
            () -> Decision.builder().id(DecisionId.of("dec-x")).organ(OrganId.of("csto-council")).date(PartialDate.of(2016))
                .subject("observer status").outcome(DecisionOutcome.BLOCKED).addCitation(CITE)
                .addPosition(StatePosition.of(StateCode.of("ARM"), Position.OBJECT))
                .addPosition(StatePosition.of(StateCode.of("ARM"), Position.SUPPORT)).build()));
  }

  private static Arguments bad(String what, InvalidValueException.Kind kind, String message, Executable build) {
    return Arguments.of(what, kind, message, build);
  }

  @ParameterizedTest(name = "{0} is rejected")
  @MethodSource("invalidInputs")
  void invalid_input_is_rejected_with_a_message_naming_the_field(
      String what, InvalidValueException.Kind kind, String message, Executable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build, what);
    assertEquals(kind, e.kind(), what);
    if (message.startsWith("field ")) {
      assertEquals(message, e.getMessage());
    } else {
      org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(message), e.getMessage());
    }
  }
}
