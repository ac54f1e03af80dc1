package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.board.BoardComposition;
import dev.stackholder.membership.board.BoardSeats;
import dev.stackholder.membership.board.Director;
import dev.stackholder.membership.roster.Admission;
import dev.stackholder.membership.roster.Departure;
import dev.stackholder.membership.roster.MembershipHistory;
import dev.stackholder.membership.roster.ReportedCount;
import dev.stackholder.membership.roster.Roster;
import dev.stackholder.membership.roster.RosterEvent;
import dev.stackholder.membership.roster.RosterFixtures;
import dev.stackholder.membership.roster.TierChange;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API conventions: sealed hierarchies, builders and factories, find/get lookups, enum ids. */
class ConventionsTest {
  private static final Source SOURCE = Source.of("test-fixture.txt", "Test fixture");

  @Test
  void duesRulesAreSealedToTheFiveVariants() {
    assertThat(DuesRule.class.isSealed()).isTrue();
    assertThat(DuesRule.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            FlatDues.class,
            PercentOfRevenueDues.class,
            FreeDues.class,
            BandedDues.class,
            ByKindDues.class);
  }

  @Test
  void rosterEventsAreSealedToTheThreeKinds() {
    assertThat(RosterEvent.class.isSealed()).isTrue();
    assertThat(RosterEvent.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(Admission.class, TierChange.class, Departure.class);
  }

  @Test
  void rostersAndBoardCompositionsCannotBeImplementedElsewhere() {
    assertThat(Roster.class.isSealed()).isTrue();
    assertThat(Roster.class.getPermittedSubclasses())
        .extracting(Class::getSimpleName)
        .containsExactlyInAnyOrder("ReplayedRoster", "EvidenceRoster");
    for (Class<?> implementation : Roster.class.getPermittedSubclasses()) {
      assertThat(Modifier.isPublic(implementation.getModifiers()))
          .as(implementation.getName())
          .isFalse();
    }
    assertThat(BoardComposition.class.isSealed()).isTrue();
    assertThat(
            Arrays.stream(BoardComposition.class.getPermittedSubclasses()).map(Class::getModifiers))
        .noneMatch(Modifier::isPublic);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tier",
        "TierRule",
        "RuleSet",
        "Foundation",
        "FlatDues",
        "PercentOfRevenueDues",
        "FreeDues",
        "BandedDues",
        "DuesBand",
        "Declaration",
        "MemberLimit",
        "AffiliationLimit",
        "DuesQuote",
        "StatedCharge",
        "roster.ReportedCount",
        "roster.Admission",
        "roster.TierChange",
        "roster.Departure",
        "roster.MembershipHistory",
        "roster.Membership",
        "roster.Observation",
        "roster.LastSeen",
        "roster.TierCompleteness",
        "roster.RosterAnswer",
        "board.Director",
        "board.BoardComposition",
        "board.BoardYear",
        "income.IncomeLine",
        "income.IncomeReport"
      })
  void generatedImplementationsAreNotPublic(String type) throws ClassNotFoundException {
    Class<?> generated =
        Class.forName("dev.stackholder.membership." + type.replaceFirst("(\\w+)$", "Immutable$1"));
    assertThat(Modifier.isPublic(generated.getModifiers())).as(generated.getName()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DuesQuote",
        "income.IncomeLine",
        "income.IncomeReport",
        "roster.Membership",
        "board.BoardComposition"
      })
  void computedResultsHaveNoPublicBuilder(String type) throws ClassNotFoundException {
    Class<?> result = Class.forName("dev.stackholder.membership." + type);
    assertThat(Arrays.stream(result.getMethods()).map(m -> m.getName())).doesNotContain("builder");
    assertThat(Arrays.stream(result.getClasses()).map(Class::getSimpleName))
        .doesNotContain("Builder");
  }

