package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * No input a user can type reaches exit status 4 (a bug), issue 26: every command of the tree
 * (found from picocli's model, so a new command or option is covered without editing this test),
 * every one of its options that takes a value, given each hostile value, after the arguments the
 * command needs to answer. Each run must end 0 to 3 with one line on standard error when it fails.
 */
class HostileCommandsTest {
  /**
   * Values that have broken readers before: empty, signs, huge and tiny numbers, far dates,
   * controls.
   */
  private static final List<String> HOSTILE =
      List.of(
          "",
          " ",
          "-1",
          "0",
          "99999999999999999999",
          "1e999999999",
          "USD 0",
          "USD -1",
          "USD 1e30",
          "XXX 5",
          "0000-01-01",
          "9999-12-31",
          "+99999-01-01",
          "2012-02-30",
          "NaN",
          "CNY/USD=0",
          "CNY/CNY=1",
          "all=x",
          "x\u0000y",
          "\u001b[31m",
          "../../../../etc/passwd",
          "/",
          "@/dev/zero",
          "a".repeat(5000),
          "--",
          "=",
          ",",
          "gitdm:",
          "gitdm:/",
          "stackalytics:/nonexistent");

  @TempDir static Path dir;

  /** What each command needs to answer at all, so that the hostile value is what is tested. */
  private static Map<String, List<String>> needs() {
    String png = dir.resolve("hostile.png").toString();
    Map<String, List<String>> needs = new LinkedHashMap<>();
    needs.put("stackholder dues", List.of("--tier", "gold"));
    needs.put("stackholder case-study", List.of("cern"));
    needs.put("stackholder rank", List.of("--release", "folsom"));
    needs.put(
        "stackholder contributions",
        List.of(
            "--git-log",
            GitTestData.log("keystone").toString(),
            "--affiliations",
            "gitdm:" + GitTestData.gitdmConfig(),
            "--release",
            "folsom"));
    // Charts at the smallest size, so that the runs that draw stay cheap.
    needs.put(
        "stackholder chart dues",
        List.of("--tier", "gold", "--out", png, "--width", "200", "--height", "200"));
    needs.put(
        "stackholder chart members",
        List.of(
            "--out",
            png,
            "--from",
            "2020-01-01",
            "--to",
            "2021-01-01",
            "--width",
            "200",
            "--height",
            "200"));
    needs.put(
        "stackholder chart contributions",
        List.of("--release", "folsom", "--out", png, "--width", "200", "--height", "200"));
    needs.put("stackholder schema", List.of("roster"));
    return needs;
  }

  @Test
  void noHostileValueOfAnyOptionOfAnyCommandReachesExitStatus4() {
    Map<String, List<String>> needs = needs();
    List<String> failures = new ArrayList<>();
    int runs = 0;
    for (CommandLine command : commands(StackholderCli.commandLine(CliRun.CLOCK))) {
      CommandSpec spec = command.getCommandSpec();
      String name = spec.qualifiedName();
      if (name.endsWith(" help")
          || name.endsWith("generate-completion")
          || spec.userObject() instanceof ChartCommand
          || spec.subcommands().size() > 1 && !name.equals("stackholder")) {
        continue;
      }
      for (OptionSpec option : spec.options()) {
        if (option.arity().max() == 0 || option.usageHelp() || option.versionHelp()) {
          continue;
        }
        for (String value : HOSTILE) {
          List<String> args =
              new ArrayList<>(List.of(name.split(" ")).subList(1, name.split(" ").length));
          // What the command needs, less the option under test (given twice it would only be a
          // usage error)
          List<String> need = needs.getOrDefault(name, List.of());
          for (int i = 0; i < need.size(); i++) {
            if (need.get(i).equals(option.longestName()) && i + 1 < need.size()) {
              i++;
            } else {
              args.add(need.get(i));
            }
          }
          args.add(option.longestName());
          args.add(value);
          CliRun run = new CliRun(args.toArray(new String[0]));
          runs++;
          if (run.status == ExitCodes.INTERNAL
              || run.status < 0
              || run.status > 3
              || run.status != 0 && run.err.split("\n").length != 1) {
            failures.add(run.status + " " + args + ": " + run.err.strip());
          }
        }
      }
    }
    assertThat(runs).isGreaterThan(HOSTILE.size() * 20);
    assertThat(failures).isEmpty();
  }

  private static List<CommandLine> commands(CommandLine root) {
    List<CommandLine> all = new ArrayList<>();
    all.add(root);
    for (CommandLine sub : root.getSubcommands().values()) {
      if (!all.contains(sub)) {
        for (CommandLine each : commands(sub)) {
          if (!all.contains(each)) {
            all.add(each);
          }
        }
      }
    }
    return all;
  }
}
