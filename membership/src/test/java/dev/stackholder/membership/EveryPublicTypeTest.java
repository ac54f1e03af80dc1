package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.membership.roster.Roster;
import dev.stackholder.testsupport.PublicTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Issue 26 point 1: the null check covers every public type of membership, found in the build
 * output rather than listed, so that a type added later is covered without anyone remembering to.
 */
class EveryPublicTypeTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  @Test
  void noPublicStaticMethodOfAnyPublicTypeAcceptsNull() {
    List<Class<?>> types = PublicTypes.besides(OpenStackFoundation.class);
    // Every package: the top level, roster, board, income and compare.
    assertThat(types)
        .extracting(Class::getPackageName)
        .contains(
            "dev.stackholder.membership",
            "dev.stackholder.membership.roster",
            "dev.stackholder.membership.board",
            "dev.stackholder.membership.income",
            "dev.stackholder.membership.compare");
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, DAY)
            .setDefault(Year.class, Year.of(2026))
            .setDefault(String.class, "openstack")
            .setDefault(BigDecimal.class, BigDecimal.ONE)
            .setDefault(CurrencyUnit.class, CurrencyUnit.USD)
            .setDefault(Money.class, Money.parse("USD 1000"))
            .setDefault(
                ExchangeRates.class, ExchangeRates.of(List.of(ExchangeRate.parse("EUR/USD=1.08"))))
            .setDefault(Organization.class, Organization.of("acme", "Acme"))
            .setDefault(Source.class, Source.of("https://example.org/a", "A"))
            .setDefault(Tier.class, OpenStackFoundation.GOLD)
            .setDefault(Foundation.class, OpenStackFoundation.foundation())
            .setDefault(Roster.class, OpenStackFoundation.roster())
            .setDefault(Declaration.class, Declaration.ofRevenue(Money.parse("USD 5000000000")))
            .setDefault(DuesRule.class, FlatDues.of(Money.parse("USD 1000")))
            .setDefault(OrganizationKind.class, OrganizationKind.COMMERCIAL);
    for (Class<?> type : types) {
      if (Throwable.class.isAssignableFrom(type)) {
        continue; // an exception's cause may be null
      }
      tester.testAllPublicStaticMethods(type);
    }
  }
}
