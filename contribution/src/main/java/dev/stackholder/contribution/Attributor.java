package dev.stackholder.contribution;

import dev.stackholder.contribution.git.GitCommit;
import dev.stackholder.contribution.git.GitRepository;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Decides, in one place, whether a contribution is credited and to whom, or left out and why. It
 * holds everything that decision needs: the {@link AffiliationDirectory} (identities and dated
 * affiliations) with its {@link AttributionPolicy}, the {@link AutomatedAccounts} to leave out, the
 * {@link ReleaseScope}, and the choice of reading authors with or without a repository's {@code
 * .mailmap} ({@link GitRepository.MailmapUse}). {@link ContributionStatistics} applies the same
 * rules (it is made from an attributor, and asks it), so an explanation and a table never disagree.
 *
 * <p>The rules, in order: a merge commit is left out (gitdm skips any commit with a {@code Merge:}
 * line); a commit outside the release's scope is left out; a commit whose author address, author
 * name or credited employer is an automated account is left out. Anything else is credited to the
 * employer the directory names for the author on the commit's day (gitdm: the author's local day;
 * Stackalytics: the UTC day), an author no rule covers standing for itself as the policy says. A
 * commit whose author line could not be read is the unknown hacker's, as in gitdm, and is credited,
 * not left out.
 *
 * <p>Mailmap: gitdm never read {@code .mailmap}, so {@link GitRepository.MailmapUse#IGNORE} is the
 * default and reproduces its tables. Stackalytics does not read it either: its identities are its
 * users' {@code emails} lists, which {@code StackalyticsDefaultData} turns into aliases. To use a
 * {@code .mailmap} as a source of identities instead of letting git rewrite the log, add its
 * identities to the directory ({@link AffiliationDirectory#withIdentities}).
 *
 * <pre>{@code
 * Attributor attributor = Attributor.of(GitdmConfig.read(checkout).directory())
 *     .withScope(ReleaseScope.ofRanges(GitdmConventions.ranges(checkout, "folsom")));
 * Decision decision = attributor.decide("nova", commit);
 * ContributionStatistics folsom = ContributionStatistics.of("folsom", attributor);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Attributor {
  private final AffiliationDirectory directory;
  private final AutomatedAccounts automated;
  private final ReleaseScope scope;
  private final GitRepository.MailmapUse mailmap;
  private final java.util.Optional<Stackalytics> stackalytics;

  private Attributor(
      AffiliationDirectory directory,
      AutomatedAccounts automated,
      ReleaseScope scope,
      GitRepository.MailmapUse mailmap) {
    this(directory, automated, scope, mailmap, java.util.Optional.empty());
  }

  private Attributor(
      AffiliationDirectory directory,
      AutomatedAccounts automated,
      ReleaseScope scope,
      GitRepository.MailmapUse mailmap,
      java.util.Optional<Stackalytics> stackalytics) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.automated = Objects.requireNonNull(automated, "automated");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.mailmap = Objects.requireNonNull(mailmap, "mailmap");
    this.stackalytics = Objects.requireNonNull(stackalytics, "stackalytics");
  }

  /**
   * Stackalytics' whole rule set: its processor (with {@code default_data.json}'s users, companies,
   * releases and repos) and the corrections it applies.
   *
   * @param processor the processor
   * @param corrections the corrections, or {@code StackalyticsCorrections.none()}
   */
  public record Stackalytics(
      dev.stackholder.contribution.stackalytics.StackalyticsProcessor processor,
      dev.stackholder.contribution.stackalytics.StackalyticsCorrections corrections) {
    /**
     * Refuses a missing part.
     *
     * @param processor the processor
     * @param corrections the corrections
     */
    public Stackalytics {
      Objects.requireNonNull(processor, "processor");
      Objects.requireNonNull(corrections, "corrections");
    }
  }

  /**
   * {@return this attributor with Stackalytics' processor and corrections: under {@link
   * AttributionPolicy#STACKALYTICS}, {@link ContributionStatistics#addRepositories} then reads each
   * repository as Stackalytics did ({@code StackalyticsProcessor.readRepository}, the project being
   * the module of {@code default_data.json}'s {@code repos}) and counts through {@link
   * ContributionStatistics#addStackalytics}, so that every rule of Stackalytics applies}
   *
   * @param processor Stackalytics' rules and data
   * @param corrections the corrections, or {@code StackalyticsCorrections.none()}
   */
  public Attributor withStackalytics(
      dev.stackholder.contribution.stackalytics.StackalyticsProcessor processor,
      dev.stackholder.contribution.stackalytics.StackalyticsCorrections corrections) {
    return new Attributor(
        directory,
        automated,
        scope,
        mailmap,
        java.util.Optional.of(new Stackalytics(processor, corrections)));
  }

  /** {@return Stackalytics' processor and corrections, if {@link #withStackalytics} gave them} */
  public java.util.Optional<Stackalytics> findStackalytics() {
    return stackalytics;
  }

  /**
   * {@return an attributor with the defaults: {@link AutomatedAccounts#defaults()}, the whole
   * history, the mailmap ignored}
   *
   * @param directory who employed whom, and the policy that says so
   */
  public static Attributor of(AffiliationDirectory directory) {
    return new Attributor(
        directory,
        AutomatedAccounts.defaults(),
        ReleaseScope.wholeHistory(),
        GitRepository.MailmapUse.IGNORE);
  }

  /**
   * {@return this attributor with another directory}
   *
   * @param other the directory
   */
  public Attributor withDirectory(AffiliationDirectory other) {
    return new Attributor(other, automated, scope, mailmap, stackalytics);
  }

  /**
   * {@return this attributor with other automated accounts ({@code AutomatedAccounts.none()} keeps
   * every author, as gitdm does)}
   *
   * @param accounts the accounts to leave out
   */
  public Attributor withAutomated(AutomatedAccounts accounts) {
    return new Attributor(directory, accounts, scope, mailmap, stackalytics);
  }

  /**
   * {@return this attributor with another release scope}
   *
   * @param other the scope
   */
  public Attributor withScope(ReleaseScope other) {
    return new Attributor(directory, automated, other, mailmap, stackalytics);
  }

  /**
   * {@return this attributor with another mailmap choice (what a repository's log is read with)}
   *
   * @param use {@link GitRepository.MailmapUse#IGNORE} for gitdm's reading
   */
  public Attributor withMailmap(GitRepository.MailmapUse use) {
    return new Attributor(directory, automated, scope, use, stackalytics);
  }

  /** {@return the affiliation directory} */
  public AffiliationDirectory directory() {
    return directory;
  }

  /** {@return the policy: the directory's} */
  public AttributionPolicy policy() {
    return directory.policy();
  }

  /** {@return the automated accounts left out} */
  public AutomatedAccounts automated() {
    return automated;
  }

  /** {@return the release scope} */
  public ReleaseScope scope() {
    return scope;
  }

  /** {@return whether a repository's log is read with its {@code .mailmap} applied} */
  public GitRepository.MailmapUse mailmap() {
    return mailmap;
  }

  /**
   * {@return the decision on one commit of a project}
   *
   * @param project the project, lower-case, e.g. {@code nova}
   * @param commit the commit
   */
  public Decision decide(String project, GitCommit commit) {
    Attribution attribution = directory.attribute(commit.authorAddress(), day(commit));
    Decision.Reason reason =
        commit.merge()
            ? Decision.Reason.MERGE
            : !scope.includes(project, commit.id(), commit.date())
                ? Decision.Reason.OUTSIDE_RELEASE
                : automatedAuthor(commit.authorAddress(), attribution.address())
                        || automated.test(commit.authorName())
                        || automated.test(attribution.employer())
                    ? Decision.Reason.AUTOMATED_ACCOUNT
                    : null;
    return new Decision(commit.authorName(), attribution, reason);
  }

  /**
   * {@return the decision on one source-neutral record (no commit id: only a date window of the
   * scope applies to it)}
   *
   * @param record the record
   */
  public Decision decide(ContributionRecord record) {
    Attribution attribution = directory.attribute(record.author(), record.date());
    Decision.Reason reason =
        scope.outsideDates(record.date())
            ? Decision.Reason.OUTSIDE_RELEASE
            : automatedAuthor(record.author(), attribution.address())
                    || automated.test(attribution.employer())
                ? Decision.Reason.AUTOMATED_ACCOUNT
                : null;
    return new Decision(record.author(), attribution, reason);
  }

  /** The day affiliations are compared with: gitdm's local day, Stackalytics' UTC day. */
  LocalDate day(GitCommit commit) {
    return utcDays()
        ? commit.authorDate().atZoneSameInstant(ZoneOffset.UTC).toLocalDate()
        : commit.date();
  }

  boolean utcDays() {
    return directory.policy() == AttributionPolicy.STACKALYTICS;
  }

  /** An author is automated by its address as written or as canonical. */
  boolean automatedAuthor(String raw, String canonical) {
    return automated.test(canonical) || automated.test(raw);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attributor that
        && directory.equals(that.directory)
        && automated.equals(that.automated)
        && scope.equals(that.scope)
        && mailmap == that.mailmap
        && stackalytics.equals(that.stackalytics);
  }

  @Override
  public int hashCode() {
    return Objects.hash(directory, automated, scope, mailmap, stackalytics);
  }

  @Override
  public String toString() {
    return "Attributor{"
        + directory
        + ", automated="
        + automated.names()
        + ", "
        + scope
        + ", mailmap="
        + mailmap.id()
        + "}";
  }
}
