package dev.stackholder.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.core.json.StackholderJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * One employer's rank in every table of a release, as {@code rank --employer} and {@code
 * contributions --employer} print it: both answer the same question from different sources (gitdm's
 * reports, raw git history), so they print it the same way in every format.
 */
final class EmployerRanks {
  /** The employer's row in one project's table of one metric, and how many employers it has. */
  record EmployerRank(String project, Metric metric, RankedRow row, int of) {}

  private EmployerRanks() {}

  /** Prints the ranks found, in the chosen format; {@code employer} is spelled as the tables do. */
  static void print(
      PrintWriter out,
      OutputFormat output,
      String release,
      String employer,
      TieMode ties,
      List<EmployerRank> found,
      dev.stackholder.contribution.Provenance provenance) {
    switch (output) {
      case JSON:
        ObjectNode node = StackholderJson.mapper().createObjectNode();
        node.put("release", release);
        node.put("employer", employer);
        node.put("ties", ties.id());
        ArrayNode ranks = node.putArray("ranks");
        for (EmployerRank f : found) {
          ObjectNode r = ranks.addObject();
          r.put("project", f.project());
          r.put("metric", f.metric().id());
          r.put("rank", f.row().rank());
          r.put("of", f.of());
          r.put("value", f.row().value());
          r.put("share", f.row().share());
        }
        node.set("provenance", StackholderJson.mapper().valueToTree(provenance));
        out.println(StackholderJson.writePretty(node));
        break;
      case CSV:
        Csv.row(out, "project", "metric", "rank", "of", "value", "share");
        for (EmployerRank f : found) {
          Csv.row(
              out,
              f.project(),
              f.metric(),
              f.row().rank(),
              f.of(),
              f.row().value(),
              f.row().share().toPlainString());
        }
        RankedTables.printCsvProvenance(out, provenance);
        break;
      default:
        out.printf(
            Locale.ROOT,
            "%s in %s: rank and value for every metric and project (%s ranking)%n",
            employer,
            release,
            ties);
        out.printf(
            Locale.ROOT,
            "%-10s %-14s %-10s %9s %7s%n",
            "project",
            "metric",
            "rank",
            "value",
            "share");
        for (EmployerRank f : found) {
          out.printf(
              Locale.ROOT,
              "%-10s %-14s %3d of %-3d %9d %6s%%%n",
              f.project(),
              f.metric(),
              f.row().rank(),
              f.of(),
              f.row().value(),
              f.row().share().toPlainString());
        }
        RankedTables.printProvenance(out, provenance);
    }
  }
}
