package dev.stackholder.contribution.git;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

/** No public method of {@link Mailmap} accepts null; its values are equal by value. */
class MailmapHygieneTest {
  @Test
  void noPublicMethodAcceptsNull() {
    NullPointerTester tester = new NullPointerTester().setDefault(String.class, "a@example.org");
    tester.testAllPublicStaticMethods(Mailmap.class);
    tester.testAllPublicStaticMethods(Mailmap.Person.class);
    tester.testAllPublicInstanceMethods(Mailmap.parse("A <a@example.org>\n", "m"));
  }

  @Test
  void valuesAreEqualByValue() {
    Mailmap one = Mailmap.parse("A <a@example.org> b <b@example.org>\n", "m");
    Mailmap two = Mailmap.parse("# the same line\nA <a@example.org> b <b@example.org>\n", "n");
    new EqualsTester()
        .addEqualityGroup(
            Mailmap.Person.of("A", "a@example.org"), Mailmap.Person.of("A", "a@example.org"))
        .addEqualityGroup(Mailmap.Person.of("A", "A@example.org"))
        .addEqualityGroup(one.identities().get(0), two.identities().get(0))
        .addEqualityGroup(one.entries().get(0))
        .addEqualityGroup(two.entries().get(0))
        .testEquals();
  }
}
