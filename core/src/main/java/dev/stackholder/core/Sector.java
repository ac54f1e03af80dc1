package dev.stackholder.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.internal.EnumIds;

/**
 * The line of business an organization is grouped under. The first three are the groupings the
 * OpenStack Foundation used for its active users; {@link #ENTERPRISE} and {@link #VENDOR} cover the
 * rest. In JSON a sector is its {@link #id()}, e.g. {@code "online-gaming-media"}.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum Sector {
  /** Online services, gaming and media: Tencent, Sina, eBay, Comcast. */
  ONLINE_GAMING_MEDIA("online-gaming-media", "Online/Gaming/Media"),
  /** Cloud hosting, service providers and telecoms: Rackspace, AT&amp;T, DreamHost. */
  CLOUD_HOSTING_SERVICE_PROVIDER_TELCO(
      "cloud-hosting-service-provider-telco", "Cloud Hosting/Service Provider/Telco"),
  /** Universities, research laboratories and government: CERN, NASA, NII. */
  ACADEMIC_RESEARCH_GOVERNMENT("academic-research-government", "Academic/Research/Government"),
  /** Enterprises running OpenStack for their own business outside the groups above. */
  ENTERPRISE("enterprise", "Enterprise"),
  /** Vendors of OpenStack software, hardware or services. */
  VENDOR("vendor", "Vendor");

  private static final EnumIds<Sector> IDS = EnumIds.of(Sector.class, "sector", Sector::id);

  private final String id;
  private final String label;

  Sector(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** {@return the lower-case identifier used in JSON and on the command line} */
  @JsonValue
  public String id() {
    return id;
  }

  /** {@return the name as the source spells it, e.g. {@code "Online/Gaming/Media"}} */
  public String label() {
    return label;
  }

  /**
   * {@return the sector with this {@link #id()}}
   *
   * @param id the sector's JSON id, matched exactly (case matters)
   * @throws NotFoundException naming the id and the known ones
   */
  @JsonCreator
  public static Sector fromId(String id) {
    return IDS.fromId(id);
  }
}
