package dev.stackholder.contribution.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.base.Suppliers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The bundled index against the full openstack/releases data it was derived from (skipped where
 * ../shared/data/openstack-releases is absent): the reader of deliverable files, run on all 6,026
 * of them, gives exactly the bundled index, and the same ranges.
 */
class ReleaseRangesDataTest {
  private static final Supplier<ReleaseRanges> CHECKOUT =
      Suppliers.memoize(() -> ReleaseRanges.load(ReleasesCheckout.find().orElseThrow()));

  @Test
  void theBundledIndexIsWhatTheDeliverableFilesGive() throws IOException {
    assumeTrue(ReleasesCheckout.find().isPresent(), "no openstack/releases data");
    String derived = CHECKOUT.get().toIndex();
    if (Boolean.getBoolean("stackholder.releases.regenerate")) {
      ReleaseRangesIndexTool.main(new String[] {ReleasesCheckout.find().get().toString()});
    }
    assertThat(Files.readString(ReleaseRangesIndexTool.INDEX, StandardCharsets.UTF_8))
        .isEqualTo(derived);
  }

  @Test
  void theBundledRangesAreTheCheckoutsExceptForTheirSourceDocuments() {
    assumeTrue(ReleasesCheckout.find().isPresent(), "no openstack/releases data");
    ReleaseRanges checkout = CHECKOUT.get();
    ReleaseRanges builtIn = ReleaseRanges.builtIn();
    assertThat(builtIn.ranges()).hasSameSizeAs(checkout.ranges()).hasSizeGreaterThan(5000);
    for (int i = 0; i < builtIn.ranges().size(); i++) {
      ReleaseRange bundled = builtIn.ranges().get(i);
      ReleaseRange read = checkout.ranges().get(i);
      assertThat(bundled.toString()).isEqualTo(read.toString());
      assertThat(bundled.start()).isEqualTo(read.start());
      assertThat(bundled.end()).isEqualTo(read.end());
      assertThat(bundled.endRule()).isEqualTo(read.endRule());
      assertThat(bundled.deliverable()).isEqualTo(read.deliverable());
      assertThat(
              Path.of(read.source().document())
                  .endsWith(Path.of("deliverables", read.series(), read.deliverable() + ".yaml")))
          .as(read.source().document())
          .isTrue();
    }
  }
}
