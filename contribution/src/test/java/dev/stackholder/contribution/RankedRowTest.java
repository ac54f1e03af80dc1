package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.stackholder.core.InvalidDataException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RankedRowTest {
  private static final BigDecimal SHARE = new BigDecimal("4.7");

  @Test
  void equalityCoversEveryField() {
    new EqualsTester()
        .addEqualityGroup(RankedRow.of(4, "SINA", 147, SHARE), RankedRow.of(4, "SINA", 147, SHARE))
        .addEqualityGroup(RankedRow.of(5, "SINA", 147, SHARE))
        .addEqualityGroup(RankedRow.of(4, "HP", 147, SHARE))
        .addEqualityGroup(RankedRow.of(4, "SINA", 146, SHARE))
        .addEqualityGroup(RankedRow.of(4, "SINA", 147, new BigDecimal("4.70")))
        .testEquals();
  }

  @Test
  void rejectsBadValues() {
    assertThatThrownBy(() -> RankedRow.of(0, "SINA", 147, SHARE))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("RankedRow rank of 'SINA' is 0, expected 1 or more");
    assertThatThrownBy(() -> RankedRow.of(1, "SINA", -1, SHARE))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("RankedRow value of 'SINA' is -1, expected 0 or more");
    assertThatThrownBy(() -> RankedRow.of(1, " ", 1, SHARE))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("RankedRow employer is blank");
    assertThatThrownBy(() -> RankedRow.of(1, "SINA", 1, new BigDecimal("-0.1")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("RankedRow share of 'SINA' is -0.1, expected a percentage from 0 to 100");
    assertThat(RankedRow.of(1, "SINA", 0, new BigDecimal("100.0")).share())
        .isEqualTo(new BigDecimal("100.0"));
  }
}
