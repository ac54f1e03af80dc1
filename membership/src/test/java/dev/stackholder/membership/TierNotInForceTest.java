package dev.stackholder.membership;

import static dev.stackholder.membership.OpenStackFoundation.CORPORATE_SPONSOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.membership.roster.Roster;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Issue 26 point 2: "this tier is not in force on that date" is one exception type whichever path
 * meets it: a dated quote, an undated quote of a rule set, a roster admission.
 */
class TierNotInForceTest {
  private static final LocalDate OPENINFRA = LocalDate.of(2022, 3, 1);
  private static final Money REVENUE = Money.parse("USD 1000000");

  @Test
  void everyPathThrowsTheSameTypeNamingTheTierAndTheRuleSet() {
    RuleSet inForce = OpenStackFoundation.foundation().ruleSetOn(OPENINFRA);
    List<Throwable> thrown =
        List.of(
            catchThrowable(
                () ->
                    OpenStackFoundation.duesScheduleOn(OPENINFRA)
                        .quote(CORPORATE_SPONSOR, REVENUE)),
            catchThrowable(() -> inForce.quote(CORPORATE_SPONSOR, REVENUE, ExchangeRates.empty())),
            catchThrowable(
                () ->
                    Roster.empty(OpenStackFoundation.foundation())
                        .admit(
                            Organization.of("acme", "Acme"),
                            CORPORATE_SPONSOR,
                            OPENINFRA,
                            Source.of("a.txt", "A"))));
    assertThat(thrown)
        .allSatisfy(
            e -> {
              assertThat(e).isExactlyInstanceOf(TierNotInForceException.class);
              TierNotInForceException notInForce = (TierNotInForceException) e;
              assertThat(notInForce.tierId()).isEqualTo("corporate-sponsor");
              assertThat(notInForce.ruleSetId()).isEqualTo(inForce.id());
              assertThat(e)
                  .hasMessageStartingWith(
                      "Tier 'corporate-sponsor' is not in rule set '" + inForce.id() + "'");
            });
  }
}