  @Test
  void buildersCopyAndChangeAValue() {
    TierRule gold =
        TierRule.of(
            Tier.of("gold", "Gold"),
            PercentOfRevenueDues.builder()
                .percent(new BigDecimal("0.025"))
                .minimum(Money.parse("USD 50000"))
                .build());
    TierRule changed = TierRule.builder().from(gold).commitmentYears(3).build();
    assertThat(changed.commitmentYears()).contains(3);
    assertThat(changed.dues()).isEqualTo(gold.dues());
    assertThat(gold.commitmentYears()).isEmpty();
    assertThat(Declaration.builder().annualRevenue(Money.parse("USD 10")).employees(5).build())
        .isEqualTo(
            Declaration.builder()
                .from(Declaration.ofRevenue(Money.parse("USD 10")))
                .employees(5)
                .build());
    assertThat(
            DuesBand.builder()
                .atLeast(BigDecimal.ONE)
                .amount(Money.parse("USD 1"))
                .label("small")
                .build()
                .label())
        .contains("small");
    assertThat(FlatDues.builder().amount(Money.parse("USD 1")).build())
        .isEqualTo(FlatDues.of(Money.parse("USD 1")));
    assertThat(
            Director.builder()
                .name("Ada")
                .affiliation("Example")
                .seatClass("gold")
                .build()
                .seatClass())
        .contains("gold");
  }

  @Test
  void buildersCheckWhatTheyBuild() {
    assertThatThrownBy(
            () ->
                DuesBand.builder()
                    .atLeast(BigDecimal.ONE.negate())
                    .amount(Money.parse("USD 1"))
                    .build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Dues band lower bound -1 is negative, expected zero or more");
    assertThatThrownBy(
            () -> ReportedCount.of(LocalDate.of(2017, 1, 1), Tier.of("gold", "Gold"), -1, SOURCE))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Reported count -1 of gold is negative");
  }

  @Test
  void aHistoryBuiltFromEventsReplaysAndRoundTrips() {
    Foundation foundation = RosterFixtures.smallFoundation(Proration.FULL_YEAR);
    Organization org = Organization.of("example", "Example");
    MembershipHistory history =
        MembershipHistory.builder()
            .addEvents(Admission.of(org, RosterFixtures.GOLD, LocalDate.of(2020, 3, 1), SOURCE))
            .addEvents(
                TierChange.of("example", RosterFixtures.PLATINUM, LocalDate.of(2021, 1, 1), SOURCE))
            .addEvents(Departure.of("example", LocalDate.of(2022, 1, 1), SOURCE))
            .addReportedCounts(
                ReportedCount.of(LocalDate.of(2021, 6, 1), RosterFixtures.PLATINUM, 1, SOURCE))
            .build();
    Roster roster = history.replay(foundation);
    assertThat(roster.tierOf("example", LocalDate.of(2020, 6, 1))).contains(RosterFixtures.GOLD);
    assertThat(roster.tierOf("example", LocalDate.of(2021, 6, 1)))
        .contains(RosterFixtures.PLATINUM);
    assertThat(roster.tierOf("example", LocalDate.of(2022, 1, 1))).isEmpty();
    assertThat(roster.events()).containsExactlyElementsOf(history.events());
    assertThat(StackholderJson.read(StackholderJson.write(history), MembershipHistory.class))
        .isEqualTo(history);
    assertThat(StackholderJson.read(StackholderJson.write(roster), Roster.class)).isEqualTo(roster);
  }

  @Test
  void ruleSetsAreFoundOrGotByIdIgnoringCase() {
    Foundation openstack = OpenStackFoundation.foundation();
    assertThat(openstack.findRuleSet(" OpenStack-2012 "))
        .contains(openstack.getRuleSet("openstack-2012"));
    assertThat(openstack.findRuleSet("openstack-1999")).isEmpty();
    assertThatThrownBy(() -> openstack.getRuleSet("openstack-1999"))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessageStartingWith(
            "Unknown rule set 'openstack-1999', expected one of openstack-2012, ")
        .satisfies(
            e -> {
              NotFoundException notFound = (NotFoundException) e;
              assertThat(notFound.kind()).isEqualTo("rule set");
              assertThat(notFound.id()).isEqualTo("openstack-1999");
              assertThat(notFound.knownIds())
                  .startsWith("openstack-2012")
                  .hasSize(openstack.ruleSets().size());
            });
  }

  @Test
  void theRuleSetInForceIsFoundOrMissing() {
    Foundation openstack = OpenStackFoundation.foundation();
    assertThat(openstack.findRuleSetOn(LocalDate.of(2015, 1, 1)))
        .contains(openstack.getRuleSet("openstack-2012"));
    assertThat(openstack.findRuleSetOn(LocalDate.of(2000, 1, 1))).isEmpty();
    assertThatThrownBy(() -> openstack.ruleSetOn(LocalDate.of(2000, 1, 1)))
        .isExactlyInstanceOf(NoRulesInForceException.class);
  }

  @Test
  void aQuoteForATierTheScheduleDoesNotKnowStaysInvalidData() {
    // One type for the situation on every path (issue 26), and that type is InvalidDataException.
    assertThatThrownBy(
            () ->
                OpenStackFoundation.duesSchedule()
                    .quote(Tier.of("diamond", "Diamond"), Money.parse("USD 1000000")))
        .isExactlyInstanceOf(TierNotInForceException.class)
        .isInstanceOf(InvalidDataException.class);
  }

  @Test
  void enumsReadAndWriteTheirIds() {
    assertIds(DuesBasis.values(), DuesBasis::id, DuesBasis::fromId, "dues basis");
    assertIds(Proration.values(), Proration::id, Proration::fromId, "proration");
    assertIds(BoardSeats.values(), BoardSeats::id, BoardSeats::fromId, "board seats");
    assertIds(DuesBound.values(), DuesBound::id, DuesBound::fromId, "dues bound");
    assertThat(
            List.of(
                DuesBasis.REVENUE.id(),
                Proration.FULL_YEAR.id(),
                BoardSeats.ONE_PER_MEMBER.id(),
                DuesBound.MAXIMUM.id()))
        .containsExactly("revenue", "full-year", "one-per-member", "maximum");
  }

  private static <E extends Enum<E>> void assertIds(
      E[] values, Function<E, String> id, Function<String, E> fromId, String kind) {
    for (E value : values) {
      assertThat(fromId.apply(id.apply(value))).isSameAs(value);
      assertThat(StackholderJson.write(value)).isEqualTo("\"" + id.apply(value) + "\"");
      assertThat(StackholderJson.read("\"" + id.apply(value) + "\"", value.getDeclaringClass()))
          .isSameAs(value);
    }
    assertThatThrownBy(() -> fromId.apply("NOPE"))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessageStartingWith(
            "Unknown " + kind + " 'NOPE', expected one of " + id.apply(values[0]));
  }

  @Test
  void anUnknownEnumIdInJsonIsInvalidDataNamingThePath() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"type\": \"banded\", \"basis\": \"staff\", \"bands\": []}", DuesRule.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$.basis: Unknown dues basis 'staff', expected one of revenue, employees");
  }

