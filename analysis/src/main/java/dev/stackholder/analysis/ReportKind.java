package dev.stackholder.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.internal.EnumIds;

/**
 * The named questions a {@link ValueTable} answers.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum ReportKind {
  /** Contributors without membership (the seed's question about SINA); unknown statuses apart. */
  NON_MEMBERS("non-members"),
  /** Members known on the release day whose organization did none of the work. */
  NON_CONTRIBUTORS("non-contributors"),
  /**
   * Per tier: the members' dues for the year over their share of the work, per percentage point.
   */
  DUES_PER_SHARE("dues-per-share"),
  /** Per tier: the share of the work done by members, a range where statuses are unknown. */
  MEMBER_SHARE("member-share"),
  /** CHAOSS organizational diversity: the Elephant Factor and the number of organizations. */
  DIVERSITY("diversity");

  private static final EnumIds<ReportKind> IDS =
      EnumIds.of(ReportKind.class, "report", ReportKind::id);

  private final String id;

  ReportKind(String id) {
    this.id = id;
  }

  /** {@return the id used in JSON and on the command line} */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the report with this id}
   *
   * @param id e.g. {@code non-members}
   * @throws dev.stackholder.core.NotFoundException naming the id and the known ids
   */
  @JsonCreator
  public static ReportKind fromId(String id) {
    return IDS.fromId(id);
  }

  @Override
  public String toString() {
    return id;
  }
}
