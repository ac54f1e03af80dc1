package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad invocations, one per row: each exits with the status the policy gives it and prints exactly
 * one line on standard error, starting with "stackholder: ", containing the expected words, with no
 * stack trace and no Java class name, and nothing on standard output.
 */
class BadInvocationsTest {
  /** A qualified Java name (java.lang.X, dev.stackholder.x.Y, picocli.CommandLine$Z). */
  private static final Pattern CLASS_NAME = Pattern.compile(
      "\\b(java|javax|jdk|sun|com|org|dev|picocli)\\.[a-z]\\w*(\\.\\w+)*|\\$[A-Z]|Exception|\\bat [a-z]+\\.");

  @TempDir
  static Path dir;

  @BeforeAll
  static void files() throws IOException {
    Path binary = Files.createDirectories(dir.resolve("binary/havana"));
    byte[] noise = new byte[2048];
    new java.util.Random(11).nextBytes(noise);
    Files.write(binary.resolve("git-stats.txt"), noise);
    Path latin1 = Files.createDirectories(dir.resolve("latin1/havana"));
    Files.write(latin1.resolve("git-stats.txt"), ("Processed 3 csets from 2 developers\n2 employers found\n"
        + "A total of 10 lines added, 4 removed (delta 6)\n\nTop changeset contributors by employer\n"
        + "Universit\u00e9   3 (100.0%)\nCovers 100.0% of changesets\n").getBytes(StandardCharsets.ISO_8859_1));
    Path truncated = Files.createDirectories(dir.resolve("truncated/havana"));
    Files.writeString(truncated.resolve("git-stats.txt"), "Processed 3 csets\n");
    Files.writeString(dir.resolve("big-args"), "x ".repeat(AtFiles.MAX_BYTES));
    Files.write(dir.resolve("latin1-args"), "--tier g\u00f6ld".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("unclosed-args"), "--tier \"gold\n");
    Files.writeString(dir.resolve("nested-args"), "@/dev/zero\n");
  }