  @Test
  void aQuoteWritesItsBoundById() {
    DuesQuote quote =
        OpenStackFoundation.duesSchedule()
            .quote(OpenStackFoundation.GOLD, Money.parse("USD 35000000000"));
    assertThat(quote.bound()).contains(DuesBound.MAXIMUM);
    String json = StackholderJson.write(quote);
    assertThat(json).contains("\"bound\":\"maximum\"");
    assertThat(StackholderJson.read(json, DuesQuote.class)).isEqualTo(quote);
  }

  @Test
  void builtInDataWritesTheIdsItIsReadFrom() {
    String foundation = StackholderJson.write(OpenStackFoundation.foundation());
    assertThat(foundation)
        .contains(
            "\"board\":\"one-per-member\"",
            "\"board\":\"equal-to-appointed\"",
            "\"proration\":\"full-year\"");
    assertThat(StackholderJson.write(Foundations.getFoundation("eclipse")))
        .contains("\"basis\":\"revenue\"");
    MembershipHistory history =
        Foundations.RESOURCES.readJson("openstack/reported-counts.json", MembershipHistory.class);
    assertThat(StackholderJson.read(StackholderJson.write(history), MembershipHistory.class))
        .isEqualTo(history);
    assertThat(
            StackholderJson.read(StackholderJson.write(OpenStackFoundation.roster()), Roster.class))
        .isEqualTo(OpenStackFoundation.roster());
  }

  @Test
  void aBrokenBuiltInResourceIsAPackagingBugNamingIt() {
    assertThatThrownBy(() -> Foundations.RESOURCES.readJson("no-such.json", Foundation.class))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such.json")
        .hasMessageContaining("stackholder-membership");
  }
}
