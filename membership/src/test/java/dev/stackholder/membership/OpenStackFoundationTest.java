package dev.stackholder.membership;

import static dev.stackholder.membership.OpenStackFoundation.CORPORATE_SPONSOR;
import static dev.stackholder.membership.OpenStackFoundation.GOLD;
import static dev.stackholder.membership.OpenStackFoundation.INDIVIDUAL;
import static dev.stackholder.membership.OpenStackFoundation.PLATINUM;
import static dev.stackholder.membership.OpenStackFoundation.STARTUP_SPONSOR;
import static dev.stackholder.membership.OpenStackFoundation.SUPPORTING_ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingExchangeRateException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in OpenStack Foundation data, above all the 2012 dues rules and their boundaries. */
class OpenStackFoundationTest {
  private static final DuesSchedule BYLAWS_2012 = OpenStackFoundation.duesSchedule();
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final CurrencyUnit JPY = CurrencyUnit.of("JPY");
  private static final CurrencyUnit KWD = CurrencyUnit.of("KWD");
  private static final Money NO_REVENUE = Money.zero(CurrencyUnit.USD);

  @Test
  void platinumPaysFlatFiveHundredThousandWithThreeYearCommitment() {
    DuesQuote quote = BYLAWS_2012.quote(PLATINUM, Money.parse("USD 90000000000"));
    assertThat(quote.amount()).isEqualTo(Money.parse("USD 500000.00"));
    assertThat(quote.explanation())
        .isEqualTo(
            "Platinum: flat annual dues of USD 500,000.00, with a 3-year commitment (OpenStack Foundation bylaws, 2012)");
    assertThat(quote.bound()).isEmpty();
  }

  @Test
  void goldAboveTheMaximumMatchesDesignExample() {
    DuesQuote quote = BYLAWS_2012.quote(GOLD, Money.parse("USD 35000000000"));
    assertThat(quote.amount()).isEqualTo(Money.parse("USD 200000.00"));
    assertThat(quote.bound()).contains(DuesBound.MAXIMUM);
    assertThat(quote.explanation())
        .isEqualTo(
            "Gold: 0.025% of USD 35,000,000,000.00 = USD 8,750,000.00,"
                + " above the maximum: USD 200,000.00 (OpenStack Foundation bylaws, 2012)");
  }

  @ParameterizedTest(name = "revenue {0} -> {1} ({2})")
  @CsvSource({
    // the minimum binds up to USD 200 million of revenue
    "0.00,              50000.00,  MINIMUM",
    "199999999.99,      50000.00,  MINIMUM",
    "200000000.00,      50000.00,  ",
    "200000000.04,      50000.00,  ",
    // exact cents: 0.025% of 200,000,020.00 is 50,000.005, half up to 50,000.01
    "200000020.00,      50000.01,  ",
    "200000019.99,      50000.00,  ",
    "400000000.00,      100000.00, ",
    // the maximum binds from USD 800 million
    "799999999.99,      200000.00, ",
    "800000000.00,      200000.00, ",
    "800000000.01,      200000.00, MAXIMUM",
    "35000000000.00,    200000.00, MAXIMUM",
  })
  void goldBoundaries(String revenue, String dues, DuesBound bound) {
    DuesQuote quote = BYLAWS_2012.quote(GOLD, Money.of(CurrencyUnit.USD, new BigDecimal(revenue)));
    assertThat(quote.amount()).isEqualTo(Money.of(CurrencyUnit.USD, new BigDecimal(dues)));
    if (bound == null) {
      assertThat(quote.bound()).isEmpty();
    } else {
      assertThat(quote.bound()).contains(bound);
    }
  }

  @Test
  void goldExplainsRoundingWhenItRounds() {
    DuesQuote quote = BYLAWS_2012.quote(GOLD, Money.parse("USD 200000020.00"));
    assertThat(quote.explanation())
        .isEqualTo(
            "Gold: 0.025% of USD 200,000,020.00 = USD 50,000.005,"
                + " rounded half up to 0.01 USD: USD 50,000.01, within the bounds (OpenStack Foundation bylaws, 2012)");
  }

  @Test
  void goldBelowTheMinimum() {
    DuesQuote quote = BYLAWS_2012.quote(GOLD, Money.parse("USD 12000000.00"));
    assertThat(quote.explanation())
        .isEqualTo(
            "Gold: 0.025% of USD 12,000,000.00 = USD 3,000.00,"
                + " below the minimum: USD 50,000.00 (OpenStack Foundation bylaws, 2012)");
  }

