package dev.stackholder.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Issue 26 point 1: a value built by its builder or {@code of} keeps within {@link Limits}, so that
 * whatever is built is written and read back equal, and what is beyond a limit is refused when
 * built, not when read.
 */
class BuiltWithinLimitsTest {
  private static final String LONGEST = "n".repeat(Limits.MAX_STRING_LENGTH);

  @Test
  void aSourceDatedInYearZeroOr99999IsRefusedWhenBuilt() {
    for (LocalDate date :
        new LocalDate[] {
          LocalDate.of(0, 1, 1),
          LocalDate.of(99_999, 1, 1),
          LocalDate.of(999, 12, 31),
          LocalDate.of(10_000, 1, 1)
        }) {
      assertThatThrownBy(() -> Source.builder().document("a.txt").title("T").date(date).build())
          .isExactlyInstanceOf(InvalidDataException.class)
          .hasMessageContaining("Source date")
          .hasMessageContaining("expected 1000 to 9999");
    }
  }

  @Test
  void aNoteOf200000CharactersIsRefusedWhenBuilt() {
    String note = "x".repeat(200_000);
    assertThatThrownBy(() -> Source.builder().document("a.txt").title("T").note(note).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Source note")
        .hasMessageContaining("200000 characters")
        .hasMessageContaining("limit of 100000");
    assertThatThrownBy(() -> Source.of("a.txt", "t".repeat(Limits.MAX_STRING_LENGTH + 1)))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Source title");
    assertThatThrownBy(() -> Organization.of("a", "n".repeat(Limits.MAX_STRING_LENGTH + 1)))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Organization name");
  }

  @Test
  void aSourceAtEveryLimitIsWrittenAndReadBackEqual() {
    for (LocalDate date : new LocalDate[] {LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31)}) {
      Source source =
          Source.builder()
              .document(LONGEST)
              .title(LONGEST)
              .quote(LONGEST)
              .note(LONGEST)
              .date(date)
              .build();
      assertThat(StackholderJson.read(StackholderJson.write(source), Source.class))
          .isEqualTo(source);
    }
    Organization org =
        Organization.builder()
            .id("a")
            .name(LONGEST)
            .addAliases("m".repeat(Limits.MAX_STRING_LENGTH))
            .build();
    assertThat(StackholderJson.read(StackholderJson.write(org), Organization.class)).isEqualTo(org);
  }

  @Test
  void moneyBeyondTheDecimalLimitsIsRefusedNamingWhatItIs() {
    Money huge = Money.of(CurrencyUnit.USD, new BigDecimal("1E18"));
    assertThatThrownBy(() -> Limits.checkMoney(huge, "Flat dues amount"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Flat dues amount USD 1000000000000000000.00 is beyond");
    Money largest = Money.of(CurrencyUnit.USD, new BigDecimal("999999999999999999.99"));
    assertThat(Limits.checkMoney(largest, "x")).isSameAs(largest);
  }

  @Test
  void countsAreAddedWithoutWrappingAround() {
    assertThat(Limits.addCount(Limits.MAX_COUNT - 1, 1, "x")).isEqualTo(Limits.MAX_COUNT);
    assertThatThrownBy(() -> Limits.addCount(Limits.MAX_COUNT, 1, "Lecturers of event 'e'"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Lecturers of event 'e': the sum of");
    // Long.MAX_VALUE + Long.MAX_VALUE wraps to -2 in plain arithmetic.
    assertThatThrownBy(() -> Limits.addCount(Long.MAX_VALUE, Long.MAX_VALUE, "x"))
        .isExactlyInstanceOf(InvalidDataException.class);
    assertThatThrownBy(() -> Limits.checkCount(-1, "Board seats"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Board seats -1 is outside 0 to");
  }

  @Test
  void yearsOutsideTheFourDigitRangeAreRefused() {
    assertThat(Limits.checkYear(1000, "y")).isEqualTo(1000);
    assertThat(Limits.checkYear(9999, "y")).isEqualTo(9999);
    assertThatThrownBy(() -> Limits.checkYear(0, "Board year"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Board year has year 0, expected 1000 to 9999");
    assertThatThrownBy(() -> Limits.checkYear(999_999_999L, "Income report year"))
        .isExactlyInstanceOf(InvalidDataException.class);
  }
}
