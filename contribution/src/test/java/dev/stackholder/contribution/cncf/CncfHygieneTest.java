package dev.stackholder.contribution.cncf;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.stackholder.contribution.AttributionPolicy;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** No public method of the CNCF reader accepts null; its values are equal by value. */
class CncfHygieneTest {
  private static final String TEXT =
      "bob: bob!example.org\n\tExample Corp until 2020-01-01\n\tOther\n";

  @Test
  void noPublicMethodAcceptsNull() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(String.class, TEXT)
            .setDefault(AttributionPolicy.class, AttributionPolicy.GITDM);
    tester.testAllPublicStaticMethods(DevelopersAffiliations.class);
    tester.testAllPublicStaticMethods(EmployerSpan.class);
    tester.testAllPublicInstanceMethods(DevelopersAffiliations.parse(TEXT, "f"));
  }

  @Test
  void valuesAreEqualByValue() {
    Optional<LocalDate> until = Optional.of(LocalDate.of(2020, 1, 1));
    new EqualsTester()
        .addEqualityGroup(
            EmployerSpan.of("Example Corp", Optional.empty(), until),
            DevelopersAffiliations.parse(TEXT, "f").developers().get(0).employers().get(0))
        .addEqualityGroup(EmployerSpan.of("Example Corp", Optional.empty(), Optional.empty()))
        .addEqualityGroup(
            DevelopersAffiliations.parse(TEXT, "f").developers().get(0),
            DevelopersAffiliations.parse(TEXT, "f").developers().get(0))
        .addEqualityGroup(DevelopersAffiliations.parse(TEXT, "g").developers().get(0))
        .testEquals();
  }
}
