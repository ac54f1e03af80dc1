package dev.stackholder.contribution.gitdm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The row split that replaced a quadratic pattern reads rows as the pattern did. */
class GitdmRowHostileTest {
  @Test
  void rowsSplitAsThePatternDid() {
    // 9,000 blanks (within the line limit) and no count: the old pattern backtracked for seconds.
    assertThat(GitdmParser.row("a" + " ".repeat(9_000) + "x (1%)")).isNull();
    assertThat(GitdmParser.row("a" + " ".repeat(9_000) + "1 (1%)")).containsExactly("a", "1", "1");
    assertThat(GitdmParser.row("Red Hat 2   147 (4.7%)"))
        .containsExactly("Red Hat 2", "147", "4.7");
    assertThat(GitdmParser.row("SINA 1 (1%)")).containsExactly("SINA", "1", "1");
    assertThat(GitdmParser.row(" SINA 1 (1%)")).isNull();
    assertThat(GitdmParser.row("SINA1 (1%)")).isNull();
    assertThat(GitdmParser.row("SINA 1 (1.%)")).isNull();
    assertThat(GitdmParser.row("SINA 1 (1%")).isNull();
  }
}
