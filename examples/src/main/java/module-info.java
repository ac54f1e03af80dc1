/**
 * Small runnable programs a library user copies from: Gold dues in code, dues with your own {@code
 * ObjectMapper}, a roster on a date, ranking a release. A named module on purpose: it uses the
 * libraries only through their exported API, as a downstream project does, and its tests read and
 * write every library type through JSON from outside the library modules, which is how a missing
 * {@code opens} shows up.
 */
module dev.stackholder.examples {
  requires dev.stackholder.membership;
  requires dev.stackholder.adoption;
  requires dev.stackholder.contribution;
  requires dev.stackholder.analysis;

  exports dev.stackholder.examples;
}
