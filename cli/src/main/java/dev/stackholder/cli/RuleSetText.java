package dev.stackholder.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.RuleSet;
import java.util.stream.Collectors;

/**
 * How every date-dependent answer names the rules it used: the rule set's id and name, the dates it
 * is in force (its last day, as {@code effectiveUntil} is the first day it no longer is) and its
 * sources. Stateless, thread-safe.
 */
final class RuleSetText {
  private RuleSetText() {}

  /**
   * E.g. {@code Rules: openinfra-2025 (...), in force from 2025-06-03; source: ... (https://...)}.
   */
  static String describe(RuleSet ruleSet) {
    return "Rules: "
        + ruleSet.id()
        + " ("
        + ruleSet.name()
        + "), in force "
        + span(ruleSet)
        + "; "
        + (ruleSet.sources().size() == 1 ? "source: " : "sources: ")
        + ruleSet.sources().stream().map(RuleSetText::source).collect(Collectors.joining("; "));
  }

  /** {@code 2012-08-28 to 2021-01-25} or {@code from 2025-06-03}. */
  static String span(RuleSet ruleSet) {
    return ruleSet
        .effectiveUntil()
        .map(until -> ruleSet.effectiveFrom() + " to " + until.minusDays(1))
        .orElse("from " + ruleSet.effectiveFrom());
  }

  static String source(Source source) {
    return source.title()
        + " ("
        + source.document()
        + source.date().map(d -> ", " + d).orElse("")
        + ")";
  }

  /** The rule set's id, name, dates and sources as a JSON object. */
  static ObjectNode json(RuleSet ruleSet) {
    ObjectNode node = StackholderJson.mapper().createObjectNode();
    node.put("id", ruleSet.id());
    node.put("name", ruleSet.name());
    node.put("effectiveFrom", ruleSet.effectiveFrom().toString());
    ruleSet.effectiveUntil().ifPresent(until -> node.put("effectiveUntil", until.toString()));
    node.set("sources", StackholderJson.mapper().valueToTree(ruleSet.sources()));
    return node;
  }
}
