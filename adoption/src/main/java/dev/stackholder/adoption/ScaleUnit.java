package dev.stackholder.adoption;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.EnumIds;

/**
 * What a deployment's size is counted in. Sources mix them up ("5,000 nodes" in one report may be
 * "5,000 virtual machines" in another), so the unit is always stated with the number. In JSON it is
 * its {@link #id()}.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum ScaleUnit {
  /** Hosts of the cloud as the source calls them: "nodes". */
  NODES("nodes"),
  /** Physical machines as the source calls them: "servers". */
  SERVERS("servers"),
  /** Guests running on the cloud: "virtual machines". */
  VIRTUAL_MACHINES("virtual-machines");

  private static final EnumIds<ScaleUnit> IDS =
      EnumIds.of(ScaleUnit.class, "scale unit", ScaleUnit::id);

  private final String id;

  ScaleUnit(String id) {
    this.id = id;
  }

  /** {@return the lower-case identifier used in JSON, e.g. {@code "virtual-machines"}} */
  @JsonValue
  public String id() {
    return id;
  }

  /** {@return the unit for people, e.g. {@code "virtual machines"}} */
  public String label() {
    return id.replace('-', ' ');
  }

  /**
   * {@return the unit with this {@link #id()}, matched exactly}
   *
   * @param id the unit's JSON id, as {@link #id()} returns it
   * @throws NotFoundException naming the id and the known ones
   */
  @JsonCreator
  public static ScaleUnit fromId(String id) {
    return IDS.fromId(id);
  }
}
