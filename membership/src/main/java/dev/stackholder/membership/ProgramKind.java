package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.EnumIds;

/**
 * Whether what a rule set sells is membership (with its votes and seats) or sponsorship, which buys
 * recognition but no membership, such as the Apache Software Foundation's or the Python Software
 * Foundation's programs. A comparison shows the difference rather than ranking the two as equals.
 * In JSON a kind is its {@link #id()}.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum ProgramKind {
  /** Membership of the foundation. */
  MEMBERSHIP("membership"),
  /** A sponsorship program that is not membership. */
  SPONSORSHIP("sponsorship");

  private static final EnumIds<ProgramKind> IDS =
      EnumIds.of(ProgramKind.class, "program kind", ProgramKind::id);

  private final String id;

  ProgramKind(String id) {
    this.id = id;
  }

  /** {@return the id used in JSON: {@code "membership"} or {@code "sponsorship"}} */
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
  public static ProgramKind fromId(String id) {
    return IDS.fromId(id);
  }
}
