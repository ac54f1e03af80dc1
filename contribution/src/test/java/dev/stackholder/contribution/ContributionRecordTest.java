package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContributionRecordTest {
  private static final LocalDate DAY = LocalDate.of(2012, 6, 1);
  private static final ContributionRecord COMMIT =
      ContributionRecord.commit(DAY, "someone@sina.com", "nova", 120, 30);

  @Test
  void aCommitIsOneChangeset() {
    assertThat(COMMIT.measure(Metric.CHANGESETS)).isEqualTo(1);
    // gitdm's per-commit rule: the larger of added and removed, not their sum
    assertThat(COMMIT.measure(Metric.LINES_CHANGED)).isEqualTo(120);
    assertThat(COMMIT.measure(Metric.LINES_ADDED)).isEqualTo(120);
    assertThat(COMMIT.measure(Metric.LINES_REMOVED)).isEqualTo(30);
    assertThat(COMMIT.measure(Metric.DEVELOPERS)).isEqualTo(1);
    assertThat(COMMIT.measure(Metric.BUGS_FIXED)).isZero();
    assertThat(COMMIT.measure(Metric.REVIEWS)).isZero();
  }

  @Test
  void generatedRecordsRoundTripThroughJson() {
    qt().forAll(Generators.records())
        .checkAssert(
            record ->
                assertThat(
                        StackholderJson.read(
                            StackholderJson.write(record), ContributionRecord.class))
                    .isEqualTo(record));
  }

  @Test
  void rejectsBadValues() {
    assertThatThrownBy(() -> ContributionRecord.commit(DAY, "someone@sina.com", "nova", -1, 0))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "ContributionRecord linesAdded of 'someone@sina.com' on 2012-06-01 is -1, "
                + "expected 0 or more");
    assertThatThrownBy(() -> ContributionRecord.commit(DAY, " ", "nova", 1, 0))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("ContributionRecord author is blank (2012-06-01, nova)");
    assertThatThrownBy(() -> ContributionRecord.commit(DAY, "a@b.c", "Nova", 1, 0))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "ContributionRecord project 'Nova' is not a lower-case name such as 'folsom' "
                + "or 'nova'");
  }
}
