package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 26 point 2: git logs a user can name are refused as data, never a raw exception. */
class ContributionStatisticsLimitsTest {
  private static ContributionStatistics statistics() {
    return ContributionStatistics.of(
        "folsom",
        AffiliationDirectory.of(AttributionPolicy.GITDM, java.util.Map.of(), java.util.List.of()));
  }

  @Test
  void aLogNamedAllIsInvalidDataNotAnIllegalArgument(@TempDir Path dir) throws Exception {
    Path log = Files.writeString(dir.resolve("all.log"), "");
    assertThatThrownBy(() -> statistics().addLog(log))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("project 'all' names the whole release");
  }

  @Test
  void aRootPathIsInvalidDataNotANullPointer() {
    assertThatThrownBy(() -> statistics().addLog(Path.of("/")))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("a git log path must name a file");
  }

  @Test
  void anInvertedOrEmptyDateWindowIsRefusedRatherThanCountingNothing() {
    LocalDate day = LocalDate.of(2012, 9, 27);
    assertThatThrownBy(() -> statistics().dates(day, day.minusDays(1)))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Release window from 2012-09-27 until 2012-09-26 is empty");
    assertThatThrownBy(() -> statistics().dates(day, day))
        .isExactlyInstanceOf(InvalidDataException.class);
  }
}
