package dev.stackholder.membership.roster;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads a roster: a script ({@code "events"}) or an evidence roster ({@code "observations"}). */
final class RosterDeserializer extends StdDeserializer<Roster> {
  private static final long serialVersionUID = 1L;

  RosterDeserializer() {
    super(Roster.class);
  }

  @Override
  public Roster deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode tree = parser.readValueAsTree();
    Class<? extends Roster> type =
        tree.has("observations") ? EvidenceRoster.class : ReplayedRoster.class;
    try (JsonParser inner = tree.traverse(parser.getCodec())) {
      inner.nextToken();
      return context.readValue(inner, type);
    }
  }
}
