package dev.stackholder.membership;

import static dev.stackholder.testsupport.JsonEdits.remove;
import static dev.stackholder.testsupport.JsonEdits.set;
import static dev.stackholder.testsupport.JsonEdits.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.StackholderException;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.compare.FeeComparison;
import dev.stackholder.membership.roster.Roster;
import dev.stackholder.membership.roster.RosterFixtures;
import dev.stackholder.testsupport.SchemaValidation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in {@code dev/stackholder/membership/json-schema/} against a third-party
 * validator: every built-in data file and every JSON the library writes validates, and broken
 * documents do not.
 */
class JsonSchemaTest {
  private static final String DATA = "/dev/stackholder/membership/";
  private static final ExchangeRates RATES =
      ExchangeRates.of(
          List.of(ExchangeRate.parse("EUR/USD=1.08"), ExchangeRate.parse("USD/EUR=0.93")));
  private static final List<Declaration> ORGANIZATIONS =
      List.of(
          Declaration.builder()
              .annualRevenue(Money.parse("USD 5000000000"))
              .employees(20000)
              .kind(OrganizationKind.COMMERCIAL)
              .build(),
          Declaration.builder().employees(3000).kind(OrganizationKind.ACADEMIC).build(),
          Declaration.builder()
              .annualRevenue(Money.parse("EUR 2000000"))
              .employees(40)
              .kind(OrganizationKind.NON_PROFIT)
              .build(),
          Declaration.builder()
              .annualRevenue(Money.parse("USD 120000"))
              .kind(OrganizationKind.GOVERNMENT)
              .build(),
          Declaration.builder().build());

  @Test
  void everyBuiltInDataFileValidates() {
    String index = resource(DATA + "foundations/index.json");
    assertThat(errors("foundation-index", index)).isEmpty();
    List<String> files = new ArrayList<>();
    tree(index).forEach(name -> files.add("foundations/" + name.asText()));
    files.add("openstack/foundation.json");
    assertThat(files).hasSizeGreaterThanOrEqualTo(11);
    for (String file : files) {
      assertThat(errors("foundation", resource(DATA + file))).as(file).isEmpty();
    }
    assertThat(errors("membership-history", resource(DATA + "openstack/reported-counts.json")))
        .isEmpty();
    // The test fixture of the script form, as a membership history.
    assertThat(
            errors(
                "membership-history",
                resource("/dev/stackholder/membership/roster/scripted-roster.json")))
        .isEmpty();
  }

  @Test
  void everyBuiltInFoundationAndRuleSetAsWrittenValidates() {
    assertThat(Foundations.builtIn()).hasSizeGreaterThanOrEqualTo(11);
    for (Foundation foundation : Foundations.builtIn()) {
      assertThat(errors("foundation", StackholderJson.write(foundation)))
          .as(foundation.id())
          .isEmpty();
      for (RuleSet ruleSet : foundation.ruleSets()) {
        assertThat(errors("rule-set", StackholderJson.write(ruleSet))).as(ruleSet.id()).isEmpty();
      }
    }
  }

  @Test
  void bothRosterFormsAsWrittenValidate() {
    Roster evidence = OpenStackFoundation.roster();
    String written = StackholderJson.write(evidence);
    assertThat(tree(written).has("observations")).isTrue();
    assertThat(errors("roster", written)).isEmpty();
    assertThat(errors("observations", StackholderJson.write(OpenStackFoundation.evidence())))
        .isEmpty();

    String script = StackholderJson.write(RosterFixtures.scriptedOpenStack());
    assertThat(tree(script).has("events")).isTrue();
    assertThat(errors("roster", script)).isEmpty();
    // What the schema accepts, the reader reads back.
    assertThat(StackholderJson.read(script, Roster.class).events()).isNotEmpty();
  }