  @Test
  void goldRevenueInRenminbiIsConvertedFirstAndTheRateIsNamed() {
    ExchangeRates rates =
        ExchangeRates.empty().with(CNY, CurrencyUnit.USD, new BigDecimal("0.1481"));
    DuesQuote quote = BYLAWS_2012.quote(GOLD, Money.parse("CNY 237760000000"), rates);
    assertThat(quote.amount()).isEqualTo(Money.parse("USD 200000.00"));
    assertThat(quote.exchangeRate()).isEqualTo(rates.findRate(CNY, CurrencyUnit.USD));
    assertThat(quote.explanation())
        .isEqualTo(
            "Gold: revenue CNY 237,760,000,000.00 converted at"
                + " CNY/USD=0.1481 (rounded half up to 0.01 USD) is USD 35,212,256,000.00; 0.025% of"
                + " USD 35,212,256,000.00 = USD 8,803,064.00, above the maximum: USD 200,000.00"
                + " (OpenStack Foundation bylaws, 2012)");
  }

  @Test
  void goldRevenueInACurrencyWithoutMinorDigits() {
    // JPY has no minor unit: 300,000,000,000 yen at 0.0067 is USD 2,010,000,000.00
    ExchangeRates rates =
        ExchangeRates.empty().with(JPY, CurrencyUnit.USD, new BigDecimal("0.0067"));
    assertThat(BYLAWS_2012.quote(GOLD, Money.parse("JPY 300000000000"), rates).amount())
        .isEqualTo(Money.parse("USD 200000.00"));
    // 2,000,000,001 yen at 0.0067 is USD 13,400,000.0067, rounded to USD 13,400,000.01: minimum
    // applies
    ExchangeRates low = ExchangeRates.empty().with(JPY, CurrencyUnit.USD, new BigDecimal("0.15"));
    DuesQuote quote = BYLAWS_2012.quote(GOLD, Money.parse("JPY 2000000001"), low);
    // 2,000,000,001 * 0.15 = 300,000,000.15 -> 0.025% = 75,000.0000375 -> USD 75,000.00
    assertThat(quote.amount()).isEqualTo(Money.parse("USD 75000.00"));
    assertThat(quote.explanation())
        .startsWith("Gold: revenue JPY 2,000,000,001 converted at JPY/USD=0.15");
  }

  @Test
  void goldRevenueInACurrencyWithThreeMinorDigits() {
    // KWD 1,234,567,890.123 at 0.325 = USD 401,234,564.289975 -> USD 401,234,564.29 (half up)
    // 0.025% of that = 100,308.6410725 -> USD 100,308.64
    ExchangeRates rates =
        ExchangeRates.empty().with(KWD, CurrencyUnit.USD, new BigDecimal("0.325"));
    DuesQuote quote = BYLAWS_2012.quote(GOLD, Money.parse("KWD 1234567890.123"), rates);
    assertThat(quote.amount()).isEqualTo(Money.parse("USD 100308.64"));
    assertThat(quote.explanation())
        .isEqualTo(
            "Gold: revenue KWD 1,234,567,890.123 converted at"
                + " KWD/USD=0.325 (rounded half up to 0.01 USD) is USD 401,234,564.29; 0.025% of"
                + " USD 401,234,564.29 = USD 100,308.6410725, rounded half up to 0.01 USD: USD 100,308.64,"
                + " within the bounds (OpenStack Foundation bylaws, 2012)");
  }

  @Test
  void sponsorTiersAreFlatAndMarkedUnverified() {
    DuesQuote corporate = BYLAWS_2012.quote(CORPORATE_SPONSOR, NO_REVENUE);
    assertThat(corporate.amount()).isEqualTo(Money.parse("USD 25000.00"));
    assertThat(corporate.explanation())
        .isEqualTo(
            "Corporate Sponsor: flat annual dues of USD 25,000.00;"
                + " figure unverified: one secondary source only (OpenStack Foundation bylaws, 2012)");
    assertThat(BYLAWS_2012.quote(STARTUP_SPONSOR, NO_REVENUE).amount())
        .isEqualTo(Money.parse("USD 10000.00"));
  }

  @Test
  void supportingOrganizationsAndIndividualsAreFree() {
    assertThat(BYLAWS_2012.quote(SUPPORTING_ORGANIZATION, NO_REVENUE).amount())
        .isEqualTo(NO_REVENUE);
    DuesQuote individual = BYLAWS_2012.quote(INDIVIDUAL, NO_REVENUE);
    assertThat(individual.amount()).isEqualTo(NO_REVENUE);
    assertThat(individual.explanation())
        .isEqualTo("Individual Member: free, no dues (OpenStack Foundation bylaws, 2012)");
  }

  @Test
  void flatTierNeedsNoRateForAForeignRevenue() {
    assertThat(BYLAWS_2012.quote(PLATINUM, Money.parse("CNY 1000")).amount())
        .isEqualTo(Money.parse("USD 500000.00"));
  }

