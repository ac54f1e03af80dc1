package dev.stackholder.cli;

import dev.stackholder.adoption.AdoptionCatalog;
import dev.stackholder.adoption.CaseStudy;
import dev.stackholder.core.Sector;
import dev.stackholder.core.json.StackholderJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stackholder case-studies [--sector S] [--country CC] [--json]}: the built-in case studies. */
@Command(
    name = "case-studies",
    mixinStandardHelpOptions = true,
    description = {
        "List the built-in OpenStack case studies (Tencent TStack, CERN, Sina SWS, ...), with counts by",
        "sector and country. Every figure in them carries its source: see 'stackholder case-study ID'."})
final class CaseStudiesCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--sector", paramLabel = "SECTOR", converter = SectorConverter.class,
      description = "Only this sector: online-gaming-media, cloud-hosting-service-provider-telco,"
          + " academic-research-government, enterprise or vendor.")
  Sector sector;

  @Option(names = "--country", paramLabel = "CC",
      description = "Only organizations headquartered in this country (ISO 3166-1 alpha-2, e.g. CN).")
  String country;

  @Option(names = "--json", description = "Print the case studies as a JSON array.")
  boolean json;

  @Override
  public Integer call() {
    AdoptionCatalog catalog = AdoptionCatalog.builtIn();
    List<CaseStudy> studies = catalog.caseStudies().stream()
        .filter(c -> sector == null || c.organization().sector().filter(sector::equals).isPresent())
        .filter(c -> country == null
            || c.organization().country().filter(country.toUpperCase(Locale.ROOT)::equals).isPresent())
        .collect(Collectors.toList());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(StackholderJson.writePretty(studies));
      return 0;
    }
    out.printf("%-24s %-36s %-7s %-36s %s%n", "ID", "ORGANIZATION", "COUNTRY", "SECTOR", "TITLE");
    for (CaseStudy study : studies) {
      out.printf("%-24s %-36s %-7s %-36s %s%n", study.id(), study.organization().name(),
          study.organization().country().orElse("-"),
          study.organization().sector().map(Sector::id).orElse("-"), study.title());
    }
    out.printf("%d case studies%n", studies.size());
    if (sector == null && country == null) {
      out.println("By sector: " + catalog.countsBySector().entrySet().stream()
          .map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", "))
          + ", none recorded " + catalog.withoutSector().size());
      out.println("By country: " + catalog.countsByCountry().entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
          + ", none recorded " + catalog.withoutCountry().size());
    }
    return 0;
  }

  /** Reads a sector by its id; an unknown id is a usage error naming the known ones. */
  static final class SectorConverter implements CommandLine.ITypeConverter<Sector> {
    @Override
    public Sector convert(String value) {
      return Sector.fromId(value);
    }
  }
}
