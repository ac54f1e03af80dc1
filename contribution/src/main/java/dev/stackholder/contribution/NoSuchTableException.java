package dev.stackholder.contribution;

import dev.stackholder.core.NotFoundException;

/**
 * The data holds no table for the question: an unknown release or project, or a metric the source
 * does not publish by employer (gitdm lists lines removed by developer only). A {@link
 * NotFoundException} whose {@link #kind()} says what was missing ({@code "release"}, {@code
 * "project"} or {@code "table"}), whose {@link #id()} is what was asked for and whose {@link
 * #knownIds()} are what the data does have.
 *
 * <p>Immutable once thrown.
 */
public class NoSuchTableException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /**
   * A missing release, project or table.
   *
   * @param kind {@code "release"}, {@code "project"} or {@code "table"}
   * @param id what was asked for, e.g. {@code "havana"}
   * @param knownIds what the data has instead, in the order to list them
   * @param message the whole message, naming the id and what the data does have
   */
  public NoSuchTableException(String kind, String id, Iterable<String> knownIds, String message) {
    super(kind, id, knownIds, message);
  }
}
