package dev.stackholder.contribution.releases;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import org.immutables.value.Value;

/**
 * One tagged release of one repository, as an openstack/releases deliverable file lists it: the
 * series whose file lists it, the version (the git tag) and the full commit id the tag points at.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReleaseTag.class)
@JsonDeserialize(as = ImmutableReleaseTag.class)
public abstract class ReleaseTag {
  ReleaseTag() {}

  /**
   * {@return the series whose deliverable file lists the release, lower-case, e.g. {@code
   * "folsom"}}
   */
  @Value.Parameter
  public abstract String series();

  /** {@return the version as tagged, e.g. {@code "2012.2"} or {@code "31.0.0"}} */
  @Value.Parameter
  public abstract String version();

  /** {@return the full commit id the tag points at, 40 lower-case hex digits} */
  @Value.Parameter
  public abstract String hash();

  /**
   * {@return a tag}
   *
   * @param series the series, lower-case
   * @param version the version, digits and dots (a leading {@code v} allowed)
   * @param hash the full commit id, 40 lower-case hex digits
   * @throws InvalidDataException naming the value that is malformed
   */
  public static ReleaseTag of(String series, String version, String hash) {
    return ImmutableReleaseTag.of(series, version, hash);
  }

  @Override
  public String toString() {
    return series() + " " + version() + " (" + hash().substring(0, 12) + ")";
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        Releases.isSeriesName(series()),
        "ReleaseTag series '%s' is not a lower-case series name such as 'folsom'",
        series());
    InvalidDataException.check(
        Releases.isFinalVersion(version()),
        "ReleaseTag version '%s' of %s is not a final release version such as '2012.2' or '31.0.0'",
        version(),
        series());
    InvalidDataException.check(
        Releases.isCommitId(hash()),
        "ReleaseTag hash '%s' of %s %s is not a full commit id (40 lower-case hex digits)",
        hash(),
        series(),
        version());
  }
}
