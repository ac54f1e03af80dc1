package dev.stackholder.core.internal;

import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.NotFoundException;
import java.util.function.Function;

/**
 * The one way an enum with JSON ids reads its {@code fromId}: a map from each constant's id to the
 * constant, and a {@link NotFoundException} naming the unknown id and the known ones.
 *
 * <pre>{@code
 * private static final EnumIds<Sector> IDS = EnumIds.of(Sector.class, "sector", Sector::id);
 * public static Sector fromId(String id) { return IDS.fromId(id); }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the enum type
 */
public final class EnumIds<E extends Enum<E>> {
  private final String kind;
  private final ImmutableMap<String, E> byId;

  private EnumIds(String kind, ImmutableMap<String, E> byId) {
    this.kind = kind;
    this.byId = byId;
  }

  /**
   * {@return the ids of an enum's constants}
   *
   * @param type the enum
   * @param kind what a constant is, for messages: {@code "sector"}, {@code "metric"}
   * @param id each constant's id
   * @param <E> the enum type
   * @throws IllegalArgumentException if two constants share an id (a bug in the enum)
   */
  public static <E extends Enum<E>> EnumIds<E> of(
      Class<E> type, String kind, Function<E, String> id) {
    ImmutableMap.Builder<String, E> byId = ImmutableMap.builder();
    for (E constant : type.getEnumConstants()) {
      byId.put(id.apply(constant), constant);
    }
    return new EnumIds<>(kind, byId.buildOrThrow());
  }

  /**
   * {@return the constant with this id, matched exactly}
   *
   * @param id the id as written in JSON
   * @throws NotFoundException naming the id and the known ids
   */
  public E fromId(String id) {
    // No nulls in the API: a null id is a programming error, not an unknown id.
    E constant = byId.get(java.util.Objects.requireNonNull(id, "id"));
    if (constant == null) {
      throw new NotFoundException(kind, id, byId.keySet());
    }
    return constant;
  }
}
