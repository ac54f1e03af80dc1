package dev.stackholder.cli;

import dev.stackholder.adoption.AdoptionCatalog;
import dev.stackholder.adoption.Availability;
import dev.stackholder.adoption.CaseStudy;
import dev.stackholder.adoption.Count;
import dev.stackholder.adoption.Deployment;
import dev.stackholder.adoption.DurationText;
import dev.stackholder.adoption.Outcome;
import dev.stackholder.adoption.Scale;
import dev.stackholder.core.Sector;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code stackholder case-study ID [--format F]}: one case study with its figures and their
 * sources.
 */
@Command(
    name = "case-study",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Show one built-in case study with its figures and their sources.",
      "",
      "Its deployments, outcomes (with speed-ups and the yearly downtime an availability allows, for a"
          + " 365.25-day year), sources and notes. An unknown id prints the known ones and exits with"
          + " status 3."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder case-study tencent-tstack",
      "  stackholder case-study cern --format json",
      "",
      ExitCodes.HELP_SECTION
    })
final class CaseStudyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "The case study's id, e.g. tencent-tstack.")
  String id;

  @Mixin FormatOptions format;

  @Mixin WideOption wide;

  @Override
  public Integer call() {
    OutputFormat output = format.format();
    CaseStudy study = AdoptionCatalog.builtIn().getCaseStudy(id);
    PrintWriter raw = spec.commandLine().getOut();
    PrintWriter out = output == OutputFormat.TABLE ? WrappingWriter.of(raw, wide.width()) : raw;
    if (output == OutputFormat.JSON) {
      out.println(StackholderJson.writePretty(study));
      return ExitCodes.OK;
    }
    if (output == OutputFormat.CSV) {
      csv(study, out);
      return ExitCodes.OK;
    }
    out.printf("%s: %s%n", study.id(), study.title());
    out.printf(
        "Organization: %s (%s), country %s, sector %s%n",
        study.organization().name(),
        study.organization().id(),
        study.organization().country().orElse("not recorded"),
        study.organization().sector().map(Sector::label).orElse("not recorded"));
    study.publishedDate().ifPresent(date -> out.printf("Published: %s%n", date));
    out.println(study.summary());
    for (Deployment deployment : study.deployments()) {
      out.printf("Deployment: %s%n", deployment.name());
      deployment.description().ifPresent(d -> out.printf("  %s%n", d));
      for (Scale scale : deployment.scale()) {
        out.printf(
            "  size: %s (%s)%s%n",
            scale.describe(),
            scale.source().document(),
            scale.note().map(n -> ": " + n).orElse(""));
      }
      List<String> figures = new ArrayList<>();
      add(figures, "clusters", deployment.clusters());
      add(figures, "data centers", deployment.dataCenters());
      add(figures, "regions", deployment.regions());
      deployment.location().ifPresent(l -> figures.add("location " + l));
      deployment.inProductionSince().ifPresent(y -> figures.add("in production since " + y));
      add(figures, "users served", deployment.usersServed());
      if (!figures.isEmpty()) {
        out.printf("  %s%n", String.join("; ", figures));
      }
      deployment
          .availability()
          .ifPresent(
              a ->
                  out.printf(
                      "  availability %s: downtime budget %s a year (365.25 days)%n",
                      a.describe(), budget(a)));
      deployment.notes().forEach(note -> out.printf("  note: %s%n", note));
    }
    if (!study.outcomes().isEmpty()) {
      out.println("Outcomes:");
      for (Outcome outcome : study.outcomes()) {
        out.printf("  - %s%n", outcome.describe());
      }
    }
    out.println("Sources:");
    for (Source source : study.sources()) {
      out.printf(
          "  - %s (%s%s)%n",
          source.title(), source.document(), source.date().map(d -> ", " + d).orElse(""));
    }
    if (!study.notes().isEmpty()) {
      out.println("Notes:");
      study.notes().forEach(note -> out.printf("  - %s%n", note));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * One row per figure, outcome, source and note: what the table prints, in columns a sheet can
   * sort.
   */
  private static void csv(CaseStudy study, PrintWriter out) {
    Csv.row(out, "case_study", "part", "deployment", "text", "source");
    Csv.row(out, study.id(), "title", "", study.title(), "");
    Csv.row(out, study.id(), "organization", "", study.organization().name(), "");
    Csv.row(out, study.id(), "summary", "", study.summary(), "");
    for (Deployment deployment : study.deployments()) {
      for (Scale scale : deployment.scale()) {
        Csv.row(
            out,
            study.id(),
            "size",
            deployment.name(),
            scale.describe(),
            scale.source().document());
      }
      deployment
          .availability()
          .ifPresent(
              a -> Csv.row(out, study.id(), "availability", deployment.name(), a.describe(), ""));
      for (String note : deployment.notes()) {
        Csv.row(out, study.id(), "note", deployment.name(), note, "");
      }
    }
    for (Outcome outcome : study.outcomes()) {
      Csv.row(out, study.id(), "outcome", "", outcome.describe(), "");
    }
    for (Source source : study.sources()) {
      Csv.row(out, study.id(), "source", "", source.title(), source.document());
    }
    for (String note : study.notes()) {
      Csv.row(out, study.id(), "note", "", note, "");
    }
  }

  private static String budget(Availability availability) {
    String text = DurationText.format(availability.yearlyDowntimeBudget());
    switch (availability.approximation()) {
      case MORE_THAN:
      case AT_LEAST:
        return "at most " + text;
      case EXACTLY:
        return text;
      default:
        return "about " + text;
    }
  }

  private static void add(List<String> figures, String label, Optional<Count> count) {
    count.ifPresent(c -> figures.add(label + " " + c.describe()));
  }
}
