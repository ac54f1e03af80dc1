/**
 * The {@code stackholder} command-line program over the built-in data, and the README's examples.
 * A named module on purpose: its tests read and write every library type through JSON from outside
 * the library modules, which is how a missing {@code opens} shows up.
 */
module dev.stackholder.examples {
  requires dev.stackholder.membership;
  requires dev.stackholder.adoption;
  requires info.picocli;

  exports dev.stackholder.examples;

  opens dev.stackholder.examples to info.picocli;
}
