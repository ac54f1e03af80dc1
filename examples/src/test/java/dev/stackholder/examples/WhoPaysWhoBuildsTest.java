package dev.stackholder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link WhoPaysWhoBuilds}. Expected lines by hand from folsom/git-stats.txt (SINA 147, 4.7%,
 * fourth; SolidFire and NTT 1.4 ...) and the complete Platinum and Gold lists of 2012-09-09.
 */
class WhoPaysWhoBuildsTest {
  @Test
  void printsSinaAndTheNonMembersOfFolsom() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      WhoPaysWhoBuilds.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "SINA: rank 4, 4.7% of changesets, not-a-member on 2012-09-27",
            "SINA 4.7% not-a-member",
            "SolidFire 1.4% not-a-member",
            "NTT 1.4% not-a-member",
            "SwiftStack 1.0% not-a-member",
            "Everbread 0.9% not-a-member",
            "Internap 0.7% not-a-member",
            "Citrix 0.7% not-a-member",
            "Cloudscaling 3.3% presumed");
  }
}
