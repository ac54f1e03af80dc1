package dev.stackholder.adoption;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingExchangeRateException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.Sector;
import dev.stackholder.core.internal.BuiltInResources;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A set of case studies and of active-user lists by sector, with queries and totals over them.
 *
 * <p>{@link #builtIn()} is the catalog bundled with the library; every figure in it carries its
 * {@link dev.stackholder.core.Source}, and the data README next to its JSON resource says where the
 * records come from. A catalog of your own reads from JSON with {@code StackholderJson.read(path,
 * AdoptionCatalog.class)} or is built with {@link #builder()}.
 *
 * <pre>{@code
 * AdoptionCatalog catalog = AdoptionCatalog.builtIn();
 * CaseStudy study = catalog.getCaseStudy("tencent-tstack");   // NotFoundException if unknown
 * catalog.findCaseStudy("no-such-study");                     // Optional.empty()
 * catalog.countsBySector();                                   // case studies per sector
 * catalog.inCountry("JP");                                    // case studies from Japan
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdoptionCatalog.class)
@JsonDeserialize(as = ImmutableAdoptionCatalog.class)
public abstract class AdoptionCatalog {
  private static final String BUILT_IN = "case-studies.json";

  AdoptionCatalog() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AdoptionCatalog} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableAdoptionCatalog.Builder {
    Builder() {}
  }

  /** {@return the case studies, in catalog order; ids are unique} */
  public abstract ImmutableList<CaseStudy> caseStudies();

  /** {@return lists of active users by sector, as sources give them} */
  public abstract ImmutableList<ActiveUserList> activeUsers();

  /**
   * {@return the catalog bundled with the library (resource {@code
   * dev/stackholder/adoption/case-studies.json}), read on first use and shared}
   *
   * @throws IllegalStateException naming the resource if it is missing or malformed (a packaging
   *     bug)
   */
  public static AdoptionCatalog builtIn() {
    return BUILT_IN_CATALOG.get();
  }

  /**
   * {@return the case study with this id, if the catalog has one}
   *
   * @param id the case study's id, a slug such as those {@link CaseStudy#id()} holds; matched
   *     exactly
   */
  public Optional<CaseStudy> findCaseStudy(String id) {
    return caseStudies().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * {@return the case study with this id}
   *
   * @param id the case study's id, matched exactly
   * @throws NotFoundException naming the id and the known ones when there is none
   */
  public CaseStudy getCaseStudy(String id) {
    return findCaseStudy(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "case study",
                    id,
                    caseStudies().stream()
                        .map(CaseStudy::id)
                        .collect(ImmutableList.toImmutableList())));
  }

  /**
   * {@return the case studies of organizations in a sector, in catalog order}
   *
   * @param sector the sector; organizations without one are never in the result
   */
  public ImmutableList<CaseStudy> inSector(Sector sector) {
    return caseStudies().stream()
        .filter(c -> c.organization().sector().equals(Optional.of(sector)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the case studies of organizations headquartered in a country (ISO 3166-1 alpha-2, e.g.
   * {@code "CN"})}
   *
   * @param country an ISO 3166-1 alpha-2 code in upper case, matched exactly
   */
  public ImmutableList<CaseStudy> inCountry(String country) {
    return caseStudies().stream()
        .filter(c -> c.organization().country().equals(Optional.of(country)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return how many case studies each sector has, in {@link Sector} order, leaving out sectors
   * with none} Case studies whose organization has no sector are not counted: see {@link
   * #withoutSector()}.
   */
  public ImmutableMap<Sector, Integer> countsBySector() {
    Map<Sector, Integer> counts = new EnumMap<>(Sector.class);
    for (CaseStudy study : caseStudies()) {
      study.organization().sector().ifPresent(s -> counts.merge(s, 1, Integer::sum));
    }
    return ImmutableMap.copyOf(counts);
  }

  /** {@return the case studies whose organization has no sector recorded} */
  public ImmutableList<CaseStudy> withoutSector() {
    return caseStudies().stream()
        .filter(c -> c.organization().sector().isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return how many case studies each country has, by country code in alphabetical order} Case
   * studies whose organization has no country are not counted: see {@link #withoutCountry()}.
   */
  public ImmutableSortedMap<String, Integer> countsByCountry() {
    Map<String, Integer> counts = new TreeMap<>();
    for (CaseStudy study : caseStudies()) {
      study.organization().country().ifPresent(c -> counts.merge(c, 1, Integer::sum));
    }
    return ImmutableSortedMap.copyOf(counts);
  }

  /** {@return the case studies whose organization has no country recorded} */
  public ImmutableList<CaseStudy> withoutCountry() {
    return caseStudies().stream()
        .filter(c -> c.organization().country().isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the annual savings of each sector's case studies, converted to one currency and added
   * up, in {@link Sector} order, leaving out sectors with no saving} Each saving is converted with
   * {@link AnnualSaving#amountIn} (rounded half up to {@code currency}'s minor unit) before adding.
   *
   * <p>The totals add the figures as stated: where a source says "more than", the total is a lower
   * bound too. Savings of organizations without a sector are left out.
   *
   * @param currency the currency of the totals
   * @param rates rates from each saving's currency to {@code currency}; none is needed for savings
   *     already in it
   * @throws MissingExchangeRateException if a saving's currency has no rate to {@code currency}
   */
  public ImmutableMap<Sector, Money> annualSavingsBySector(
      CurrencyUnit currency, ExchangeRates rates) {
    Map<Sector, Money> totals = new EnumMap<>(Sector.class);
    for (CaseStudy study : caseStudies()) {
      Optional<Sector> sector = study.organization().sector();
      if (sector.isEmpty()) {
        continue;
      }
      for (AnnualSaving saving : study.outcomes(AnnualSaving.class)) {
        totals.merge(sector.get(), saving.amountIn(currency, rates), Money::plus);
      }
    }
    return ImmutableMap.copyOf(totals);
  }

  /**
   * {@return how many distinct active users each sector's lists name, in {@link Sector} order
   * (repeated names in a list count once)}
   */
  public ImmutableMap<Sector, Integer> activeUserCountsBySector() {
    Map<Sector, Set<String>> names = new EnumMap<>(Sector.class);
    for (ActiveUserList list : activeUsers()) {
      names.computeIfAbsent(list.sector(), s -> new HashSet<>()).addAll(list.names());
    }
    return names.entrySet().stream()
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> e.getValue().size()));
  }

  @Value.Check
  void check() {
    Map<String, Long> ids =
        caseStudies().stream()
            .collect(Collectors.groupingBy(CaseStudy::id, TreeMap::new, Collectors.counting()));
    ids.forEach(
        (id, count) ->
            InvalidDataException.check(
                count == 1, "Case study id '%s' appears %d times, expected once", id, count));
  }

  /** Read on first use, once, thread-safely; a failure is not remembered, so it is thrown again. */
  private static final Supplier<AdoptionCatalog> BUILT_IN_CATALOG =
      Suppliers.memoize(
          () ->
              BuiltInResources.of(
                      "stackholder-adoption", AdoptionCatalog.class::getResourceAsStream)
                  .readJson(BUILT_IN, AdoptionCatalog.class));
}
