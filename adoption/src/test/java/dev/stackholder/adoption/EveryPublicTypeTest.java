package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.testsupport.PublicTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Issue 26 point 1: the null check covers every public type of adoption, found in the build output
 * rather than listed, so that a type added later is covered without anyone remembering to.
 */
class EveryPublicTypeTest {
  @Test
  void noPublicStaticMethodOfAnyPublicTypeAcceptsNull() {
    List<Class<?>> types = PublicTypes.besides(AdoptionCatalog.class);
    assertThat(types)
        .extracting(Class::getPackageName)
        .contains("dev.stackholder.adoption", "dev.stackholder.adoption.community");
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, LocalDate.of(2012, 9, 27))
            .setDefault(Year.class, Year.of(2012))
            .setDefault(String.class, "text")
            .setDefault(BigDecimal.class, BigDecimal.ONE)
            .setDefault(CurrencyUnit.class, CurrencyUnit.USD)
            .setDefault(Money.class, Money.parse("USD 1000"))
            .setDefault(Organization.class, Organization.of("acme", "Acme"))
            .setDefault(Source.class, Source.of("https://example.org/a", "A"))
            .setDefault(java.time.Duration.class, java.time.Duration.ofDays(1))
            .setDefault(Count.class, Count.exactly(1));
    for (Class<?> type : types) {
      if (!Throwable.class.isAssignableFrom(type)) {
        tester.testAllPublicStaticMethods(type);
      }
    }
  }
}
