package dev.stackholder.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.internal.EnumIds;

/**
 * Which tool spelled an employer name: gitdm and Stackalytics spell the same company differently
 * ("Piston Cloud", "Cisco Systems"), and a mapping entry belongs to one of them.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum NameSource {
  /** gitdm's employer names, as its reports print them ({@code SINA}, {@code HP}). */
  GITDM("gitdm"),
  /** Stackalytics' company names and their aliases ({@code default_data.json}). */
  STACKALYTICS("stackalytics");

  private static final EnumIds<NameSource> IDS =
      EnumIds.of(NameSource.class, "name source", NameSource::id);

  private final String id;

  NameSource(String id) {
    this.id = id;
  }

  /** {@return the id used in files, JSON and on the command line} */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the name source with this id}
   *
   * @param id {@code gitdm} or {@code stackalytics}
   * @throws dev.stackholder.core.NotFoundException naming the id and the known ids
   */
  @JsonCreator
  public static NameSource fromId(String id) {
    return IDS.fromId(id);
  }

  @Override
  public String toString() {
    return id;
  }
}