  @Test
  void aQuoteOfEveryTierOfEveryBuiltInFoundationValidates() {
    int quotes = 0;
    for (Foundation foundation : Foundations.builtIn()) {
      for (RuleSet ruleSet : foundation.ruleSets()) {
        DuesSchedule schedule = foundation.duesScheduleOn(ruleSet.effectiveFrom());
        for (TierRule rule : ruleSet.tiers()) {
          int before = quotes;
          for (Declaration organization : ORGANIZATIONS) {
            DuesQuote quote;
            try {
              quote = schedule.quote(rule.tier(), organization, RATES);
            } catch (StackholderException notQuotable) {
              continue; // a figure not declared, a kind not offered: other organizations cover the
              // tier
            }
            String json = StackholderJson.write(quote);
            assertThat(errors("dues-quote", json))
                .as(ruleSet.id() + " " + rule.tier().id())
                .isEmpty();
            quotes++;
          }
          assertThat(quotes)
              .as("quotes of %s %s", ruleSet.id(), rule.tier().id())
              .isGreaterThan(before);
        }
      }
    }
  }

  @Test
  void feeComparisonsOverEveryFoundationValidate() {
    for (LocalDate on :
        List.of(LocalDate.of(2013, 1, 1), LocalDate.of(2022, 6, 1), LocalDate.of(2026, 11, 25))) {
      for (Declaration organization : ORGANIZATIONS) {
        for (CurrencyUnit currency : List.of(CurrencyUnit.USD, CurrencyUnit.EUR)) {
          FeeComparison comparison = FeeComparison.of(organization, on, currency, RATES);
          assertThat(errors("fee-comparison", StackholderJson.write(comparison)))
              .as("%s %s %s", on, organization, currency)
              .isEmpty();
        }
      }
    }
  }

