package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.contribution.ContributionEntry;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.gitdm.GitdmReports;
import dev.stackholder.core.json.StackholderJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code stackholder contributions} over the pseudonymized Folsom history with gitdm's own
 * configuration of the time (contribution's test data), against gitdm's published Folsom reports
 * (bundled with the contribution library), and over a small repository made by the test.
 */
class ContributionsCommandTest {
  /**
   * Rows of the published reports that this history cannot reproduce by label: gitdm's own labels
   * for unmapped authors are addresses, which the test data pseudonymizes; and three rows were
   * edited by hand in 2013 ("s/Microsoft/Cloudbase Solutions/", gitdm commit ae9be41).
   */
  private static boolean comparable(String employer) {
    return !employer.contains("@")
        && !employer.equals("Microsoft")
        && !employer.equals("Cloudbase Solutions");
  }

  private static List<String> folsom(String... more) {
    List<String> args = new ArrayList<>(List.of("contributions"));
    for (String project : GitTestData.PROJECTS) {
      args.add("--git-log");
      args.add(GitTestData.log(project).toString());
    }
    args.addAll(
        List.of("--affiliations", "gitdm:" + GitTestData.gitdmConfig(), "--release", "folsom"));
    args.addAll(List.of(more));
    return args;
  }

  private static CliRun run(List<String> args) {
    CliRun run = new CliRun(args.toArray(new String[0]));
    // the one thing said on stderr of a successful run: a repository read whole for want of a range
    assertThat(run.err.lines())
        .as("stderr of %s", args)
        .allMatch(l -> l.startsWith("Note: ") && l.contains("reading its whole history"));
    assertThat(run.status).isZero();
    return run;
  }

  private static RankedTable json(List<String> args) {
    return StackholderJson.read(run(args).out, RankedTable.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"changesets", "lines-changed", "developers"})
  void allProjectsEqualGitdmsPublishedFolsomRows(String metricId) {
    Metric metric = Metric.fromId(metricId);
    RankedTable ours = json(folsom("--metric", metricId, "--format", "json"));
    ContributionTable published =
        GitdmReports.builtIn().table("folsom", ContributionTable.ALL_PROJECTS, metric);
    assertThat(ours.release()).isEqualTo("folsom");
    assertThat(ours.project()).isEqualTo("all");
    assertThat(ours.metric()).isEqualTo(metric);
    Map<String, RankedRow> byEmployer = new HashMap<>();
    ours.rows().forEach(row -> byEmployer.put(row.employer(), row));
    int compared = 0;
    for (ContributionEntry entry : published.entries()) {
      if (!comparable(entry.employer()) || entry.employer().equalsIgnoreCase("OpenStack Jenkins")) {
        continue;
      }
      RankedRow row = byEmployer.get(entry.employer());
      assertThat(row).as("%s %s", metricId, entry.employer()).isNotNull();
      assertThat(row.value()).as("%s %s", metricId, entry.employer()).isEqualTo(entry.value());
      long better = ours.rows().stream().filter(r -> r.value() > row.value()).count();
      assertThat(row.rank()).as("%s %s rank", metricId, entry.employer()).isEqualTo(better + 1);
      compared++;
    }
    assertThat(compared).isGreaterThanOrEqualTo(15);
  }

  @Test
  void sinaHasItsPublishedFolsomRanks() {
    CliRun run = run(folsom("--employer", "sina", "--project", "all", "--format", "csv"));
    assertThat(run.out.lines().filter(l -> !l.startsWith("#")))
        .contains(
            "all,changesets,4,131,147,4.7",
            // gitdm's published share (folsom/git-stats.txt: 2.5%), of a total with the bot's lines
            // in it
            "all,lines-changed,8,130,11787,2.5",
            "all,developers,2,131,18,6.0");
  }

  @Test
  void jsonAndCsvAndTableHaveTheSameRows() {
    RankedTable json = json(folsom("--metric", "lines-changed", "--json"));
    List<String> csv =
        run(folsom("--metric", "lines-changed", "--format", "csv"))
            .out
            .lines()
            .filter(l -> !l.startsWith("#"))
            .toList();
    assertThat(csv.get(0)).isEqualTo("rank,employer,value,share");
    assertThat(csv).hasSize(json.rows().size() + 1);
    List<String> table = run(folsom("--metric", "lines-changed")).out.lines().toList();
    assertThat(table.get(0))
        .isEqualTo("folsom, all projects: employers by lines-changed (competition ranking)");
    for (int i = 0; i < json.rows().size(); i++) {
      RankedRow row = json.rows().get(i);
      assertThat(csv.get(i + 1))
          .isEqualTo(
              row.rank()
                  + ","
                  + Csv.field(row.employer())
                  + ","
                  + row.value()
                  + ","
                  + row.share().toPlainString());
      assertThat(table.get(i + 2))
          .contains(row.employer())
          .contains(" " + row.value() + " ")
          .startsWith(String.format("%4d", row.rank()));
    }
  }

  @Test
  void jsonHasTheShapeOfRankJson() throws IOException {
    JsonNode ours =
        StackholderJson.mapper().readTree(run(folsom("--project", "keystone", "--json")).out);
    JsonNode theirs =
        StackholderJson.mapper()
            .readTree(
                new CliRun(
                        "rank",
                        "--release",
                        "folsom",
                        "--metric",
                        "changesets",
                        "--project",
                        "keystone",
                        "--json")
                    .out);
    List<String> ourFields = new ArrayList<>();
    ours.fieldNames().forEachRemaining(ourFields::add);
    List<String> theirFields = new ArrayList<>();
    theirs.fieldNames().forEachRemaining(theirFields::add);
    assertThat(ourFields)
        .isEqualTo(theirFields)
        .containsExactly("release", "project", "metric", "ties", "rows", "provenance");
    // each names what it was computed from: ours the log, gitdm's configuration and the policy;
    // rank's the report file
    assertThat(ours.get("provenance").get("policy").asText()).isEqualTo("gitdm");
    assertThat(ours.get("provenance").get("inputs").findValuesAsText("kind"))
        .contains("gitdm-config", "git-log");
    assertThat(theirs.get("provenance").get("inputs").get(0).get("name").asText())
        .isEqualTo("folsom/keystone-git-stats.txt");
    List<String> rowFields = new ArrayList<>();
    ours.get("rows").get(0).fieldNames().forEachRemaining(rowFields::add);
    assertThat(rowFields).containsExactly("rank", "employer", "value", "share");
    assertThat(ours.get("project").asText()).isEqualTo("keystone");
  }

  @Test
  void oneLogIsNamedByItsFileOrByProject() {
    List<String> args =
        List.of(
            "contributions",
            "--git-log",
            GitTestData.log("quantum").toString(),
            "--affiliations",
            "gitdm:" + GitTestData.gitdmConfig(),
            "--release",
            "folsom",
            "--json");
    assertThat(json(args).project()).isEqualTo("quantum");
    List<String> renamed = new ArrayList<>(args);
    renamed.addAll(List.of("--project", "Neutron"));
    RankedTable neutron = json(renamed);
    assertThat(neutron.project()).isEqualTo("neutron");
    assertThat(neutron.rows()).isEqualTo(json(args).rows());
  }

  @Test
  void explainSaysWhichRuleCreditedAnAuthorOnEachSideOfAJobChange() throws IOException {
    // The attribution report names the developers who changed employer inside the release; explain
    // one.
    JsonNode report =
        StackholderJson.mapper()
            .readTree(
                run(folsom("--project", "keystone", "--report", "attribution", "--json")).out);
    assertThat(report.get("employerChanges").size()).isPositive();
    JsonNode change = report.get("employerChanges").get(0);
    String developer = change.get("developer").asText();
    JsonNode explained =
        StackholderJson.mapper()
            .readTree(run(folsom("--explain", developer.toUpperCase(), "--json")).out);
    List<String> employers = new ArrayList<>();
    explained.get("attributions").forEach(a -> employers.add(a.get("employer").asText()));
    for (JsonNode span : change.get("spans")) {
      assertThat(employers).contains(span.get("employer").asText());
    }
    for (JsonNode attribution : explained.get("attributions")) {
      assertThat(attribution.get("explanation").asText())
          .contains(attribution.get("address").asText())
          .contains(attribution.get("employer").asText());
      if (!attribution.get("rule").isNull()) {
        assertThat(attribution.get("explanation").asText())
            .contains(attribution.get("rule").asText());
      }
    }
    CliRun table = run(folsom("--explain", developer));
    assertThat(table.out).contains(developer).contains(" -> ");
  }

  @Test
  void exclusionReportNamesTheAutomatedAccountLeftOut() throws IOException {
    JsonNode report =
        StackholderJson.mapper().readTree(run(folsom("--report", "exclusions", "--json")).out);
    assertThat(report.get("automated").has("jenkins@openstack.org")).isTrue();
    long jenkins = report.get("automated").get("jenkins@openstack.org").asLong();
    long inNova;
    try (var lines = Files.lines(GitTestData.log("nova"))) {
      inNova =
          lines
              .filter(l -> l.startsWith("Author:") && l.contains("<jenkins@openstack.org>"))
              .count();
    }
    assertThat(jenkins).isEqualTo(inNova).isPositive();
    assertThat(run(folsom()).out)
        .contains(
            "left out: 0 merges, "
                + report.get("automatedCommits").asLong()
                + " commits of automated accounts");
  }

  static boolean gitAvailable() {
    try {
      Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void git(Path repo, Map<String, String> env, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=Ann Dev",
                "-c",
                "user.email=ann@redhat.com",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "init.defaultBranch=main"));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("HOME", repo.toString());
    Process p = builder.start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(output).isZero();
  }

  static Map<String, String> author(String name, String address, String date) {
    return Map.of(
        "GIT_AUTHOR_NAME",
        name,
        "GIT_AUTHOR_EMAIL",
        address,
        "GIT_AUTHOR_DATE",
        date,
        "GIT_COMMITTER_DATE",
        date);
  }

  @Test
  void repoRunsGitLogInATemporaryRepository(@TempDir Path repo) throws Exception {
    assumeTrue(gitAvailable(), "git is not installed");
    git(repo, Map.of(), "init", "-q");
    Files.writeString(repo.resolve("a.txt"), "one\n");
    git(repo, author("Ann Dev", "ann@redhat.com", "2012-05-01T10:00:00+0200"), "add", "a.txt");
    git(
        repo,
        author("Ann Dev", "ann@redhat.com", "2012-05-01T10:00:00+0200"),
        "commit",
        "-q",
        "-m",
        "first");
    git(repo, Map.of(), "tag", "start");
    git(repo, Map.of(), "checkout", "-q", "-b", "side");
    Files.writeString(repo.resolve("b.txt"), "1\n2\n3\n");
    git(repo, author("Bob Dev", "bob@canonical.com", "2012-06-01T10:00:00+0000"), "add", "b.txt");
    git(
        repo,
        author("Bob Dev", "bob@canonical.com", "2012-06-01T10:00:00+0000"),
        "commit",
        "-q",
        "-m",
        "second");
    git(repo, Map.of(), "checkout", "-q", "main");
    Files.writeString(repo.resolve("a.txt"), "one\ntwo\n");
    git(
        repo,
        author("Ann Dev", "ann@redhat.com", "2012-06-02T10:00:00+0000"),
        "commit",
        "-q",
        "-am",
        "third");
    git(
        repo,
        author("Ann Dev", "ann@redhat.com", "2012-06-03T10:00:00+0000"),
        "merge",
        "-q",
        "--no-ff",
        "-m",
        "merge side",
        "side");
    Files.writeString(repo.resolve("a.txt"), "one\ntwo\nthree\n");
    git(
        repo,
        author("OpenStack Jenkins", "jenkins@openstack.org", "2012-06-04T10:00:00+0000"),
        "commit",
        "-q",
        "-am",
        "bot");

    List<String> args =
        new ArrayList<>(
            List.of(
                "contributions",
                "--repo",
                repo.toString(),
                "--range",
                "start..main",
                "--affiliations",
                "gitdm:" + GitTestData.gitdmConfig(),
                "--release",
                "folsom",
                "--project",
                "demo"));
    CliRun csv = run(concat(args, "--format", "csv"));
    // The bot's commit has no row but is in the total, as gitdm counts it: 1 of 3 each.
    assertThat(csv.out.lines().filter(l -> !l.startsWith("#")))
        .containsExactly("rank,employer,value,share", "1,Canonical,1,33.3", "1,Red Hat,1,33.3");
    RankedTable lines = json(concat(args, "--metric", "lines-added", "--json"));
    assertThat(lines.project()).isEqualTo("demo");
    assertThat(lines.findRow("Canonical").orElseThrow().value()).isEqualTo(3);
    assertThat(lines.findRow("Red Hat").orElseThrow().value()).isEqualTo(1);
    JsonNode left =
        StackholderJson.mapper()
            .readTree(run(concat(args, "--report", "exclusions", "--json")).out);
    assertThat(left.get("merges").asLong()).isEqualTo(1);
    assertThat(left.get("automated").get("jenkins@openstack.org").asLong()).isEqualTo(1);
    // Without a range: HEAD's whole history, the first commit included.
    List<String> whole = new ArrayList<>(args);
    whole.subList(3, 5).clear();
    assertThat(json(concat(whole, "--json")).findRow("Red Hat").orElseThrow().value()).isEqualTo(2);
    // The same history written to a file by the command the README shows reads the same.
    Path log = repo.resolve("demo.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                dev.stackholder.contribution.git.GitRepository.logCommand(
                    "git",
                    Optional.of("start..main"),
                    dev.stackholder.contribution.git.GitRepository.MailmapUse.IGNORE))
            .directory(repo.toFile())
            .redirectOutput(log.toFile());
    assertThat(builder.start().waitFor()).isZero();
    assertThat(
            run(List.of(
                    "contributions",
                    "--git-log",
                    log.toString(),
                    "--affiliations",
                    "gitdm:" + GitTestData.gitdmConfig(),
                    "--release",
                    "folsom",
                    "--format",
                    "csv"))
                .out
                .lines()
                .filter(l -> !l.startsWith("#")))
        .isEqualTo(csv.out.lines().filter(l -> !l.startsWith("#")).toList());
    // the provenance says what was read: the repository here, the log file there
    assertThat(csv.out.lines().filter(l -> l.startsWith("# input: ")))
        .hasSize(2)
        .anyMatch(l -> l.startsWith("# input: gitdm-config "))
        .anyMatch(l -> l.startsWith("# input: repository "));
  }

  @Test
  void repoReadsAuthorsAsGitdmDidUnlessMailmapIsAsked(@TempDir Path repo) throws Exception {
    assumeTrue(gitAvailable(), "git is not installed");
    git(repo, Map.of(), "init", "-q");
    git(repo, Map.of(), "config", "log.mailmap", "true");
    Files.writeString(repo.resolve("a.txt"), "one\n");
    git(repo, author("Ann Dev", "ann@canonical.com", "2012-05-01T10:00:00+0000"), "add", "a.txt");
    git(
        repo,
        author("Ann Dev", "ann@canonical.com", "2012-05-01T10:00:00+0000"),
        "commit",
        "-q",
        "-m",
        "first");
    Files.writeString(repo.resolve(".mailmap"), "Ann Dev <ann@redhat.com> <ann@canonical.com>\n");
    git(
        repo,
        author("Ann Dev", "ann@canonical.com", "2012-05-02T10:00:00+0000"),
        "add",
        ".mailmap");
    git(
        repo,
        author("Ann Dev", "ann@canonical.com", "2012-05-02T10:00:00+0000"),
        "commit",
        "-q",
        "-m",
        "map");
    List<String> args =
        List.of(
            "contributions",
            "--repo",
            repo.toString(),
            "--affiliations",
            "gitdm:" + GitTestData.gitdmConfig(),
            "--release",
            "folsom",
            "--project",
            "demo",
            "--format",
            "csv");
    assertThat(run(args).out.lines().filter(l -> !l.startsWith("#")))
        .containsExactly("rank,employer,value,share", "1,Canonical,2,100.0");
    assertThat(run(concat(args, "--mailmap")).out.lines().filter(l -> !l.startsWith("#")))
        .containsExactly("rank,employer,value,share", "1,Red Hat,2,100.0");
  }

  @Test
  void severalRepositoriesReadInParallelGiveTheTablesOfTheirLogs(@TempDir Path dir)
      throws Exception {
    assumeTrue(gitAvailable(), "git is not installed");
    List<String> logArgs = new ArrayList<>(List.of("contributions"));
    for (String name : List.of("demo-a", "demo-b")) {
      Path repo = Files.createDirectories(dir.resolve(name));
      git(repo, Map.of(), "init", "-q");
      for (int i = 0; i < 4; i++) {
        Files.writeString(repo.resolve("a.txt"), name + i + "\n".repeat(i + 1));
        Map<String, String> who =
            i % 2 == 0
                ? author("Ann Dev", "ann@redhat.com", "2012-06-0" + (i + 1) + "T10:00:00+0000")
                : author("Bob Dev", "bob@canonical.com", "2012-06-0" + (i + 1) + "T10:00:00+0000");
        git(repo, who, "add", "a.txt");
        git(repo, who, "commit", "-q", "-m", "change " + i);
      }
      Path log = dir.resolve(name + ".log");
      Process p =
          new ProcessBuilder(
                  dev.stackholder.contribution.git.GitRepository.logCommand(
                      "git",
                      Optional.empty(),
                      dev.stackholder.contribution.git.GitRepository.MailmapUse.IGNORE))
              .directory(repo.toFile())
              .redirectOutput(log.toFile())
              .start();
      assertThat(p.waitFor()).isZero();
      logArgs.addAll(List.of("--git-log", log.toString()));
    }
    List<String> common =
        List.of(
            "--affiliations",
            "gitdm:" + GitTestData.gitdmConfig(),
            "--release",
            "folsom",
            "--metric",
            "lines-added",
            "--format",
            "csv");
    String fromLogs = rows(run(concat(logArgs, common.toArray(String[]::new))).out);
    String fromRepos =
        rows(
            run(concat(
                    List.of(
                        "contributions",
                        "--repo",
                        dir.resolve("demo-a").toString(),
                        "--repo",
                        dir.resolve("demo-b").toString()),
                    common.toArray(String[]::new)))
                .out);
    assertThat(fromRepos).isEqualTo(fromLogs).contains("Red Hat").contains("Canonical");
    Path list =
        Files.writeString(
            dir.resolve("repos.txt"), "# the release's repositories\ndemo-a\n\ndemo-b  # second\n");
    assertThat(
            rows(
                run(concat(
                        List.of("contributions", "--repos", list.toString()),
                        common.toArray(String[]::new)))
                    .out))
        .isEqualTo(fromLogs);
  }

  @Test
  void aMissingGitProgramIsOneClearLine(@TempDir Path dir) {
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dev.stackholder.core.StackholderException.class,
            () ->
                dev.stackholder.contribution.git.GitRepository.at(
                        dir, "no-such-git-program-" + System.nanoTime())
                    .log(Optional.empty())
                    .close());
    assertThat(e.getMessage()).startsWith("Cannot run git (is it installed and on the PATH?)");
  }

  @Test
  void stackalyticsUsersAreCreditedByTheirDatedCompaniesAndOthersByDomain(@TempDir Path dir)
      throws IOException {
    Path data = dir.resolve("default_data.json");
    Files.writeString(
        data,
        "{\"users\": [{\"emails\": [\"ann@example.org\"], \"companies\": ["
            + "{\"company_name\": \"Acme\", \"end_date\": \"2012-Jun-01\"},"
            + " {\"company_name\": \"Red Hat\", \"end_date\": null}]}],"
            + " \"companies\": [{\"company_name\": \"Red Hat\", \"domains\": [\"redhat.com\"]}]}");
    Path log = dir.resolve("demo.log");
    Files.writeString(
        log,
        commit(
                "1111111111111111111111111111111111111111",
                "Ann <ann@example.org>",
                "Tue May 1 10:00:00 2012 +0000",
                "3\t1\ta.txt")
            + commit(
                "2222222222222222222222222222222222222222",
                "Ann <ann@example.org>",
                "Sat Jun 2 10:00:00 2012 +0000",
                "1\t0\ta.txt")
            + commit(
                "3333333333333333333333333333333333333333",
                "Bob <bob@redhat.com>",
                "Sun Jun 3 10:00:00 2012 +0000",
                "5\t5\tb.txt")
            + commit(
                "4444444444444444444444444444444444444444",
                "Cy <cy@nowhere.example>",
                "Mon Jun 4 10:00:00 2012 +0000",
                "1\t1\tc.txt"));
    List<String> args =
        List.of(
            "contributions",
            "--git-log",
            log.toString(),
            "--affiliations",
            "stackalytics:" + data,
            "--release",
            "folsom",
            "--format",
            "csv");
    assertThat(run(args).out.lines().filter(l -> !l.startsWith("#")))
        .containsExactly(
            "rank,employer,value,share",
            "1,Red Hat,2,50.0",
            "2,*independent,1,25.0",
            "2,Acme,1,25.0");
    JsonNode explained =
        StackholderJson.mapper()
            .readTree(run(concat(args.subList(0, 7), "--explain", "ann", "--json")).out);
    assertThat(explained.get("attributions")).hasSize(2);
    assertThat(explained.get("attributions").get(0).get("employer").asText()).isEqualTo("Acme");
    assertThat(explained.get("attributions").get(1).get("employer").asText()).isEqualTo("Red Hat");
  }

  @Test
  void severalMetricsComeFromOneRunAsTheTablesOfSingleRuns() throws IOException {
    List<String> two =
        folsom("--metric", "changesets", "--metric", "lines-added,changesets", "--json");
    JsonNode tables = StackholderJson.mapper().readTree(run(two).out);
    assertThat(tables.isArray()).isTrue();
    assertThat(tables).hasSize(2);
    assertThat(StackholderJson.mapper().treeToValue(tables.get(0), RankedTable.class))
        .isEqualTo(json(folsom("--metric", "changesets", "--json")));
    assertThat(StackholderJson.mapper().treeToValue(tables.get(1), RankedTable.class))
        .isEqualTo(json(folsom("--metric", "lines-added", "--json")));
    List<String> csv =
        run(folsom("--metric", "all", "--format", "csv"))
            .out
            .lines()
            .filter(l -> !l.startsWith("#"))
            .toList();
    assertThat(csv.get(0)).isEqualTo("metric,rank,employer,value,share");
    assertThat(csv.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct())
        .containsExactly(
            "changesets", "lines-changed", "lines-added", "lines-removed", "developers");
    // each metric's rows are that metric's single-run rows
    List<String> developers =
        run(folsom("--metric", "developers", "--format", "csv"))
            .out
            .lines()
            .filter(l -> !l.startsWith("#"))
            .skip(1)
            .map(l -> "developers," + l)
            .toList();
    assertThat(csv.stream().filter(l -> l.startsWith("developers,")).toList())
        .isEqualTo(developers);
    CliRun bad = new CliRun(folsom("--metric", "all,bugs-fixed").toArray(new String[0]));
    assertThat(bad.status).isEqualTo(2);
    assertThat(bad.err).contains("git history has no bugs-fixed");
  }

  @Test
  void affiliationSourcesCombineInOrderAndTheReportNamesWhatWasShadowed(@TempDir Path dir)
      throws IOException {
    Path first =
        Files.writeString(
            dir.resolve("developers_affiliations1.txt"),
            "# first source\nbob: bob!example.org\n\tAcme\n");
    Path second =
        Files.writeString(
            dir.resolve("developers_affiliations2.txt"),
            "bob: bob!example.org\n\tGlobex\ncy: cy!nowhere.example\n\tInitech\n");
    Path mailmap =
        Files.writeString(
            dir.resolve(".mailmap"), "Bob <bob@example.org> <bob2@personal.example>\n");
    Path log =
        Files.writeString(
            dir.resolve("demo.log"),
            commit(
                    "1111111111111111111111111111111111111111",
                    "Ann <ann@redhat.com>",
                    "Tue May 1 10:00:00 2012 +0000",
                    "1\t0\ta.txt")
                + commit(
                    "2222222222222222222222222222222222222222",
                    "Bob <bob@example.org>",
                    "Wed May 2 10:00:00 2012 +0000",
                    "1\t0\ta.txt")
                + commit(
                    "3333333333333333333333333333333333333333",
                    "Bob <bob2@personal.example>",
                    "Thu May 3 10:00:00 2012 +0000",
                    "1\t0\ta.txt")
                + commit(
                    "4444444444444444444444444444444444444444",
                    "Cy <cy@nowhere.example>",
                    "Fri May 4 10:00:00 2012 +0000",
                    "1\t0\ta.txt"));
    List<String> args =
        List.of(
            "contributions",
            "--git-log",
            log.toString(),
            "--release",
            "folsom",
            "--affiliations",
            "cncf:" + first,
            "--affiliations",
            "cncf:" + second,
            "--affiliations",
            "mailmap:" + mailmap,
            "--affiliations",
            "gitdm:" + GitTestData.gitdmConfig());
    // Bob is Acme (the first source) from both addresses (the mailmap), Cy is Initech (only the
    // second has
    // him), Ann is Red Hat (gitdm's domain rule)
    assertThat(run(concat(args, "--format", "csv")).out.lines().filter(l -> !l.startsWith("#")))
        .containsExactly(
            "rank,employer,value,share", "1,Acme,2,50.0", "2,Initech,1,25.0", "2,Red Hat,1,25.0");
    JsonNode report =
        StackholderJson.mapper()
            .readTree(run(concat(args, "--report", "attribution", "--json")).out);
    assertThat(report.get("shadowed")).hasSize(1);
    assertThat(report.get("shadowed").get(0).get("rule").asText()).contains("Globex");
    assertThat(report.get("shadowed").get(0).get("source").asText())
        .contains("developers_affiliations2.txt");
    assertThat(report.get("shadowed").get(0).get("winningSource").asText())
        .contains("developers_affiliations1.txt");
    String text = run(concat(args, "--report", "attribution")).out;
    assertThat(text).contains("shadowed by an earlier one (1)").contains("Globex");
    // the other order: Globex wins, Acme is shadowed
    List<String> swapped =
        List.of(
            "contributions",
            "--git-log",
            log.toString(),
            "--release",
            "folsom",
            "--affiliations",
            "cncf:" + second,
            "--affiliations",
            "cncf:" + first,
            "--affiliations",
            "gitdm:" + GitTestData.gitdmConfig(),
            "--format",
            "csv");
    assertThat(run(swapped).out.lines().filter(l -> !l.startsWith("#")))
        .contains("1,Globex,1,25.0");
    CliRun onlyIdentities =
        new CliRun(
            "contributions",
            "--git-log",
            log.toString(),
            "--release",
            "folsom",
            "--affiliations",
            "mailmap:" + mailmap);
    assertThat(onlyIdentities.status).isEqualTo(2);
    assertThat(onlyIdentities.err).contains("identities, not employers");
  }

  /** The CSV rows without the provenance comment lines. */
  private static String rows(String csv) {
    return csv.lines()
        .filter(l -> !l.startsWith("#"))
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private static String commit(String id, String author, String date, String numstat) {
    return "commit "
        + id
        + "\nAuthor: "
        + author
        + "\nDate:   "
        + date
        + "\n\n    change\n\n"
        + numstat
        + "\n\n";
  }

  private static List<String> concat(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all;
  }
}