  @Test
  void negativeRevenueIsInvalid() {
    assertThatThrownBy(() -> BYLAWS_2012.quote(GOLD, Money.parse("USD -1.00")))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Annual revenue USD -1.00 is negative, expected zero or more");
  }

  @Test
  void tierUnknownToTheScheduleIsInvalid() {
    assertThatThrownBy(() -> BYLAWS_2012.quote(Tier.of("diamond", "Diamond"), NO_REVENUE))
        .isExactlyInstanceOf(TierNotInForceException.class)
        .hasMessage(
            "Tier 'diamond' is not in rule set 'openstack-2012', expected one of platinum, gold,"
                + " corporate-sponsor, startup-sponsor, supporting-organization, individual");
  }

  @Test
  void revenueInAnotherCurrencyWithoutARateIsMissingExchangeRate() {
    assertThatThrownBy(() -> BYLAWS_2012.quote(GOLD, Money.parse("CNY 1000000000")))
        .isExactlyInstanceOf(MissingExchangeRateException.class)
        .hasMessage("No exchange rate from CNY to USD: give one, e.g. CNY/USD=<rate>");
  }

  @Test
  void inverseRateIsNotGuessed() {
    ExchangeRates usdToCny =
        ExchangeRates.empty().with(CurrencyUnit.USD, CNY, new BigDecimal("6.75"));
    assertThatThrownBy(() -> BYLAWS_2012.quote(GOLD, Money.parse("CNY 1000000000"), usdToCny))
        .isExactlyInstanceOf(MissingExchangeRateException.class);
  }

  @Test
  void scheduleOnADateQuotesUnderTheRuleSetInForce() {
    for (LocalDate date : List.of(LocalDate.of(2017, 11, 6), LocalDate.of(2012, 8, 28))) {
      DuesQuote dated = OpenStackFoundation.duesScheduleOn(date).quote(PLATINUM, NO_REVENUE);
      assertThat(dated.ruleSetId()).isEqualTo("openstack-2012");
      assertThat(dated.quotedOn()).contains(date);
      assertThat(dated.amount()).isEqualTo(BYLAWS_2012.quote(PLATINUM, NO_REVENUE).amount());
    }
  }

  @Test
  void a2026GoldQuoteItemisesTheLinuxFoundationMembershipTheCharterRequires() {
    LocalDate on = LocalDate.of(2026, 3, 1);
    Declaration declared =
        Declaration.builder().employees(20000).kind(OrganizationKind.COMMERCIAL).build();
    DuesQuote gold =
        OpenStackFoundation.duesScheduleOn(on).quote(GOLD, declared, ExchangeRates.empty());
    assertThat(gold.ruleSetId()).isEqualTo("openinfra-2025");
    assertThat(gold.amount()).isEqualTo(Money.parse("USD 150000.00"));
    assertThat(gold.prerequisites()).hasSize(1);
    PrerequisiteFee fee = gold.prerequisites().get(0);
    assertThat(fee.prerequisite().foundation()).isEqualTo("linux-foundation");
    assertThat(fee.prerequisite().sources())
        .extracting(s -> s.document())
        .anyMatch(document -> document.contains("legal/charter.md"));
    Foundation lf = Foundations.getFoundation("linux-foundation");
    DuesQuote silver =
        lf.duesScheduleOn(on).quote(lf.getTier("silver"), declared, ExchangeRates.empty());
    assertThat(fee.quote().get().amount()).isEqualTo(silver.amount());
    assertThat(gold.total()).isEqualTo(Money.parse("USD 150000.00").plus(silver.amount()));
    // OpenStack's own fee was confirmed after the quote's date, the Linux Foundation's long before
    assertThat(gold.evidenceIsOld()).isFalse();
    assertThat(fee.quote().get().evidenceIsOld()).isTrue();
    assertThat(gold.explanation())
        .startsWith("Gold: flat annual dues of USD 150,000.00 (OpenInfra Foundation charter")
        .contains(
            "; requires The Linux Foundation membership, quoted at silver: Silver: 20,000 employees")
        .contains(
            "fees last confirmed by a source on 2014-01-28, 12 years and 1 month before 2026-03-01")
        .endsWith("; in all " + dev.stackholder.core.MoneyText.format(gold.total()) + " a year");
  }

  @Test
  void theLinuxFoundationFeeIsListedNotGuessedWhenEmployeesAreNotDeclared() {
    DuesQuote platinum =
        OpenStackFoundation.duesScheduleOn(LocalDate.of(2026, 3, 1)).quote(PLATINUM, NO_REVENUE);
    assertThat(platinum.prerequisites())
        .singleElement()
        .satisfies(fee -> assertThat(fee.unpriced()).contains("needs employees"));
    assertThat(platinum.total()).isEqualTo(platinum.amount());
    assertThat(platinum.explanation())
        .contains("not quoted, needs employees")
        .doesNotContain("in all");
  }

