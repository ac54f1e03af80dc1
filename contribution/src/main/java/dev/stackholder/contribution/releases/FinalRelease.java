package dev.stackholder.contribution.releases;

/**
 * One row of the final-release index: a repository's final release of one series, how it was
 * picked, and the deliverable file that lists it. Immutable.
 */
record FinalRelease(
    String series,
    String deliverable,
    String repository,
    String version,
    String hash,
    FinalReleaseRule rule) {

  ReleaseTag tag() {
    return ReleaseTag.of(series, version, hash);
  }

  /** The repository's short name, lower-case: how a project is usually named. */
  String project() {
    return repository.substring(repository.indexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
