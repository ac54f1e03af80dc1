/**
 * The {@code stackholder} command-line program: questions about foundation membership, dues,
 * boards, case studies, events and contribution rankings, answered from the libraries' built-in
 * data. A program, not a library: it exports nothing.
 */
module dev.stackholder.cli {
  requires dev.stackholder.membership;
  requires dev.stackholder.adoption;
  requires dev.stackholder.contribution;
  requires dev.stackholder.analysis;
  requires info.picocli;
  requires java.desktop;
  requires xchart;

  opens dev.stackholder.cli to
      info.picocli;
}
