package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Users build the model through the abstract types; what the library computes has no builder. */
class PublicApiTest {
  @Test
  void generatedImplementationsAreNotPublic() {
    for (Class<?> type :
        List.of(
            ImmutableContributionEntry.class,
            ImmutableContributionRecord.class,
            ImmutableContributionTable.class,
            ImmutableRankedRow.class,
            ImmutableRankedTable.class,
            ImmutableRelease.class,
            ImmutableReleaseSeries.class,
            ImmutableAutomatedAccounts.class)) {
      assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isFalse();
    }
  }

  @Test
  void computedResultsHaveNoPublicFactory() {
    for (Class<?> type : List.of(RankedTable.class, RankedRow.class)) {
      assertThat(
              Arrays.stream(type.getMethods())
                  .filter(method -> Modifier.isStatic(method.getModifiers()))
                  .map(Method::getName))
          .as(type.getSimpleName())
          .isEmpty();
    }
  }

  @Test
  void buildersLiveOnTheAbstractTypes() {
    ContributionRecord review =
        ContributionRecord.builder()
            .date(LocalDate.of(2012, 6, 1))
            .author("a@sina.com")
            .project("nova")
            .reviews(2)
            .build();
    assertThat(review.measure(Metric.REVIEWS)).isEqualTo(2);
    assertThat(review.changesets()).isZero();
    ReleaseSeries folsom =
        ReleaseSeries.builder()
            .name("folsom")
            .status("end of life")
            .initialRelease(LocalDate.of(2012, 9, 27))
            .build();
    assertThat(folsom.releaseId()).isEmpty();
    assertThat(
            ContributionTable.builder()
                .release("folsom")
                .project(ContributionTable.ALL_PROJECTS)
                .metric(Metric.REVIEWS)
                .build()
                .entries())
        .isEmpty();
  }

  @Test
  void buildersCheckWhatTheyBuild() {
    assertThatThrownBy(
            () ->
                ReleaseSeries.builder()
                    .name("Folsom")
                    .status("x")
                    .initialRelease(LocalDate.of(2012, 9, 27))
                    .build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "ReleaseSeries name 'Folsom' is not a lower-case name such as 'folsom' or 'nova'");
    assertThatThrownBy(
            () ->
                ContributionRecord.builder()
                    .date(LocalDate.of(2012, 6, 1))
                    .author("a@sina.com")
                    .project("nova")
                    .reviews(-1)
                    .build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "ContributionRecord reviews of 'a@sina.com' on 2012-06-01 is -1, expected 0 or more");
  }

  @Test
  void automatedAccountsOfTheCallersOwn() {
    AutomatedAccounts bots = AutomatedAccounts.of("proposal-bot@example.org", "Translation Bot");
    assertThat(bots.test("TRANSLATION BOT")).isTrue();
    assertThat(bots.test("jenkins@openstack.org")).isFalse();
    assertThat(AutomatedAccounts.of(List.of("a@b.org"))).isEqualTo(AutomatedAccounts.of("a@b.org"));
    assertThat(AutomatedAccounts.none().with("a@b.org")).isEqualTo(AutomatedAccounts.of("a@b.org"));
    assertThatThrownBy(() -> AutomatedAccounts.of(" "))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("AutomatedAccounts names contain a blank name");
  }
}
