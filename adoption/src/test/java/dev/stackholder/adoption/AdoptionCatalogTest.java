package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingExchangeRateException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.Sector;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AdoptionCatalogTest {
  private static final AdoptionCatalog CATALOG = AdoptionCatalog.builtIn();
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final String SEED_000 = "000_6cb65ebcd6c07861.txt";
  private static final String SUPERUSER =
      "http://superuser.openstack.org/articles/tencent-openstack/";

  @Test
  void builtInHasEveryCaseStudyTheSeedsName() {
    assertThat(CATALOG.caseStudies())
        .extracting(CaseStudy::id)
        .containsExactly(
            "tencent-tstack",
            "cern",
            "digital-film-tree",
            "yahoo-japan",
            "gree",
            "gmo-conoha",
            "nii",
            "sina-sws",
            "hong-kong-cyberport",
            "cienet",
            "essex-service-provider",
            "rackspace-public-cloud",
            "hp-public-cloud");
  }

  @Test
  void builtInIsReadOnceAndShared() {
    assertThat(AdoptionCatalog.builtIn()).isSameAs(CATALOG);
  }

  @Test
  void tstackDeploymentHasEveryFigureOfSeed000() {
    Deployment tstack = CATALOG.getCaseStudy("tencent-tstack").deployments().get(0);
    assertThat(tstack.name()).isEqualTo("TStack");
    assertThat(tstack.clusters()).contains(Count.exactly(14));
    assertThat(tstack.dataCenters()).contains(Count.exactly(7));
    assertThat(tstack.location()).contains("multiple provinces in China");
    assertThat(tstack.inProductionSince()).contains(Year.of(2013));
    assertThat(tstack.availability())
        .contains(Availability.of(new BigDecimal("99.99"), Approximation.MORE_THAN));
    assertThat(tstack.usersServed()).contains(Count.of(100_000_000, Approximation.MORE_THAN));
    assertThat(tstack.description().orElseThrow())
        .contains("Sichuan, Guangdong, Xiamen and Yunnan");
  }

  @Test
  void tstackKeepsBothSizesWithTheirSourcesAndANote() {
    Deployment tstack = CATALOG.getCaseStudy("tencent-tstack").deployments().get(0);
    assertThat(tstack.scale())
        .extracting(Scale::describe)
        .containsExactly("more than 6,000 nodes", "more than 6,000 virtual machines");
    assertThat(tstack.scale())
        .extracting(s -> s.source().document())
        .containsExactly(SEED_000, SUPERUSER);
    assertThat(tstack.scale().get(1).source().quote().orElseThrow())
        .contains("over 6,000 Xen virtual machines");
    assertThat(tstack.notes().get(0))
        .contains("'more than 6,000 nodes'")
        .contains("'over 6,000 Xen virtual machines'");
    assertThat(tstack.regions()).contains(Count.exactly(4));
  }

  @Test
  void tstackOutcomesHaveEveryFigureOfSeed000() {
    CaseStudy tstack = CATALOG.getCaseStudy("tencent-tstack");
    assertThat(tstack.outcomes(CostReduction.class))
        .extracting(CostReduction::describe)
        .containsExactly("servers costs cut by 30%", "operations and maintenance costs cut by 55%");
    AnnualSaving saving = tstack.outcomes(AnnualSaving.class).get(0);
    assertThat(saving.amount()).isEqualTo(Money.of(CNY, new BigDecimal("100000000.00")));
    assertThat(saving.approximation()).isEqualTo(Approximation.MORE_THAN);
    assertThat(tstack.outcomes(LeadTime.class))
        .extracting(LeadTime::describe)
        .containsExactly(
            "resource delivery: 14d -> 30m (672x faster)",
            "global mail system deployment: 10d -> 1d (10x faster)");
    assertThat(tstack.outcomes(UsersServed.class).get(0).users())
        .isEqualTo(Count.of(100_000_000, Approximation.MORE_THAN));
    assertThat(tstack.outcomes(Award.class))
        .extracting(Award::describe)
        .containsExactly("Superuser Award, OpenStack Summit Sydney (2017)");
    assertThat(tstack.outcomes())
        .allSatisfy(o -> assertThat(o.sources().get(0).document()).isEqualTo(SEED_000));
  }

  @Test
  void tstackSpeedUpsAreTheSeedsFigures() {
    List<LeadTime> leadTimes = CATALOG.getCaseStudy("tencent-tstack").outcomes(LeadTime.class);
    assertThat(leadTimes.get(0).before()).isEqualTo(Duration.ofDays(14));
    assertThat(leadTimes.get(0).after()).isEqualTo(Duration.ofMinutes(30));
    assertThat(leadTimes.get(0).speedUp()).isEqualByComparingTo("672");
    assertThat(leadTimes.get(1).speedUp()).isEqualByComparingTo("10");
  }

  @Test
  void tstackAvailabilityAllowsAtMost52m35_76sAYear() {
    Availability availability =
        CATALOG.getCaseStudy("tencent-tstack").deployments().get(0).availability().orElseThrow();
    assertThat(availability.yearlyDowntimeBudget())
        .isEqualTo(Duration.ofSeconds(52 * 60 + 35, 760_000_000));
  }

  @Test
  void tstackSavingConvertsWithTheCallersRate() {
    AnnualSaving saving =
        CATALOG.getCaseStudy("tencent-tstack").outcomes(AnnualSaving.class).get(0);
    ExchangeRates rates =
        ExchangeRates.empty().with(CNY, CurrencyUnit.USD, new BigDecimal("0.1481"));
    assertThat(saving.amountIn(CurrencyUnit.USD, rates)).isEqualTo(Money.parse("USD 14810000.00"));
  }

  @Test
  void seed002SourcesAreDatedToTheTalk() {
    for (String id :
        List.of("cern", "digital-film-tree", "yahoo-japan", "gree", "gmo-conoha", "nii")) {
      CaseStudy study = CATALOG.getCaseStudy(id);
      assertThat(study.publishedDate())
          .as(id)
          .hasValueSatisfying(d -> assertThat(d).hasToString("2014-02-13"));
      assertThat(study.sources().get(0).document()).as(id).isEqualTo("002_8615e4338068336e.txt");
    }
  }

  @Test
  void essexProviderScalesUpTo2000Nodes() {
    Scale scale =
        CATALOG.getCaseStudy("essex-service-provider").deployments().get(0).scale().get(0);
    assertThat(scale.describe()).isEqualTo("up to 2,000 nodes");
    assertThat(scale.source().document()).isEqualTo("003_abc43b3fdae7b208.txt");
  }

  @Test
  void cernRunsThousandsOfServers() {
    Scale scale = CATALOG.getCaseStudy("cern").deployments().get(0).scale().get(0);
    assertThat(scale.describe()).isEqualTo("1,000s servers");
    assertThat(scale.source().quote()).contains("Runs thousands of servers");
  }

  @Test
  void sinaStackLabGathered200UsersInAWeek() {
    CaseStudy sina = CATALOG.getCaseStudy("sina-sws");
    assertThat(sina.deployments())
        .extracting(Deployment::name)
        .containsExactly("Sina Web Services (SWS)", "StackLab");
    assertThat(sina.outcomes(UsersServed.class).get(0).describe())
        .isEqualTo("more than 200 users (registered StackLab users in less than 1 week)");
  }

  @Test
  void countsBySectorAndCountry() {
    assertThat(CATALOG.countsBySector())
        .containsExactly(
            entry(Sector.ONLINE_GAMING_MEDIA, 4),
            entry(Sector.CLOUD_HOSTING_SERVICE_PROVIDER_TELCO, 4),
            entry(Sector.ACADEMIC_RESEARCH_GOVERNMENT, 2));
    assertThat(CATALOG.withoutSector())
        .extracting(CaseStudy::id)
        .containsExactly("yahoo-japan", "hong-kong-cyberport", "cienet");
    assertThat(CATALOG.countsByCountry())
        .containsExactly(
            entry("CH", 1), entry("CN", 2), entry("HK", 1), entry("JP", 4), entry("US", 3));
    assertThat(CATALOG.withoutCountry())
        .extracting(CaseStudy::id)
        .containsExactly("cienet", "essex-service-provider");
  }

  @Test
  void queriesBySectorAndCountry() {
    assertThat(CATALOG.inCountry("JP"))
        .extracting(CaseStudy::id)
        .containsExactly("yahoo-japan", "gree", "gmo-conoha", "nii");
    assertThat(CATALOG.inSector(Sector.ACADEMIC_RESEARCH_GOVERNMENT))
        .extracting(CaseStudy::id)
        .containsExactly("cern", "nii");
    assertThat(CATALOG.inSector(Sector.VENDOR)).isEmpty();
    assertThat(CATALOG.findCaseStudy("nope")).isEmpty();
  }

  @Test
  void unknownCaseStudyNamesTheKnownOnes() {
    assertThatThrownBy(() -> CATALOG.getCaseStudy("nope"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageStartingWith("Unknown case study 'nope', expected one of tencent-tstack, cern, ")
        .satisfies(
            e -> {
              NotFoundException notFound = (NotFoundException) e;
              assertThat(notFound.kind()).isEqualTo("case study");
              assertThat(notFound.id()).isEqualTo("nope");
              assertThat(notFound.knownIds())
                  .isEqualTo(CATALOG.caseStudies().stream().map(CaseStudy::id).toList());
            });
  }

  @Test
  void findAndGetAgreeOnEveryCaseStudy() {
    for (CaseStudy study : CATALOG.caseStudies()) {
      assertThat(CATALOG.findCaseStudy(study.id())).containsSame(study);
      assertThat(CATALOG.getCaseStudy(study.id())).isSameAs(study);
    }
    assertThat(CATALOG.findCaseStudy("Tencent-TStack")).as("ids match exactly").isEmpty();
  }

  @Test
  void emptyCatalogNamesNoKnownIds() {
    AdoptionCatalog empty = AdoptionCatalog.builder().build();
    assertThat(empty.findCaseStudy("cern")).isEmpty();
    assertThatThrownBy(() -> empty.getCaseStudy("cern"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Unknown case study 'cern': there are none");
  }

  @Test
  void annualSavingsBySectorConvertAndAdd() {
    ExchangeRates rates =
        ExchangeRates.empty().with(CNY, CurrencyUnit.USD, new BigDecimal("0.1481"));
    assertThat(CATALOG.annualSavingsBySector(CurrencyUnit.USD, rates))
        .isEqualTo(ImmutableMap.of(Sector.ONLINE_GAMING_MEDIA, Money.parse("USD 14810000.00")));
    assertThat(CATALOG.annualSavingsBySector(CNY, ExchangeRates.empty()))
        .isEqualTo(ImmutableMap.of(Sector.ONLINE_GAMING_MEDIA, Money.parse("CNY 100000000.00")));
    assertThatThrownBy(() -> CATALOG.annualSavingsBySector(CurrencyUnit.EUR, rates))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessage("No exchange rate from CNY to EUR: give one, e.g. CNY/EUR=<rate>");
  }

  @Test
  void activeUserListsOfSeed002() {
    assertThat(CATALOG.activeUsers()).extracting(l -> l.names().size()).containsExactly(13, 20, 19);
    assertThat(CATALOG.activeUserCountsBySector())
        .containsExactly(
            entry(Sector.ONLINE_GAMING_MEDIA, 12),
            entry(Sector.CLOUD_HOSTING_SERVICE_PROVIDER_TELCO, 20),
            entry(Sector.ACADEMIC_RESEARCH_GOVERNMENT, 19));
  }

  @Test
  void builtInRoundTripsThroughJson() {
    assertThat(StackholderJson.read(StackholderJson.write(CATALOG), AdoptionCatalog.class))
        .isEqualTo(CATALOG);
  }

  @Test
  void duplicateIdsAreRejected() {
    CaseStudy cern = CATALOG.getCaseStudy("cern");
    assertThatThrownBy(() -> AdoptionCatalog.builder().addCaseStudies(cern, cern).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Case study id 'cern' appears 2 times, expected once");
  }

  @Test
  void everyBuiltInFigureHasASource() {
    assertThat(
            CATALOG.caseStudies().stream()
                .flatMap(c -> c.deployments().stream())
                .flatMap(d -> d.scale().stream())
                .map(s -> s.source().document())
                .collect(Collectors.toSet()))
        .allSatisfy(document -> assertThat(document).isNotBlank());
    assertThat(CATALOG.caseStudies()).allSatisfy(c -> assertThat(c.sources()).isNotEmpty());
  }

  private static <K, V> java.util.Map.Entry<K, V> entry(K key, V value) {
    return java.util.Map.entry(key, value);
  }
}
