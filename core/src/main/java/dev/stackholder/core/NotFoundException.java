package dev.stackholder.core;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * Something asked for by its id does not exist: an unknown tier, foundation, release, sector or
 * case study, or a file that is not there. The message names the id and, where there is a list to
 * choose from, the known ids ({@code "Unknown foundation 'apache', expected one of openstack,
 * eclipse, linux-foundation"}).
 *
 * <p>Every {@code getX(id)} lookup throws it; {@code findX(id)} returns {@code Optional.empty()}
 * instead. Immutable once thrown.
 */
public class NotFoundException extends StackholderException {
  private static final long serialVersionUID = 1L;

  /** Lists longer than this are cut in the message, not in {@link #knownIds()}. */
  private static final int LISTED = 30;

  /** What was looked up, such as {@code "foundation"}. */
  private final String kind;

  /** The id asked for, as given. */
  private final String id;

  /** The ids there are, in the order given; the message lists at most 30. */
  private final ImmutableList<String> knownIds;

  /**
   * An unknown id among known ones.
   *
   * @param kind what was looked up, for the message: {@code "tier"}, {@code "foundation"}
   * @param id the id asked for
   * @param knownIds the ids there are, in the order to list them
   */
  public NotFoundException(String kind, String id, Iterable<String> knownIds) {
    this(kind, id, ImmutableList.copyOf(knownIds), null);
  }

  /**
   * Something that does not exist, with a message of its own (a missing file, say).
   *
   * @param kind what was looked up: {@code "file"}
   * @param id what was asked for: the path
   * @param message the whole message
   */
  public NotFoundException(String kind, String id, String message) {
    this(kind, id, ImmutableList.of(), Objects.requireNonNull(message, "message"));
  }

  /**
   * An unknown id among known ones, with a message of its own (one that names the id and what there
   * is in words of its domain).
   *
   * @param kind what was looked up: {@code "release"}
   * @param id the id asked for
   * @param knownIds the ids there are, in the order to list them
   * @param message the whole message
   */
  public NotFoundException(String kind, String id, Iterable<String> knownIds, String message) {
    this(kind, id, ImmutableList.copyOf(knownIds), Objects.requireNonNull(message, "message"));
  }

  private NotFoundException(
      String kind, String id, ImmutableList<String> knownIds, String message) {
    super(message != null ? message : unknown(kind, id, knownIds));
    this.kind = kind;
    this.id = id;
    this.knownIds = knownIds;
  }

  private static String unknown(String kind, String id, ImmutableList<String> knownIds) {
    StringBuilder message =
        new StringBuilder("Unknown ").append(kind).append(" '").append(id).append("'");
    if (knownIds.isEmpty()) {
      return message.append(": there are none").toString();
    }
    message
        .append(", expected one of ")
        .append(String.join(", ", knownIds.subList(0, Math.min(LISTED, knownIds.size()))));
    if (knownIds.size() > LISTED) {
      message.append(", ... (").append(knownIds.size()).append(" in all)");
    }
    return message.toString();
  }

  /** {@return what was looked up: {@code "tier"}, {@code "foundation"}, {@code "file"}} */
  public String kind() {
    return kind;
  }

  /** {@return the id (or path) asked for} */
  public String id() {
    return id;
  }

  /** {@return the ids that do exist, empty when there is no list to choose from (a file, say)} */
  public ImmutableList<String> knownIds() {
    return knownIds;
  }
}
