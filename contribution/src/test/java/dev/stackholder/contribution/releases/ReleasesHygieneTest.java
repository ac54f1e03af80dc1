package dev.stackholder.contribution.releases;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.stackholder.contribution.TestData;
import org.junit.jupiter.api.Test;

/** No public method of the release-range types accepts null; their values are equal by value. */
class ReleasesHygieneTest {
  @Test
  void noPublicMethodAcceptsNull() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(String.class, "folsom")
            .setDefault(java.nio.file.Path.class, TestData.SERIES_STATUS.getParent());
    for (Class<?> type :
        new Class<?>[] {
          ReleaseRanges.class, ProjectRenames.class, ReleaseTag.class, FinalReleaseRule.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(ReleaseRanges.builtIn());
    tester.testAllPublicInstanceMethods(ReleaseRanges.builtIn().getRange("folsom", "nova"));
  }

  @Test
  void valuesAreEqualByValue() {
    String hash = "c763ee3874a3e4bc7758e34c812899dbfae36cce";
    new EqualsTester()
        .addEqualityGroup(
            ReleaseTag.of("folsom", "2012.2", hash), ReleaseTag.of("folsom", "2012.2", hash))
        .addEqualityGroup(ReleaseTag.of("folsom", "2012.2.1", hash))
        .addEqualityGroup(
            ReleaseRanges.builtIn().getRange("folsom", "nova"),
            ReleaseRanges.builtIn().getRange("FOLSOM", "openstack/nova"))
        .addEqualityGroup(ReleaseRanges.builtIn().getRange("grizzly", "nova"))
        .testEquals();
  }
}
