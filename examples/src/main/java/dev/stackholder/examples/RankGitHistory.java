package dev.stackholder.examples;

import dev.stackholder.contribution.Affiliation;
import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.AttributionPolicy;
import dev.stackholder.contribution.ContributionStatistics;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.git.GitLogReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Contribution rankings from raw {@code git log --numstat} output with dated affiliations: an
 * author who changed employer is credited to each employer for the commits made while there.
 */
public final class RankGitHistory {
  private RankGitHistory() {}

  private static final String LOG =
      """
      commit 1111111111111111111111111111111111111111
      Author: Ada <ada@example.org>
      Date:   Mon Jul 2 10:00:00 2012 +0800

          Fix the scheduler

      12\t3\tnova/scheduler.py

      commit 2222222222222222222222222222222222222222
      Author: Ada <ada@example.org>
      Date:   Mon Sep 3 10:00:00 2012 +0800

          Add a test

      40\t0\tnova/tests/test_scheduler.py

      commit 3333333333333333333333333333333333333333
      Author: Bo <bo@sina.com>
      Date:   Tue Sep 4 09:30:00 2012 +0800

          Speed up the API

      7\t7\tnova/api.py
      """;

  /** Prints the changesets of each employer in a three-commit history. */
  public static void main(String[] args) {
    // README:start
    AffiliationDirectory directory =
        AffiliationDirectory.of(
            AttributionPolicy.GITDM,
            Map.of(),
            List.of(
                Affiliation.builder()
                    .kind(Affiliation.Kind.ADDRESS)
                    .key("ada@example.org")
                    .organization("Rackspace")
                    .until(LocalDate.of(2012, 8, 1))
                    .build(),
                Affiliation.of(Affiliation.Kind.ADDRESS, "ada@example.org", "SINA"),
                Affiliation.of(Affiliation.Kind.DOMAIN, "sina.com", "SINA")));
    ContributionStatistics folsom =
        ContributionStatistics.of("folsom", directory)
            .addAll("nova", GitLogReader.of(new StringReader(LOG), "nova.log"));
    folsom
        .rank("nova", Metric.CHANGESETS, TieMode.COMPETITION)
        .rows()
        .forEach(row -> System.out.println(row.rank() + " " + row.employer() + " " + row.value()));
    System.out.println(directory.attribute("ada@example.org", LocalDate.of(2012, 7, 2)).explain());
    // README:end
  }
}
