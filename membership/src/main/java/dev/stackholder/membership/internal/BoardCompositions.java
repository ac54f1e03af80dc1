package dev.stackholder.membership.internal;

import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.Source;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.board.BoardComposition;
import java.time.LocalDate;
import java.util.List;

/**
 * Makes {@link BoardComposition}s for the rosters of {@code membership.roster}. A composition is a
 * result the library computes, with no public builder; its implementation is package-private in
 * {@code membership.board}, which registers itself here when it is first loaded (the pattern the
 * JDK calls shared secrets). Immutable and thread-safe.
 */
public abstract class BoardCompositions {
  private static final String IMPLEMENTATION =
      "dev.stackholder.membership.board.RegisteredBoardCompositions";
  private static volatile BoardCompositions registered;

  /** For the board package only. */
  protected BoardCompositions() {}

  /**
   * Registers the board package's implementation; called once, from its static initialiser.
   *
   * @param implementation the implementation
   */
  public static void register(BoardCompositions implementation) {
    registered = implementation;
  }

  /** {@return the board package's implementation, loading it on first use} */
  public static BoardCompositions get() {
    BoardCompositions found = registered;
    if (found == null) {
      try {
        Class.forName(IMPLEMENTATION, true, BoardCompositions.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("stackholder-membership is missing " + IMPLEMENTATION, e);
      }
      found = registered;
    }
    return found;
  }

  /**
   * {@return a composition whose seats are known}
   *
   * @param date the date the composition is for
   * @param ruleSet the rule set the seats follow
   * @param seats directors per class, keyed by tier id, in the rule set's tier order
   * @param basis where the counts come from, if worth saying
   * @param sources the sources of stated counts
   */
  public abstract BoardComposition known(
      LocalDate date,
      RuleSet ruleSet,
      ImmutableMap<String, Integer> seats,
      java.util.Optional<String> basis,
      List<Source> sources);

  /**
   * {@return a composition whose seats are not known, saying why}
   *
   * @param date the date the composition is for
   * @param ruleSet the rule set in force
   * @param basis why the seats are not known
   * @param sources the sources read
   */
  public abstract BoardComposition notKnown(
      LocalDate date, RuleSet ruleSet, String basis, List<Source> sources);
}
