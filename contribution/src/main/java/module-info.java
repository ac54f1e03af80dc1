/**
 * Stackholder contribution statistics: contribution records, releases, metrics and rankings of
 * employers, with readers of gitdm's reports, Stackalytics' data and OpenStack's release series.
 */
module dev.stackholder.contribution {
  requires transitive dev.stackholder.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  // The series status reader refuses YAML anchors and aliases, which Jackson does not report.
  requires org.yaml.snakeyaml;
  requires static org.immutables.value;
  requires static java.compiler;

  exports dev.stackholder.contribution;
  exports dev.stackholder.contribution.git;
  exports dev.stackholder.contribution.gitdm;
  exports dev.stackholder.contribution.stackalytics;
  exports dev.stackholder.contribution.releases;
  exports dev.stackholder.contribution.cncf;

  opens dev.stackholder.contribution to
      com.fasterxml.jackson.databind;
  // Mailmap's nested value types are JSON-bound.
  opens dev.stackholder.contribution.git to
      com.fasterxml.jackson.databind;
  opens dev.stackholder.contribution.gitdm to
      com.fasterxml.jackson.databind;
  opens dev.stackholder.contribution.stackalytics to
      com.fasterxml.jackson.databind;
  opens dev.stackholder.contribution.releases to
      com.fasterxml.jackson.databind;
  opens dev.stackholder.contribution.cncf to
      com.fasterxml.jackson.databind;
}
