/**
 * Stackholder core: organizations, sectors, sources (provenance), money and exchange rates, the
 * JSON set-up and the exception types shared by every Stackholder module.
 */
module dev.stackholder.core {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.google.common;
  requires transitive org.joda.money;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.guava;
  requires static org.immutables.value;
  requires static java.compiler;

  exports dev.stackholder.core;
  exports dev.stackholder.core.json;
  // Shared by Stackholder's modules, not an API: the Immutables style, id rules, resource loading.
  exports dev.stackholder.core.internal to
      dev.stackholder.membership,
      dev.stackholder.adoption,
      dev.stackholder.contribution,
      dev.stackholder.analysis,
      dev.stackholder.cli;

  opens dev.stackholder.core to
      com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with
      dev.stackholder.core.json.StackholderModule;
}
