package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.stackholder.core.json.StackholderJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test table of issue 24: every data command in every format. Each run exits 0; its JSON
 * validates against the schema {@code stackholder schema COMMAND} prints (with a third-party
 * validator, format assertions on); its CSV is rectangular with money as plain decimals beside a
 * currency column; its table keeps within the width (100 without COLUMNS, or COLUMNS), and {@code
 * --wide} keeps each line whole.
 */
class CommandTableTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  /** Money as text ("USD 500,000.00"), which CSV must never carry. */
  private static final Pattern FORMATTED_MONEY =
      Pattern.compile("^[A-Z]{3} -?[0-9][0-9,]*(\\.[0-9]+)?$");

  /** Each data command with arguments that answer, and the schema its JSON has. */
  static Stream<Arguments> commands() {
    return Stream.of(
        command(
            "dues",
            "dues",
            "--tier",
            "gold",
            "--revenue",
            "CNY 237760000000",
            "--rate",
            "CNY/USD=0.1481",
            "--on",
            "2018-01-01"),
        command(
            "dues",
            "dues",
            "--foundation",
            "eclipse",
            "--tier",
            "strategic",
            "--revenue",
            "EUR 120000000"),
        command("dues", "dues", "--tier", "platinum", "--on", "2026-01-15"),
        command("roster", "roster", "--on", "2024-06-01"),
        command("roster", "roster", "--on", "2012-09-09"),
        command("board", "board", "--on", "2024-06-01"),
        command("board", "board", "--on", "2013-01-01"),
        command("board", "board", "--on", "2030-01-01"),
        command(
            "income",
            "income",
            "--year",
            "2018",
            "--revenue",
            "tencent=CNY 237760000000",
            "--rate",
            "CNY/USD=0.1481"),
        command("income", "income", "--year", "2013"),
        command("income", "income", "--year", "3000"),
        command("compare", "compare", "--revenue", "USD 5000000000", "--employees", "20000"),
        command(
            "compare", "compare", "--kind", "academic", "--employees", "3000", "--sort", "cost"),
        command("case-studies", "case-studies"),
        command("case-studies", "case-studies", "--country", "CN"),
        command("case-study", "case-study", "tencent-tstack"),
        command("case-study", "case-study", "cern"),
        command("events", "events"),
        command("events", "events", "--on", "2012-08-10"),
        command("users", "users"),
        command("users", "users", "--sector", "academic-research-government"));
  }

  private static Arguments command(String schema, String... args) {
    return Arguments.of(schema, List.of(args));
  }

  private static CliRun run(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return new CliRun(all.toArray(new String[0]));
  }

  @ParameterizedTest(name = "{1} --format json")
  @MethodSource("commands")
  void jsonValidatesAgainstTheCommandsSchema(String schemaName, List<String> args) {
    CliRun run = run(args, "--format", "json");
    assertThat(run.status).as(run.err).isZero();
    Schema schema =
        REGISTRY.getSchema(StackholderJson.write(CliSchemas.of(schemaName)), InputFormat.JSON);
    List<String> errors =
        schema.validate(run.out, InputFormat.JSON).stream()
            .map(Object::toString)
            .collect(Collectors.toList());
    assertThat(errors).as(run.out.length() > 3000 ? run.out.substring(0, 3000) : run.out).isEmpty();
    // --json is the same as --format json
    assertThat(run(args, "--json").out).isEqualTo(run.out);
  }

  @ParameterizedTest(name = "{1} --format csv")
  @MethodSource("commands")
  void csvIsRectangularWithMoneyAsPlainDecimals(String schemaName, List<String> args) {
    CliRun run = run(args, "--format", "csv");
    assertThat(run.status).as(run.err).isZero();
    List<List<String>> rows = CsvReader.read(run.out);
    assertThat(rows).isNotEmpty();
    int columns = rows.get(0).size();
    for (List<String> row : rows) {
      assertThat(row).as(row.toString()).hasSize(columns);
      for (String cell : row) {
        assertThat(FORMATTED_MONEY.matcher(cell).matches()).as(cell + " in " + row).isFalse();
      }
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("commands")
  void tablesKeepWithinTheWidthAndWideKeepsLinesWhole(String schemaName, List<String> args) {
    CliRun run = new CliRun(CliRun.CLOCK, Map.of(), args.toArray(new String[0]));
    assertThat(run.status).as(run.err).isZero();
    for (String line : run.out.split("\n")) {
      assertThat(line.codePointCount(0, line.length()))
          .as(line)
          .isLessThanOrEqualTo(WideOption.DEFAULT_WIDTH);
    }
    List<String> all = new ArrayList<>(args);
    CliRun narrow = new CliRun(CliRun.CLOCK, Map.of("COLUMNS", "60"), all.toArray(new String[0]));
    for (String line : narrow.out.split("\n")) {
      assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(60);
    }
    List<String> wideArgs = new ArrayList<>(args);
    wideArgs.add("--wide");
    CliRun wide = new CliRun(CliRun.CLOCK, Map.of(), wideArgs.toArray(new String[0]));
    assertThat(wide.status).isZero();
    // Nothing is lost to the width: wrapping adds blanks and line breaks (and a table printed as
    // records
    // adds its headers), so every character of the wide output is in the wrapped one.
    Map<Integer, Long> wrapped = characters(run.out);
    characters(wide.out)
        .forEach(
            (c, count) ->
                assertThat(wrapped.getOrDefault(c, 0L))
                    .as("'%s'", Character.toString(c))
                    .isGreaterThanOrEqualTo(count));
    assertThat(wide.out.lines().count()).isLessThanOrEqualTo(run.out.lines().count());
  }

  private static Map<Integer, Long> characters(String text) {
    return text.codePoints()
        .filter(c -> !Character.isWhitespace(c))
        .boxed()
        .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
  }

  /**
   * The contribution commands are rebuilt on another branch (their tables and CSV adopt the rules
   * above when they merge); their JSON already has its schema, checked here.
   */
  static Stream<Arguments> contributionCommands() {
    return Stream.of(
        command("rank", "rank", "--release", "folsom", "--metric", "changesets"),
        command(
            "rank",
            "rank",
            "--release",
            "grizzly",
            "--metric",
            "lines-changed",
            "--project",
            "nova"),
        command(
            "contributions",
            "contributions",
            "--git-log",
            GitTestData.log("keystone").toString(),
            "--affiliations",
            "gitdm:" + GitTestData.gitdmConfig(),
            "--release",
            "folsom"));
  }

  @ParameterizedTest(name = "{1} --format json")
  @MethodSource("contributionCommands")
  void contributionJsonValidatesAgainstItsSchema(String schemaName, List<String> args) {
    jsonValidatesAgainstTheCommandsSchema(schemaName, args);
  }

  @Test
  void everyCommandWithASchemaPrintsIt() {
    for (String command : CliSchemas.COMMANDS) {
      CliRun run = new CliRun("schema", command);
      assertThat(run.status).as(command + ": " + run.err).isZero();
      assertThat(run.out)
          .contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"")
          .doesNotContain("x-stackholder-include");
      // It stands alone: every local reference it makes is defined in it.
      Map<?, ?> schema = StackholderJson.read(run.out, Map.class);
      @SuppressWarnings("unchecked")
      Map<String, Object> defs = (Map<String, Object>) schema.get("$defs");
      java.util.regex.Matcher refs = Pattern.compile("\"#/\\$defs/([A-Za-z]+)\"").matcher(run.out);
      while (refs.find()) {
        assertThat(defs).as(command).containsKey(refs.group(1));
      }
      REGISTRY.getSchema(run.out, InputFormat.JSON);
    }
    CliRun unknown = new CliRun("schema", "nosuch");
    assertThat(unknown.status).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(unknown.err).contains("roster");
  }

  /** RFC 4180 as the program writes it: quoted fields may hold commas, quotes and line breaks. */
  static final class CsvReader {
    static List<List<String>> read(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
          i++;
        } else {
          field.append(c);
        }
      }
      assertThat(field.length()).as("text after the last line break").isZero();
      return rows;
    }
  }
}
