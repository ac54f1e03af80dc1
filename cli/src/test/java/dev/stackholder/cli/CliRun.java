package dev.stackholder.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the program: its exit status and what it printed. For tests. */
final class CliRun {
  final int status;
  final String out;
  final String err;

  CliRun(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    this.status = StackholderCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    this.out = out.toString();
    this.err = err.toString();
  }
}
