package dev.stackholder.contribution.stackalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.AutomatedAccounts;
import dev.stackholder.contribution.ContributionEntry;
import dev.stackholder.contribution.ContributionStatistics;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.TestData;
import dev.stackholder.contribution.git.FileChange;
import dev.stackholder.contribution.git.GitCommit;
import dev.stackholder.core.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackalyticsDefaultDataTest {
  // A user who moved from Rackspace to Nebula, listed out of order as people write them; a
  // second user whose companies all ended; companies with a shared domain.
  private static final String JSON =
      "{\"users\": ["
          + "{\"launchpad_id\": \"one\", \"user_name\": \"One\", \"emails\": [\"One@Gmail.com\","
          + " \"one@work.example\"], \"companies\": [{\"company_name\": \"Nebula\", \"end_date\": null},"
          + " {\"company_name\": \"Rackspace\", \"end_date\": \"2012-Jul-20\"}]},"
          + "{\"launchpad_id\": \"two\", \"emails\": [\"two@gmail.com\"], \"companies\": ["
          + "{\"company_name\": \"B\", \"end_date\": \"2013-Jan-01\"},"
          + "{\"company_name\": \"A\", \"end_date\": \"2012-Jan-01\"}]}],"
          + "\"companies\": [{\"company_name\": \"Alibaba\", \"domains\": [\"taobao.com\"]},"
          + "{\"company_name\": \"IBM\", \"domains\": [\"ibm.com\", \"linux.vnet.ibm.com\"]},"
          + "{\"company_name\": \"Ex\", \"domains\": [\"example.com\"]},"
          + "{\"company_name\": \"Sub\", \"domains\": [\"b.example.com\"]},"
          + "{\"company_name\": \"*independent\", \"domains\": [\"\"]},"
          + "{\"company_name\": \"Taobao\", \"domains\": [\"taobao.com\"]}]}";

  private static final AffiliationDirectory DIRECTORY =
      StackalyticsDefaultData.read(
              new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)), "default_data.json")
          .directory();

  private static String employer(String address, String day) {
    return DIRECTORY.attribute(address, LocalDate.parse(day)).employer();
  }

  @Test
  void usersCompaniesAreDatedAndTheLastAppliesAfterEveryEndDate() {
    assertThat(employer("one@gmail.com", "2012-07-19")).isEqualTo("Rackspace");
    assertThat(employer("one@gmail.com", "2012-07-20")).isEqualTo("Nebula");
    assertThat(employer("ONE@work.example", "2012-07-19")).isEqualTo("Rackspace");
    assertThat(employer("two@gmail.com", "2011-12-31")).isEqualTo("A");
    assertThat(employer("two@gmail.com", "2012-06-01")).isEqualTo("B");
    assertThat(employer("two@gmail.com", "2020-06-01")).isEqualTo("B");
  }

  @Test
  void domainsGoByLongestSuffixAndTheLastCompanyListed() {
    assertThat(employer("x@a.b.example.com", "2012-07-19")).isEqualTo("Sub");
    assertThat(employer("x@linux.vnet.ibm.com", "2012-07-19")).isEqualTo("IBM");
    assertThat(employer("x@taobao.com", "2012-07-19")).isEqualTo("Taobao");
    assertThat(employer("x@gmail.com", "2012-07-19")).isEqualTo("*independent");
  }

  @Test
  void oneUserIsOneDeveloperAndDatesAreUtcDays() {
    ContributionStatistics statistics =
        ContributionStatistics.of("folsom", DIRECTORY).automated(AutomatedAccounts.none());
    // 2012-07-19 21:00 -0400 is 2012-07-20 in UTC: Stackalytics credits Nebula.
    statistics.add(
        "nova",
        commit(
            "One",
            "one@gmail.com",
            OffsetDateTime.of(2012, 7, 19, 21, 0, 0, 0, ZoneOffset.ofHours(-4))));
    statistics.add(
        "nova",
        commit(
            "Someone Else",
            "one@work.example",
            OffsetDateTime.of(2012, 8, 1, 9, 0, 0, 0, ZoneOffset.UTC)));
    assertThat(statistics.table("nova", Metric.CHANGESETS).entries())
        .extracting(ContributionEntry::employer, ContributionEntry::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Nebula", 2L));
    assertThat(statistics.summary("nova").developers()).isEqualTo(1);
  }

  private static GitCommit commit(String name, String address, OffsetDateTime date) {
    return GitCommit.of(
        "a1", List.of(), name, address, date, List.of(FileChange.of(1, 0, "f")), List.of());
  }

  @Test
  void readsTheRealCompanyList() {
    AffiliationDirectory real = StackalyticsDefaultData.read(TestData.STACKALYTICS).directory();
    assertThat(real.attribute("someone@linux.vnet.ibm.com", LocalDate.of(2012, 6, 1)).employer())
        .isEqualTo("IBM");
    // listed under Alibaba and, later, Taobao: Stackalytics' index keeps the later
    assertThat(real.attribute("someone@taobao.com", LocalDate.of(2012, 6, 1)).employer())
        .isEqualTo("Taobao");
  }

  @Test
  void badEndDateNamesThePath() {
    String bad =
        "{\"users\": [{\"emails\": [\"a@b.org\"], \"companies\": "
            + "[{\"company_name\": \"X\", \"end_date\": \"2012-13-01\"}]}]}";
    assertThatThrownBy(
            () ->
                StackalyticsDefaultData.read(
                    new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "d.json"))
        .isInstanceOfSatisfying(
            InvalidDataException.class,
            e -> assertThat(e.location()).contains("d.json: $.users[0].companies[0].end_date"));
  }
}
