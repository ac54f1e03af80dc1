package dev.stackholder.cli;

import java.util.Locale;

/** How a command prints rows: aligned text, pretty-printed JSON, or CSV (RFC 4180). */
enum OutputFormat {
  TABLE,
  JSON,
  CSV;

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