  @Test
  void onlyTheDirectedFundsMembersNeedTheLinuxFoundationAndOnlyFromTheCharter() {
    DuesSchedule charter = OpenStackFoundation.duesScheduleOn(LocalDate.of(2025, 6, 3));
    assertThat(charter.quote(INDIVIDUAL, NO_REVENUE).prerequisites()).isEmpty();
    assertThat(charter.quote(OpenStackFoundation.SILVER, NO_REVENUE).prerequisites()).hasSize(1);
    DuesQuote dayBefore =
        OpenStackFoundation.duesScheduleOn(LocalDate.of(2025, 6, 2)).quote(GOLD, NO_REVENUE);
    assertThat(dayBefore.ruleSetId()).isEqualTo("openinfra-2021-09");
    assertThat(dayBefore.prerequisites()).isEmpty();
  }

  @Test
  void aQuotePastTheEvidenceSaysHowOldItIs() {
    DuesQuote later =
        OpenStackFoundation.duesScheduleOn(LocalDate.of(2027, 8, 1))
            .quote(OpenStackFoundation.SILVER, Declaration.ofEmployees(10), ExchangeRates.empty());
    assertThat(later.lastConfirmed()).contains(LocalDate.of(2026, 7, 7));
    assertThat(later.explanation())
        .endsWith("; fees last confirmed by a source on 2026-07-07, 1 year before 2027-08-01");
    DuesQuote platinum2020 =
        OpenStackFoundation.duesScheduleOn(LocalDate.of(2020, 6, 1)).quote(PLATINUM, NO_REVENUE);
    assertThat(platinum2020.explanation())
        .isEqualTo(
            "Platinum: flat annual dues of USD 500,000.00, with a 3-year"
                + " commitment (OpenStack Foundation bylaws, 2012); fees last confirmed by a source on 2016-11-17,"
                + " 3 years and 6 months before 2020-06-01");
    DuesQuote platinum2016 =
        OpenStackFoundation.duesScheduleOn(LocalDate.of(2016, 6, 1)).quote(PLATINUM, NO_REVENUE);
    assertThat(platinum2016.evidenceIsOld()).isFalse();
  }

  @Test
  void everyRuleSetIsLastConfirmedOnTheDateOfOneOfItsSources() {
    for (RuleSet ruleSet : OpenStackFoundation.foundation().ruleSets()) {
      List<LocalDate> dates = new ArrayList<>();
      ruleSet.sources().forEach(source -> source.date().ifPresent(dates::add));
      for (TierRule rule : ruleSet.tiers()) {
        rule.sources().forEach(source -> source.date().ifPresent(dates::add));
        rule.memberLimit().flatMap(limit -> limit.source().date()).ifPresent(dates::add);
      }
      assertThat(ruleSet.lastConfirmed()).as(ruleSet.id()).isPresent();
      assertThat(dates).as(ruleSet.id()).contains(ruleSet.lastConfirmed().get());
      assertThat(ruleSet.lastConfirmed().get())
          .as(ruleSet.id())
          .isAfterOrEqualTo(ruleSet.effectiveFrom());
    }
  }

  @Test
  void noRulesBeforeTheFoundation() {
    assertThatThrownBy(() -> OpenStackFoundation.duesScheduleOn(LocalDate.of(2012, 8, 27)))
        .isExactlyInstanceOf(NoRulesInForceException.class)
        .hasMessageStartingWith(
            "No OpenStack Foundation rule set is in force on 2012-08-27; the rule sets cover openstack-2012 2012-08-28");
  }

  @Test
  void everyTierConstantIsAFoundationTier() {
    assertThat(OpenStackFoundation.foundation().tiers())
        .contains(
            PLATINUM,
            GOLD,
            CORPORATE_SPONSOR,
            STARTUP_SPONSOR,
            SUPPORTING_ORGANIZATION,
            INDIVIDUAL,
            OpenStackFoundation.SILVER,
            OpenStackFoundation.ASSOCIATE);
  }

  @Test
  void everyBuiltInRuleCarriesASource() {
    for (RuleSet ruleSet : OpenStackFoundation.foundation().ruleSets()) {
      assertThat(ruleSet.sources()).as(ruleSet.id()).isNotEmpty();
      for (TierRule rule : ruleSet.tiers()) {
        assertThat(rule.sources()).as(ruleSet.id() + " " + rule.tier().id()).isNotEmpty();
      }
    }
  }
}
