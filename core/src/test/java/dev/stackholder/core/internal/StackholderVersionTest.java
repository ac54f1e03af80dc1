package dev.stackholder.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class StackholderVersionTest {
  /** Surefire passes the POM's version, so this fails if a literal falls behind the build. */
  @Test
  void isTheBuildsVersion() {
    assertThat(System.getProperty("stackholder.expectedVersion")).isNotBlank();
    assertThat(StackholderVersion.get())
        .isEqualTo(System.getProperty("stackholder.expectedVersion"));
  }

  @Test
  void theJacksonModuleReportsIt() {
    assertThat(StackholderJson.module().version().toString()).isEqualTo(StackholderVersion.get());
    assertThat(StackholderJson.module().version().getArtifactId()).isEqualTo("stackholder-core");
  }
}
