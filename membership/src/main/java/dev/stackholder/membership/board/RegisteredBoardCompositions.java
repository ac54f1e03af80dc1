package dev.stackholder.membership.board;

import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.Source;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.internal.BoardCompositions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The board package's side of {@link BoardCompositions}. Internal; immutable and thread-safe. */
final class RegisteredBoardCompositions extends BoardCompositions {
  static {
    BoardCompositions.register(new RegisteredBoardCompositions());
  }

  private RegisteredBoardCompositions() {}

  @Override
  public BoardComposition known(
      LocalDate date,
      RuleSet ruleSet,
      ImmutableMap<String, Integer> seats,
      Optional<String> basis,
      List<Source> sources) {
    return ImmutableBoardComposition.builder()
        .date(date)
        .ruleSetId(ruleSet.id())
        .affiliationLimit(ruleSet.affiliationLimit())
        .directorsByClass(seats)
        .basis(basis)
        .addAllSources(sources)
        .build();
  }

  @Override
  public BoardComposition notKnown(
      LocalDate date, RuleSet ruleSet, String basis, List<Source> sources) {
    return ImmutableBoardComposition.builder()
        .date(date)
        .ruleSetId(ruleSet.id())
        .affiliationLimit(ruleSet.affiliationLimit())
        .seatsKnown(false)
        .basis(basis)
        .addAllSources(sources)
        .build();
  }
}
