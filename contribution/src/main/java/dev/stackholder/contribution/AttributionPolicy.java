package dev.stackholder.contribution;

import java.util.Locale;

/**
 * How a tool turns an author's address and a commit date into an employer, each reproduced as that
 * tool applies it. Both policies first look for rules of the whole address, then of its domain;
 * among the rules of one key the first listed that covers the date wins (importers list them in the
 * tool's order, see {@link AffiliationDirectory}).
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum AttributionPolicy {
  /**
   * gitdm (openstack-infra/gitdm, 2012): the address is lower-cased and replaced once through the
   * alias file; its own rules win outright; otherwise the domain's suffixes of at least two labels
   * are tried <em>shortest first</em> ({@code example.com} before {@code b.example.com}), and the
   * first that has rules is used; an author no rule covers is credited to a pseudo-employer named
   * by the lower-cased address itself. An end date {@code < D} covers commits dated strictly before
   * D (the author's local day).
   */
  GITDM,
  /**
   * Stackalytics: a user's own dated company list wins; otherwise the domain's <em>longest</em>
   * matching suffix names the company; an author no rule covers is {@code *independent}. A company
   * entry with an end date covers commits before that date. Stackalytics' other rules (co-authors,
   * {@code *robots}, independents at a company's domain, the address-case quirk, skipped commits,
   * corrections, releases by tag range) need its whole {@code default_data.json}: they apply
   * through {@link Attributor#withStackalytics} and {@link ContributionStatistics#addStackalytics},
   * which delegate to {@link dev.stackholder.contribution.stackalytics.StackalyticsProcessor}, and
   * repositories are read with Stackalytics' git options ({@link
   * dev.stackholder.contribution.git.GitRepository#logCommand(String, java.util.Optional,
   * dev.stackholder.contribution.git.GitRepository.MailmapUse, AttributionPolicy)}).
   */
  STACKALYTICS;

  /** Stackalytics' label for an author no rule covers: {@value}. */
  public static final String STACKALYTICS_INDEPENDENT = "*independent";

  /**
   * {@return the employer label of an author no rule covers}
   *
   * @param address the author's e-mail address as written in the log
   */
  public String unknownLabel(String address) {
    return this == GITDM ? address.toLowerCase(Locale.ROOT) : STACKALYTICS_INDEPENDENT;
  }

  /** Whether domain suffixes are tried shortest first (gitdm) rather than longest first. */
  boolean shortestSuffixFirst() {
    return this == GITDM;
  }
}
