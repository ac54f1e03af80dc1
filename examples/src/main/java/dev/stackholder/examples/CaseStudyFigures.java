package dev.stackholder.examples;

import dev.stackholder.adoption.AdoptionCatalog;
import dev.stackholder.adoption.AnnualSaving;
import dev.stackholder.adoption.CaseStudy;
import dev.stackholder.adoption.LeadTime;
import dev.stackholder.adoption.community.CommunityCatalog;
import dev.stackholder.adoption.community.Event;
import dev.stackholder.core.ExchangeRates;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;

/**
 * The figures of a case study and an event, worked out by the library: a speed-up, a downtime
 * budget, a saving in another currency, an attendance ratio and a check of the lecturer counts.
 */
public final class CaseStudyFigures {
  private CaseStudyFigures() {}

  /** Prints the figures of Tencent's TStack and of the 2012 OpenStack China Tour. */
  public static void main(String[] args) {
    // README:start
    CaseStudy tstack = AdoptionCatalog.builtIn().getCaseStudy("tencent-tstack");
    System.out.println(tstack.outcomes(LeadTime.class).get(0).speedUp());
    System.out.println(
        tstack.deployments().get(0).availability().orElseThrow().yearlyDowntimeBudget());
    ExchangeRates rates =
        ExchangeRates.empty()
            .with(CurrencyUnit.of("CNY"), CurrencyUnit.USD, new BigDecimal("0.1481"));
    System.out.println(
        tstack.outcomes(AnnualSaving.class).get(0).amountIn(CurrencyUnit.USD, rates));
    Event tour = CommunityCatalog.builtIn().getEvent("openstack-china-tour-2012");
    System.out.println(tour.attendanceRatio());
    System.out.println(tour.lecturerCheck().orElseThrow().describe());
    // README:end
  }
}