  static Stream<Arguments> brokenDocuments() {
    String cncf = resource(DATA + "foundations/cncf.json");
    String quote =
        StackholderJson.write(
            Foundations.getFoundation("cncf")
                .duesScheduleOn(LocalDate.of(2025, 1, 1))
                .quote(
                    Foundations.getFoundation("cncf").getTier("gold"),
                    ORGANIZATIONS.get(0),
                    RATES));
    String roster = StackholderJson.write(RosterFixtures.scriptedOpenStack());
    String evidence = StackholderJson.write(OpenStackFoundation.roster());
    String comparison =
        StackholderJson.write(
            FeeComparison.of(
                ORGANIZATIONS.get(0), LocalDate.of(2026, 11, 25), CurrencyUnit.USD, RATES));
    JsonNodeFactory json = JsonNodeFactory.instance;
    return Stream.of(
        Arguments.of("foundation without id", "foundation", remove(cncf, "/id")),
        Arguments.of(
            "foundation id not a slug",
            "foundation",
            set(cncf, "/id", json.textNode("CNCF Foundation"))),
        Arguments.of("tiers an object", "foundation", set(cncf, "/tiers", json.objectNode())),
        Arguments.of("tier without name", "foundation", remove(cncf, "/tiers/0/name")),
        Arguments.of(
            "rule set without currency", "foundation", remove(cncf, "/ruleSets/0/currency")),
        Arguments.of(
            "currency in lower case",
            "foundation",
            set(cncf, "/ruleSets/0/currency", json.textNode("usd"))),
        Arguments.of(
            "impossible date",
            "foundation",
            set(cncf, "/ruleSets/0/effectiveFrom", json.textNode("2024-13-45"))),
        Arguments.of(
            "date as a number",
            "foundation",
            set(cncf, "/ruleSets/0/effectiveFrom", json.numberNode(20240101))),
        Arguments.of(
            "date not ISO",
            "foundation",
            set(cncf, "/ruleSets/0/lastConfirmed", json.textNode("01/02/2024"))),
        Arguments.of(
            "unknown dues type",
            "foundation",
            set(cncf, "/ruleSets/0/tiers/0/dues/type", json.textNode("weekly"))),
        Arguments.of(
            "dues without type", "foundation", remove(cncf, "/ruleSets/0/tiers/0/dues/type")),
        Arguments.of(
            "amount as a number",
            "foundation",
            set(cncf, "/ruleSets/0/tiers/0/dues/amount/amount", json.numberNode(120000))),
        Arguments.of(
            "flat dues without amount",
            "foundation",
            remove(cncf, "/ruleSets/0/tiers/0/dues/amount")),
        Arguments.of(
            "unknown program",
            "foundation",
            set(cncf, "/ruleSets/0/program", json.textNode("donation"))),
        Arguments.of(
            "unknown rounding",
            "foundation",
            set(cncf, "/ruleSets/0/rounding", json.textNode("UNNECESSARY"))),
        Arguments.of(
            "unknown board seats",
            "foundation",
            set(cncf, "/ruleSets/0/tiers/0/board", json.textNode("two"))),
        Arguments.of(
            "elected directors without board 'fixed'",
            "foundation",
            set(cncf, "/ruleSets/0/tiers/0/electedDirectors", json.numberNode(2))),
        Arguments.of(
            "board 'fixed' without elected directors",
            "foundation",
            set(cncf, "/ruleSets/0/tiers/0/board", json.textNode("fixed"))),
        Arguments.of(
            "unknown organization kind",
            "foundation",
            set(cncf, "/ruleSets/0/tiers/2/dues/prices/0/kinds/0", json.textNode("university"))),
        Arguments.of(
            "by-kind inside by-kind",
            "foundation",
            set(
                cncf,
                "/ruleSets/0/tiers/2/dues/prices/0/dues",
                tree(cncf).at("/ruleSets/0/tiers/3/dues"))),
        Arguments.of(
            "by-kind without prices",
            "foundation",
            remove(cncf, "/ruleSets/0/tiers/2/dues/prices")),
        Arguments.of(
            "prerequisite without tier",
            "foundation",
            set(
                cncf,
                "/ruleSets/0/prerequisite",
                json.objectNode().put("foundation", "linux-foundation"))),
        Arguments.of(
            "source without title", "foundation", remove(cncf, "/ruleSets/0/sources/0/title")),
        Arguments.of("index naming a path", "foundation-index", "[\"../cncf.json\"]"),
        Arguments.of("script without foundation", "roster", remove(roster, "/foundation")),
        Arguments.of("roster neither script nor evidence", "roster", remove(roster, "/events")),
        Arguments.of(
            "unknown event type", "roster", set(roster, "/events/0/type", json.textNode("join"))),
        Arguments.of(
            "event with a bad date",
            "roster",
            set(roster, "/events/0/date", json.textNode("2012-02-30"))),
        Arguments.of(
            "unknown observation kind",
            "roster",
            set(evidence, "/observations/0/kind", json.textNode("JOIN"))),
        Arguments.of(
            "observation without source", "roster", remove(evidence, "/observations/0/source")),
        Arguments.of(
            "quote amount as a number",
            "dues-quote",
            set(quote, "/amount/amount", json.numberNode(10))),
        Arguments.of("quote without rule", "dues-quote", remove(quote, "/rule")),
        Arguments.of(
            "unknown quote bound", "dues-quote", set(quote, "/bound", json.textNode("min"))),
        Arguments.of(
            "unknown fee status",
            "fee-comparison",
            set(comparison, "/rows/0/status", json.textNode("cheap"))),
        Arguments.of("comparison without date", "fee-comparison", remove(comparison, "/on")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void brokenDocumentsAreRejected(String what, String schema, String document) {
    assertThat(errors(schema, document)).as(what).isNotEmpty();
  }

  @Test
  void unknownPropertiesAreAllowedAsTheReadersIgnoreThem() {
    String cncf = resource(DATA + "foundations/cncf.json");
    String newer =
        set(cncf, "/ruleSets/0/tiers/0/futureField", JsonNodeFactory.instance.textNode("x"));
    assertThat(errors("foundation", newer)).isEmpty();
    assertThat(StackholderJson.read(newer, Foundation.class))
        .isEqualTo(StackholderJson.read(cncf, Foundation.class));
  }

  /** The validator's messages for a document against this module's schema {@code name}. */
  private static List<String> errors(String name, String json) {
    return SchemaValidation.errors("membership", name, json);
  }

  private static String resource(String path) {
    return SchemaValidation.text(JsonSchemaTest.class.getResourceAsStream(path), path);
  }
}