  static Stream<Arguments> invocations() {
    String d = dir.toString();
    String gitdm = "gitdm:" + GitTestData.gitdmConfig();
    String keystone = GitTestData.log("keystone").toString();
    return Stream.of(
        // the program
        bad(2, "Unmatched argument", "frobnicate"),
        bad(2, "did you mean", "due"),
        bad(2, "Unknown option", "--verbose"),
        bad(2, "Unmatched argument", ""),
        bad(2, "Unknown subcommand 'nosuch'", "help", "nosuch"),
        bad(2, "Unknown options: '--format', 'json'", "--format", "json"),
        // @FILE
        bad(2, "not a regular file", "@/dev/zero"),
        bad(2, "does not exist", "@/no/such/file"),
        bad(2, "is not a regular file", "@" + d),
        bad(2, "larger than 64 KiB", "@" + d + "/big-args"),
        bad(2, "is not UTF-8 text", "dues", "@" + d + "/latin1-args"),
        bad(2, "unclosed \" quote", "dues", "@" + d + "/unclosed-args"),
        bad(2, "Unmatched argument", "dues", "--tier", "gold", "@" + d + "/nested-args"),
        // dues
        bad(2, "Missing required option: '--tier=TIER'", "dues"),
        bad(2, "Missing required parameter for option '--tier'", "dues", "--tier"),
        bad(3, "Unknown tier 'diamond'", "dues", "--tier", "diamond"),
        bad(3, "Unknown tier 'x\\nstackholder: forged'", "dues", "--tier", "x\nstackholder: forged"),
        bad(3, "Unknown tier '\\u001b[31mred'", "dues", "--tier", "\u001b[31mred"),
        bad(3, "Unknown tier 'g\\rold\\u0085'", "dues", "--tier", "g\rold\u0085"),
        bad(2, "'lots' is not an amount of money", "dues", "--tier", "gold", "--revenue", "lots"),
        bad(2, "'USD 1e999999999' is not an amount of money", "dues", "--tier", "gold", "--revenue", "USD 1e999999999"),
        bad(1, "is negative", "dues", "--tier", "gold", "--revenue", "USD -5", "--on", "2018-01-01"),
        bad(1, "No exchange rate from CNY to USD", "dues", "--tier", "gold", "--revenue", "CNY 1", "--on", "2018-01-01"),
        bad(2, "'CNY-USD=1' is not an exchange rate", "dues", "--tier", "gold", "--rate", "CNY-USD=1"),
        bad(2, "--rate CNY/USD is given twice", "dues", "--tier", "gold", "--rate", "CNY/USD=0.1", "--rate", "CNY/USD=0.2"),
        bad(1, "No OpenStack Foundation rule set is in force on 1999-01-01", "dues", "--tier", "gold", "--on", "1999-01-01"),
        bad(2, "'2013-02-30' is not a date", "dues", "--tier", "gold", "--on", "2013-02-30"),
        bad(2, "'yesterday' is not a date", "dues", "--tier", "gold", "--on", "yesterday"),
        bad(2, "'+99999-01-01' is not a date", "dues", "--tier", "gold", "--on", "+99999-01-01"),
        bad(1, "has no tier 'associate'; rule sets with it: openinfra-2021-06", "dues", "--tier", "associate"),
        bad(3, "Unknown foundation 'no-such-foundation'", "dues", "--foundation", "no-such-foundation", "--tier", "gold"),
        bad(3, "Unknown tier 'gold'", "dues", "--foundation", "eclipse", "--tier", "gold"),
        bad(2, "--employees -3 is negative", "dues", "--tier", "gold", "--employees", "-3"),
        bad(2, "'many' is not an int", "dues", "--tier", "gold", "--employees", "many"),
        bad(2, "should be specified only once", "dues", "--tier", "gold", "--json", "--json"),
        bad(2, "Unknown options: '--tire', 'gold'; did you mean --tier?", "dues", "--tier", "gold", "--tire", "gold"),
        bad(2, "Unmatched argument", "dues", "--tier", "gold", "extra"),
        bad(2, "Unknown organization kind 'charity'", "dues", "--foundation", "cncf", "--tier", "academic", "--kind", "charity"),
        bad(1, "is not offered to a commercial organization", "dues", "--foundation", "cncf", "--tier", "academic",
            "--kind", "commercial"),
        // compare
        bad(2, "Invalid value for option '--kind': Unknown organization kind 'charity', expected one of commercial",
            "compare", "--revenue", "USD 5000000000", "--kind", "charity"),
        bad(3, "Unknown foundation 'apache-software'", "compare", "--foundation", "apache-software"),
        bad(3, "Unknown foundation ''", "compare", "--foundation", "cncf,,eclipse"),
        bad(2, "--employees -1 is negative", "compare", "--employees", "-1"),
        bad(2, "'many' is not an int", "compare", "--employees", "many"),
        bad(2, "--foundation cncf is given twice", "compare", "--foundation", "cncf", "--foundation", "eclipse",
            "--foundation", "CNCF"),
        bad(2, "--foundation eclipse is given twice", "compare", "--foundation", "eclipse,eclipse"),
        bad(2, "'five billion' is not an amount of money", "compare", "--revenue", "five billion"),
        bad(2, "'5000000000' is not an amount of money", "compare", "--revenue", "5000000000"),
        bad(1, "Annual revenue USD -5.00 is negative", "compare", "--revenue", "USD -5"),
        bad(2, "--rate USD/EUR is given twice", "compare", "--rate", "USD/EUR=0.9", "--rate", "USD/EUR=0.92"),
        bad(2, "'USD:EUR' is not an exchange rate", "compare", "--rate", "USD:EUR"),
        bad(2, "'dollars' is not a currency", "compare", "--currency", "dollars"),
        bad(2, "'XYZ' is not a currency", "compare", "--currency", "XYZ"),
        bad(2, "'price' is not a sort order, expected foundation or cost", "compare", "--sort", "price"),
        bad(2, "'xml' is not an output format", "compare", "--format", "xml"),
        bad(2, "--json and --format table contradict each other", "compare", "--json", "--format", "table"),
        bad(1, "No rule set of the foundations compared is in force on 2000-01-01", "compare", "--on", "2000-01-01"),
        bad(2, "'2026-02-30' is not a date", "compare", "--on", "2026-02-30"),
        bad(2, "Missing required parameter for option '--foundation'", "compare", "--foundation"),
        bad(2, "Unmatched argument", "compare", "--employees", "5", "extra"),
        bad(2, "Unknown options: '--revnue', 'USD 1'; did you mean --revenue?", "compare", "--revnue", "USD 1"),
        // roster and board
        bad(1, "No OpenStack Foundation rule set is in force on 1990-01-01", "roster", "--on", "1990-01-01"),
        bad(2, "'2012-13-01' is not a date", "roster", "--on", "2012-13-01"),
        bad(2, "'xml' is not an output format, expected table, json or csv", "roster", "--format", "xml"),
        bad(2, "--json and --format csv contradict each other", "roster", "--json", "--format", "csv"),
        bad(2, "Missing required parameter for option '--on'", "roster", "--on"),
        bad(1, "No OpenStack Foundation rule set is in force on 2011-12-31", "board", "--on", "2011-12-31"),
        bad(2, "is not a date", "board", "--on", "99999-01-01"),
        bad(2, "'yaml' is not an output format", "board", "--format", "yaml"),
        bad(1, "No OpenStack Foundation rule set is in force on 2012-08-27", "board", "--on", "2012-08-27"),
        bad(1, "No OpenStack Foundation rule set is in force on 2012-08-27", "roster", "--on", "2012-08-27"),
        bad(2, "--json and --format csv contradict each other", "board", "--json", "--format", "csv"),
        bad(2, "Unmatched argument", "roster", "2024-06-01"),
        // income
        bad(2, "'999999999' is out of range, expected a year from 1000 to 9999", "income", "--year", "999999999"),
        bad(1, "No OpenStack Foundation rules in 2011", "income", "--year", "2011"),
        bad(2, "'abc' is not a year", "income", "--year", "abc"),
        bad(2, "'99999999999' is not a year", "income", "--year", "99999999999"),
        bad(2, "'lots' is not an amount of money", "income", "--year", "2018", "--revenue", "tencent=lots"),
        bad(3, "Unknown organization 'nosuch'", "income", "--year", "2018", "--revenue", "nosuch=USD 1"),
        bad(2, "--revenue tencent is given twice", "income", "--year", "2018", "--revenue", "tencent=USD 1", "--revenue",
            "tencent=USD 2"),
        bad(2, "is not ORG=AMOUNT", "income", "--year", "2018", "--revenue", "tencent"),
        bad(2, "is not ORG=AMOUNT", "income", "--year", "2018", "--revenue", "=USD 1"),
        bad(2, "--rate CNY/USD is given twice", "income", "--year", "2018", "--rate", "CNY/USD=0.1", "--rate", "CNY/USD=0.1"),
        bad(1, "No exchange rate from CNY to USD", "income", "--year", "2018", "--revenue", "cisco=CNY 1"),
        bad(3, "Unknown organization 'vmvare'", "income", "--year", "2012", "--revenue", "vmvare=USD 1"),
        bad(2, "Unknown options: '--on', '2018-01-01'", "income", "--on", "2018-01-01"),
        // case studies and events
        bad(2, "Unknown sector 'games'", "case-studies", "--sector", "games"),
        bad(2, "'China' is not an ISO 3166-1 alpha-2 country code", "case-studies", "--country", "China"),
        bad(2, "'XX' is not an ISO 3166-1 alpha-2 country code", "case-studies", "--country", "XX"),
        bad(2, "'pdf' is not an output format", "case-studies", "--format", "pdf"),
        bad(2, "Missing required parameter: 'ID'", "case-study"),
        bad(3, "Unknown case study 'tencent'", "case-study", "tencent"),
        bad(2, "Unmatched argument", "case-study", "cern", "nii"),
        bad(2, "'html' is not an output format", "events", "--format", "html"),
        bad(2, "Unmatched argument", "events", "extra"),
        // rank
        bad(2, "Missing required option: '--release=R'", "rank"),
        bad(2, "Missing required option: '--metric=M' (or --employer NAME)", "rank", "--release", "folsom"),
        bad(3, "Unknown release 'havana', expected one of essex, folsom, grizzly", "rank", "--release", "havana",
            "--metric", "changesets"),
        bad(2, "Unknown metric 'commits'", "rank", "--release", "folsom", "--metric", "commits"),
        bad(3, "has no table of lines-removed by employer", "rank", "--release", "folsom", "--metric", "lines-removed"),
        bad(3, "Unknown project 'heat'", "rank", "--release", "folsom", "--metric", "changesets", "--project", "heat"),
        bad(3, "Unknown project ''", "rank", "--release", "folsom", "--metric", "changesets", "--project", ""),
        bad(3, "Unknown employer 'nobody'", "rank", "--release", "folsom", "--employer", "nobody"),
        bad(2, "Unknown tie mode 'random'", "rank", "--release", "folsom", "--metric", "changesets", "--ties", "random"),
        bad(2, "the directory name is empty", "rank", "--gitdm", "", "--release", "folsom", "--metric", "changesets"),
        bad(3, "does not exist", "rank", "--gitdm", "/no/such/dir", "--release", "folsom", "--metric", "changesets"),
        bad(1, "is not UTF-8 (the file must be UTF-8", "rank", "--gitdm", d + "/binary", "--release", "havana", "--metric", "changesets"),
        bad(1, "is not UTF-8 (the file must be UTF-8", "rank", "--gitdm", d + "/latin1", "--release", "havana", "--metric", "changesets"),
        bad(1, "expected 'Processed N csets from M developers'", "rank", "--gitdm", d + "/truncated", "--release",
            "havana", "--metric", "changesets"),
        bad(2, "'xml' is not an output format", "rank", "--release", "folsom", "--metric", "changesets", "--format", "xml"),
        // contributions
        bad(2, "Missing required option: '--git-log=FILE', '--repo=DIR' or '--repos=FILE'",
            "contributions", "--affiliations", gitdm,
            "--release", "folsom"),
        bad(2, "Missing required option: '--affiliations", "contributions", "--git-log", keystone, "--release", "folsom"),
        bad(3, "Git log file '/no/such/nova.log' does not exist", "contributions", "--git-log", "/no/such/nova.log",
            "--affiliations", gitdm, "--release", "folsom"),
        bad(1, "git-stats.txt:1: expected 'commit <id>'", "contributions", "--git-log",
            d + "/truncated/havana/git-stats.txt", "--affiliations", gitdm, "--release", "folsom"),
        bad(2, "'ldap:/x', expected gitdm:DIR, stackalytics:FILE, cncf:FILE or mailmap:FILE", "contributions", "--git-log", keystone,
            "--affiliations", "ldap:/x", "--release", "folsom"),
        bad(3, "gitdm configuration directory '/no/such/dir' does not exist", "contributions", "--git-log", keystone,
            "--affiliations", "gitdm:/no/such/dir", "--release", "folsom"),
        bad(3, "is not a gitdm configuration directory: it has no gitdm.config", "contributions", "--git-log", keystone,
            "--affiliations", "gitdm:" + d, "--release", "folsom"),
        bad(3, "Stackalytics data file '/no/such.json' does not exist", "contributions", "--git-log", keystone,
            "--affiliations", "stackalytics:/no/such.json", "--release", "folsom"),
        bad(1, "big-args:1: $: Unrecognized token", "contributions", "--git-log", keystone, "--affiliations",
            "stackalytics:" + d + "/big-args", "--release", "folsom"),
        bad(2, "'start...end' is not a revision range A..B", "contributions", "--repo", d, "--range", "start...end",
            "--affiliations", gitdm, "--release", "folsom"),
        bad(2, "'-o/tmp/x..HEAD' is not a revision range A..B", "contributions", "--repo", d, "--range", "-o/tmp/x..HEAD",
            "--affiliations", gitdm, "--release", "folsom"),
        bad(2, "--range needs --repo", "contributions", "--git-log", keystone, "--range", "a..b", "--affiliations", gitdm,
            "--release", "folsom"),
        bad(1, "is not a git repository", "contributions", "--repo", d, "--affiliations", gitdm, "--release", "folsom"),
        bad(3, "Repository directory '/no/such/repo' does not exist", "contributions", "--repo", "/no/such/repo",
            "--affiliations", gitdm, "--release", "folsom"),
        bad(2, "--git-log and --repo contradict each other", "contributions", "--git-log", keystone, "--repo", d,
            "--affiliations", gitdm, "--release", "folsom"),
        bad(2, "git history has no bugs-fixed", "contributions", "--git-log", keystone, "--affiliations", gitdm,
            "--release", "folsom", "--metric", "bugs-fixed"),
        bad(2, "'summary', expected attribution or exclusions", "contributions", "--git-log", keystone, "--affiliations",
            gitdm, "--release", "folsom", "--report", "summary"),
        bad(3, "No commit of author 'nobody@example.com'", "contributions", "--git-log", keystone, "--affiliations",
            gitdm, "--release", "folsom", "--explain", "nobody@example.com"),
        bad(3, "Unknown employer 'nobody'", "contributions", "--git-log", keystone, "--affiliations", gitdm,
            "--release", "folsom", "--employer", "nobody"),
        bad(2, "project 'keystone' is given twice", "contributions", "--git-log", keystone, "--git-log", keystone,
            "--affiliations", gitdm, "--release", "folsom"),
        bad(3, "Unknown project 'heat'", "contributions", "--git-log", keystone, "--git-log", GitTestData.log("swift")
            .toString(), "--affiliations", gitdm, "--release", "folsom", "--project", "heat"),
        bad(2, "are mutually exclusive (specify only one)", "contributions", "--git-log", keystone,
            "--affiliations", gitdm, "--release", "folsom", "--employer", "SINA", "--report", "exclusions"),
        bad(2, "'Fol som' is not a release name", "contributions", "--git-log", keystone, "--affiliations", gitdm,
            "--release", "Fol som"),
        // chart
        bad(2, "Missing required subcommand", "chart"),
        bad(2, "Missing required option: '--out=FILE'", "chart", "dues", "--tier", "gold"),
        bad(2, "neither a .png nor a .svg extension", "chart", "dues", "--tier", "gold", "--out", d + "/dues.pdf"),
        bad(2, "neither a .png nor a .svg extension", "chart", "members", "--out", d + "/members"),
        bad(2, "the file name is empty", "chart", "contributions", "--release", "folsom", "--out", ""),
        bad(2, "'--width': 0 pixels, expected 200 to 4000", "chart", "dues", "--tier", "gold", "--out", d + "/a.png",
            "--width", "0"),
        bad(2, "'--height': 100000 pixels, expected 200 to 4000", "chart", "members", "--out", d + "/a.png",
            "--height", "100000"),
        bad(2, "'wide' is not an int", "chart", "dues", "--tier", "gold", "--out", d + "/a.png", "--width", "wide"),
        bad(1, "Cannot write the chart to /no/such/dir/dues.png: no such directory", "chart", "dues", "--tier", "gold", "--on",
            "2015-01-01", "--out", "/no/such/dir/dues.png"),
        bad(1, "Not a directory", "chart", "contributions", "--release", "folsom", "--out", d + "/big-args/a.png"),
        bad(2, "'--vs': 'openstack', expected FOUNDATION:TIER", "chart", "dues", "--tier", "gold", "--vs", "openstack",
            "--out", d + "/a.png"),
        bad(3, "Unknown foundation 'nowhere'", "chart", "dues", "--tier", "gold", "--vs", "nowhere:gold", "--out",
            d + "/a.png"),
        bad(3, "Unknown tier 'diamond'", "chart", "dues", "--tier", "diamond", "--out", d + "/a.png"),
        bad(1, "rule set openinfra-2021-06 (2021-06-29 to 2021-08-13) has no tier 'gold'", "chart", "dues", "--tier",
            "gold", "--vs", "openstack:gold@openinfra-2021-06", "--out", d + "/a.png"),
        bad(2, "'2015-02-30' is not a date", "chart", "dues", "--tier", "gold", "--vs", "openstack:gold@2015-02-30",
            "--out", d + "/a.png"),
        bad(1, "No OpenStack Foundation rule set is in force on 1999-01-01", "chart", "dues", "--tier", "gold", "--on",
            "1999-01-01", "--out", d + "/a.png"),
        bad(3, "Unknown tier 'diamond'", "chart", "members", "--tier", "diamond", "--out", d + "/a.png"),
        bad(2, "is not before --to", "chart", "members", "--from", "2020-01-01", "--to", "2019-01-01", "--out",
            d + "/a.png"),
        bad(3, "Unknown release 'havana'", "chart", "contributions", "--release", "havana", "--out", d + "/a.png"),
        bad(3, "Unknown project 'heat'", "chart", "contributions", "--release", "folsom", "--project", "heat", "--out",
            d + "/a.png"),
        bad(2, "'--top': 0, expected 1 to 50", "chart", "contributions", "--release", "folsom", "--top", "0", "--out",
            d + "/a.png"));
  }

  private static Arguments bad(int status, String expected, String... args) {
    return Arguments.of(status, expected, args);
  }

  @ParameterizedTest(name = "[{index}] exit {0}: {1}")
  @MethodSource("invocations")
  void isOneLineWithItsStatus(int status, String expected, String[] args) {
    CliRun run = new CliRun(args);
    assertThat(run.err.lines()).as(run.err).hasSize(1);
    assertThat(run.err).startsWith("stackholder: ").endsWith("\n").contains(expected);
    assertThat(run.status).as(run.err).isEqualTo(status);
    assertThat(CLASS_NAME.matcher(run.err).find()).as(run.err).isFalse();
    assertThat(run.out).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void thereAreAtLeastSixty() {
    assertThat(invocations().count()).isGreaterThanOrEqualTo(60);
  }
}
