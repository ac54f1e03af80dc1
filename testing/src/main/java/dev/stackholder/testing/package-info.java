/**
 * QuickTheories generators ({@link org.quicktheories.core.Gen}) of Stackholder's public types, for
 * property tests of your own code: {@link dev.stackholder.testing.CoreGenerators} (currencies,
 * revenues, exchange rates, organizations, sources), {@link
 * dev.stackholder.testing.MembershipGenerators} (tiers, dues rules, rule sets, foundations,
 * rosters) and {@link dev.stackholder.testing.ContributionGenerators} (contribution records and
 * tables).
 *
 * <p>Every generator builds valid values only, through the types' public builders, so a value it
 * makes passes the checks a built-in or user-written value passes. Each draws its parts from
 * QuickTheories' own sources, so a failing example shrinks towards small amounts, few tiers and
 * short lists. Generators are immutable and thread-safe; the values they make are the libraries'
 * immutable types.
 *
 * <p>The libraries' own property tests over their public types (dues, rosters, JSON round trips,
 * schemas of generated documents) use these generators too, in this module's tests: a library's
 * tests cannot depend on this module, which depends on the library.
 *
 * <pre>{@code
 * qt().forAll(MembershipGenerators.ruleSets(), CoreGenerators.revenues(CurrencyUnit.USD))
 *     .checkAssert((rules, revenue) -> ...);
 * }</pre>
 */
package dev.stackholder.testing;
