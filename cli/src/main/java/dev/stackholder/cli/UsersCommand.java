package dev.stackholder.cli;

import dev.stackholder.adoption.ActiveUserList;
import dev.stackholder.adoption.AdoptionCatalog;
import dev.stackholder.core.Sector;
import dev.stackholder.core.json.StackholderJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder users [--sector S]}: the built-in lists of OpenStack's active users by sector,
 * each with its source, and how many distinct users each sector's lists name.
 */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "List OpenStack's active users by sector, as the built-in lists name them, with their sources.",
      "",
      "Each list names the users a source gives for one sector; the count per sector is of distinct"
          + " names (a name in two lists of a sector counts once)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder users",
      "  stackholder users --sector academic-research-government --format csv",
      "",
      ExitCodes.HELP_SECTION
    })
final class UsersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--sector",
      paramLabel = "SECTOR",
      description =
          "Only this sector: online-gaming-media, cloud-hosting-service-provider-telco,"
              + " academic-research-government, enterprise or vendor.")
  Optional<Sector> sector = Optional.empty();

  @Mixin FormatOptions format;

  @Mixin WideOption wide;

  @Override
  public Integer call() {
    OutputFormat output = format.format();
    AdoptionCatalog catalog = AdoptionCatalog.builtIn();
    List<ActiveUserList> lists =
        catalog.activeUsers().stream()
            .filter(list -> sector.map(list.sector()::equals).orElse(true))
            .collect(Collectors.toList());
    PrintWriter out =
        output == OutputFormat.TABLE
            ? WrappingWriter.of(spec.commandLine().getOut(), wide.width())
            : spec.commandLine().getOut();
    switch (output) {
      case JSON:
        out.println(StackholderJson.writePretty(lists));
        break;
      case CSV:
        Csv.row(out, "sector", "user", "source", "source_document", "source_date");
        for (ActiveUserList list : lists) {
          for (String name : list.names()) {
            Csv.row(
                out,
                list.sector().id(),
                name,
                list.source().title(),
                list.source().document(),
                list.source().date().map(Object::toString).orElse(""));
          }
        }
        break;
      default:
        Map<Sector, Integer> counts = catalog.activeUserCountsBySector();
        if (lists.isEmpty()) {
          out.println(
              "No built-in list of active users"
                  + sector.map(s -> " in sector " + s.id()).orElse(""));
        }
        for (ActiveUserList list : lists) {
          out.println(
              list.sector().label()
                  + " ("
                  + list.sector().id()
                  + "): "
                  + Plural.of(counts.getOrDefault(list.sector(), 0), "distinct user")
                  + " in the sector's lists");
          out.println("  " + String.join(", ", list.names()));
          out.println("  source: " + RuleSetText.source(list.source()));
          list.notes().forEach(note -> out.println("  note: " + note));
        }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
