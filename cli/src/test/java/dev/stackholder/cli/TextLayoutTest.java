package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Wrapping, tables within a width, plurals and the chart's year axis: the pieces the outputs use.
 */
class TextLayoutTest {
  @Test
  void wrappingBreaksAtBlanksAndOnlyBreaksAWordWiderThanTheLine() {
    assertThat(Wrap.wrap("one two three four", 9)).containsExactly("one two", "three", "four");
    assertThat(Wrap.wrap("short", 9)).containsExactly("short");
    assertThat(Wrap.wrap("academic-research-government", 12))
        .containsExactly("academic-", "research-", "government");
    assertThat(Wrap.wrap("a -5 b", 3)).containsExactly("a", "-5", "b");
    List<String> url = Wrap.wrap("see https://example.org/a/very/long/path/indeed", 12);
    assertThat(url).allMatch(line -> line.length() <= 12);
    assertThat(String.join("", url).replace(" ", ""))
        .isEqualTo("seehttps://example.org/a/very/long/path/indeed");
  }

  @Test
  void aTableNarrowsItsWidestTextColumnAndNeverWrapsAnAmount() {
    StringWriter text = new StringWriter();
    Table.print(
        List.of(
            new String[] {"NAME", "AMOUNT", "NOTE"},
            new String[] {
              "Tencent",
              "USD 500,000.00",
              "a long explanation of how the amount was reached, in words"
            }),
        Set.of(1),
        new PrintWriter(text, true),
        50);
    List<String> lines = text.toString().lines().toList();
    assertThat(lines).allMatch(line -> line.length() <= 50);
    assertThat(lines.get(1)).startsWith("Tencent  USD 500,000.00  a long");
    assertThat(lines.size()).isGreaterThan(2);
  }

  @Test
  void aTableThatCannotFitIsPrintedAsRecords() {
    StringWriter text = new StringWriter();
    Table.print(
        List.of(new String[] {"A", "B", "C"}, new String[] {"first", "USD 1,000,000,000.00", "x"}),
        Set.of(1),
        new PrintWriter(text, true),
        24);
    assertThat(text.toString()).isEqualTo("first\n  B: USD\n      1,000,000,000.00\n  C: x\n");
  }

  @Test
  void pluralsFollowTheCount() {
    assertThat(Plural.of(1, "developer")).isEqualTo("1 developer");
    assertThat(Plural.of(0, "developer")).isEqualTo("0 developers");
    assertThat(Plural.of(2, "case study", "case studies")).isEqualTo("2 case studies");
    assertThat(Plural.of(1, "case study", "case studies")).isEqualTo("1 case study");
  }

  @Test
  void theChartsYearAxisPutsEachWholeYearOnTheFirstOfJanuary() {
    assertThat(ChartRenderer.year(LocalDate.of(2015, 1, 1))).isEqualTo(2015.0);
    assertThat(ChartRenderer.yearLabel(2015.0)).isEqualTo("2015");
    // A drop in January 2015 is drawn after the tick labelled 2015, not before it (XChart's date
    // axis put it
    // just after "2014").
    double drop = ChartRenderer.year(LocalDate.of(2015, 1, 20));
    assertThat(drop).isGreaterThan(2015.0).isLessThan(2015.1);
    assertThat(ChartRenderer.year(LocalDate.of(2014, 12, 31))).isLessThan(2015.0);
    assertThat(ChartRenderer.yearLabel(ChartRenderer.year(LocalDate.of(2016, 7, 1))))
        .isEqualTo("2016-07");
    assertThat(ChartRenderer.yearLabel(2020.5)).isEqualTo("2020-07");
  }
}
