package dev.stackholder.cli;

import dev.stackholder.adoption.AdoptionCatalog;
import dev.stackholder.adoption.CaseStudy;
import dev.stackholder.core.Sector;
import dev.stackholder.core.json.StackholderJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder case-studies [--sector S] [--country CC] [--format F]}: the built-in case
 * studies.
 */
@Command(
    name = "case-studies",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "List the built-in OpenStack case studies, with counts by sector and country.",
      "",
      "Tencent TStack, CERN, Sina SWS, ...: every figure in them carries its source (see 'stackholder"
          + " case-study ID'). A filter value that is not a known id (a sector, an ISO country code) is"
          + " refused."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder case-studies --country JP",
      "  stackholder case-studies --sector online-gaming-media --format csv",
      "",
      ExitCodes.HELP_SECTION
    })
final class CaseStudiesCommand implements Callable<Integer> {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Spec CommandSpec spec;

  @Option(
      names = "--sector",
      paramLabel = "SECTOR",
      description =
          "Only this sector: online-gaming-media, cloud-hosting-service-provider-telco,"
              + " academic-research-government, enterprise or vendor.")
  Sector sector;

  @Option(
      names = "--country",
      paramLabel = "CC",
      description =
          "Only organizations headquartered in this country (ISO 3166-1 alpha-2 code, e.g. CN, JP, US).")
  String country;

  @Mixin FormatOptions format;

  @Mixin WideOption wide;

  @Override
  public Integer call() {
    OutputFormat output = format.format();
    String code = country == null ? null : country.toUpperCase(Locale.ROOT);
    if (code != null && !COUNTRIES.contains(code)) {
      throw new UsageException(
          "Invalid value for option '--country': '"
              + country
              + "' is not an ISO 3166-1 alpha-2 country code, expected two letters such as CN, JP or US");
    }
    AdoptionCatalog catalog = AdoptionCatalog.builtIn();
    List<CaseStudy> studies =
        catalog.caseStudies().stream()
            .filter(
                c -> sector == null || c.organization().sector().filter(sector::equals).isPresent())
            .filter(
                c -> code == null || c.organization().country().filter(code::equals).isPresent())
            .collect(Collectors.toList());
    PrintWriter out =
        output == OutputFormat.TABLE
            ? WrappingWriter.of(spec.commandLine().getOut(), wide.width())
            : spec.commandLine().getOut();
    switch (output) {
      case JSON:
        out.println(StackholderJson.writePretty(studies));
        return ExitCodes.OK;
      case CSV:
        Csv.row(out, "id", "organization", "country", "sector", "title", "sources");
        for (CaseStudy study : studies) {
          Csv.row(
              out,
              study.id(),
              study.organization().name(),
              study.organization().country().orElse(""),
              study.organization().sector().map(Sector::id).orElse(""),
              study.title(),
              study.sources().stream().map(RuleSetText::source).collect(Collectors.joining("; ")));
        }
        return ExitCodes.OK;
      default:
        break;
    }
    // Sources are numbered under the table, as compare does, so that each row stays one line.
    List<String> sources = new java.util.ArrayList<>();
    List<String[]> lines = new java.util.ArrayList<>();
    lines.add(new String[] {"ID", "ORGANIZATION", "COUNTRY", "SECTOR", "TITLE", "SOURCES"});
    for (CaseStudy study : studies) {
      lines.add(
          new String[] {
            study.id(),
            study.organization().name(),
            study.organization().country().orElse("-"),
            study.organization().sector().map(Sector::id).orElse("-"),
            study.title(),
            Notes.numbers(
                sources,
                study.sources().stream().map(RuleSetText::source).collect(Collectors.toList()))
          });
    }
    Table.print(lines, Set.of(), out, wide.width());
    out.println(Plural.of(studies.size(), "case study", "case studies"));
    if (sector == null && code == null) {
      out.println(
          "By sector: "
              + catalog.countsBySector().entrySet().stream()
                  .map(e -> e.getKey().id() + " " + e.getValue())
                  .collect(Collectors.joining(", "))
              + ", none recorded "
              + catalog.withoutSector().size());
      out.println(
          "By country: "
              + catalog.countsByCountry().entrySet().stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.joining(", "))
              + ", none recorded "
              + catalog.withoutCountry().size());
    }
    Notes.print(sources, out, wide.width());
    out.flush();
    return ExitCodes.OK;
  }
}
