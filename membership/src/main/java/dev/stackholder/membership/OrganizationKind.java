package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.EnumIds;

/**
 * What kind of organization a member is, as fee tables tell them apart (Eclipse charges a research
 * organization or a government less than a company; CNCF has academic and non-profit tiers). In
 * JSON a kind is its {@link #id()}.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum OrganizationKind {
  /** A company. */
  COMMERCIAL("commercial"),
  /** A non-profit organization, an NGO or a research organization that is not a university. */
  NON_PROFIT("non-profit"),
  /** A university, a school or another academic institution. */
  ACADEMIC("academic"),
  /** A government body or an intergovernmental agency. */
  GOVERNMENT("government");

  private static final EnumIds<OrganizationKind> IDS =
      EnumIds.of(OrganizationKind.class, "organization kind", OrganizationKind::id);

  private final String id;

  OrganizationKind(String id) {
    this.id = id;
  }

  /**
   * {@return the id used in JSON and on the command line: {@code "commercial"}, {@code
   * "non-profit"}, ...}
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the kind with this {@link #id()}}
   *
   * @param id the JSON id, as {@link #id()} returns it
   * @throws NotFoundException naming the id and the known ones
   */
  @JsonCreator
  public static OrganizationKind fromId(String id) {
    return IDS.fromId(id);
  }
}
