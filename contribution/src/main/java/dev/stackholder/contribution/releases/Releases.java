package dev.stackholder.contribution.releases;

import java.util.regex.Pattern;

/** The shapes of names, versions and commit ids in openstack/releases; stateless. */
final class Releases {
  /** Digits and dots, an optional leading {@code v}: a final release, not a candidate or marker. */
  private static final Pattern FINAL_VERSION = Pattern.compile("v?[0-9]{1,9}(\\.[0-9]{1,9}){0,5}");

  private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern SERIES = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

  /** A repository as the files name it: {@code openstack/nova}, {@code x/networking-foo}. */
  private static final Pattern REPOSITORY =
      Pattern.compile(
          "[a-z0-9][a-z0-9._-]{0,99}/[a-z0-9][a-z0-9._-]{0,99}", Pattern.CASE_INSENSITIVE);

  private Releases() {}

  static boolean isFinalVersion(String version) {
    return FINAL_VERSION.matcher(version).matches();
  }

  static boolean isCommitId(String hash) {
    return COMMIT_ID.matcher(hash).matches();
  }

  static boolean isSeriesName(String series) {
    return SERIES.matcher(series).matches();
  }

  static boolean isRepository(String repository) {
    return REPOSITORY.matcher(repository).matches();
  }
}
