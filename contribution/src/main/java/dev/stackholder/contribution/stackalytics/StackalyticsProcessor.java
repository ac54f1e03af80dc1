package dev.stackholder.contribution.stackalytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stackalytics' commit processing, rule for rule as openstack/stackalytics f6f54bec does it offline
 * (no Launchpad, no Gerrit): from the commits of each repository, its release index and {@code
 * default_data.json}, the records Stackalytics stores, with their company, release and {@code loc},
 * and a report of what it skipped, dropped and corrected.
 *
 * <p>The rules, each with the Stackalytics function it reproduces:
 *
 * <ul>
 *   <li><b>Skipped commits</b> ({@code processor/vcs.py}, {@code Git.log}): a commit whose subject
 *       is exactly {@code Update git submodules}, and a commit without an author address.
 *   <li><b>Records and co-authors</b> ({@code processor/record_processor.py}, {@code
 *       RecordProcessor._process_commit}): {@code loc} is insertions plus deletions. The author's
 *       address is lower-cased; co-authors' addresses are kept as written. A commit with co-authors
 *       becomes one record per co-author plus one for the author (unless the author's lower-cased
 *       address is among the co-authors'), each with the full {@code loc}.
 *   <li><b>{@code *robots}</b> (same function): a record of a commit without co-authors whose
 *       company is {@code *robots} is dropped; co-authored records are never dropped.
 *   <li><b>Users</b> ({@code processor/normalizer.py}, {@code _normalize_user}): a user's companies
 *       are sorted by end date, undated entries after dated ones in the order written, and an
 *       undated {@code *independent} is appended when the last entry has an end date. End dates
 *       ({@code "2013-Jan-01"}) are midnight UTC (Stackalytics used its machine's time zone).
 *   <li><b>Address lookup</b> ({@code processor/user_processor.py}, {@code load_user}, {@code
 *       store_user}): a user is found by the record's address compared exactly with the addresses
 *       as {@code default_data.json} writes them, so a default-data address with a capital letter
 *       never matches an author (Stackalytics' quirk, kept).
 *   <li><b>Company for a date</b> ({@code user_processor.get_company_for_date}): the first entry
 *       whose end date is after the record's date; after all of them, the last entry.
 *   <li><b>Unknown addresses</b> ({@code user_processor.create_user}, {@code
 *       get_company_by_email}): the company of the longest suffix of the address's domain (as
 *       written, at least two labels) among the companies' domains (the company listed last wins a
 *       shared domain), else {@code *independent}.
 *   <li><b>Independent users at a company's domain</b> ({@code user_processor.merge_user_profiles},
 *       {@code update_user_affiliation}): when a user whose only company is {@code *independent} is
 *       met, it takes the company of the record's address's domain, else of the first of its own
 *       addresses whose domain is a company's, and keeps it.
 *   <li><b>Release</b> ({@code RecordProcessor._update_records_with_releases}, {@code
 *       _get_release}): a record whose key is a commit id in the release index takes that release;
 *       any other, co-authored records included (their key is not a commit id), takes the first
 *       release whose end date is after its date, or the last release.
 *   <li><b>Corrections</b> ({@code runtime_storage.MemcachedStorage.apply_corrections}): see {@link
 *       StackalyticsCorrections}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class StackalyticsProcessor {
  /** Stackalytics' company of people without one. */
  public static final String INDEPENDENT = "*independent";

  /** Stackalytics' company of automated accounts. */
  public static final String ROBOTS = "*robots";

  private static final DateTimeFormatter END_DATE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("uuuu-MMM-dd")
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private final ImmutableMap<String, User> users;
  private final ImmutableMap<String, String> domains;
  private final ImmutableList<String> releaseNames;
  private final long[] releaseEnds;
  private final ImmutableMap<String, RepositoryConfig> repositories;

  private StackalyticsProcessor(
      ImmutableMap<String, User> users,
      ImmutableMap<String, String> domains,
      ImmutableList<String> releaseNames,
      long[] releaseEnds,
      ImmutableMap<String, RepositoryConfig> repositories) {
    this.users = users;
    this.domains = domains;
    this.releaseNames = releaseNames;
    this.releaseEnds = releaseEnds;
    this.repositories = repositories;
  }

  /**
   * Reads the {@code users}, {@code companies} and {@code releases} of a {@code default_data.json}.
   *
   * @param file the file
   * @return a processor with its rules and data
   * @throws InvalidDataException naming the file and JSON path of a malformed entry
   * @throws dev.stackholder.core.NotFoundException if the file does not exist
   */
  public static StackalyticsProcessor fromDefaultData(Path file) {
    return fromDefaultData(StackholderJson.read(file, JsonNode.class), file.toString());
  }

  private static StackalyticsProcessor fromDefaultData(JsonNode root, String source) {
    Map<String, User> users = new LinkedHashMap<>();
    JsonNode userList = array(root, "users", source + ": $");
    for (int i = 0; i < userList.size(); i++) {
      String at = source + ": $.users[" + i + "]";
      JsonNode u = userList.get(i);
      List<String> emails = new ArrayList<>();
      JsonNode e = array(u, "emails", at);
      for (int j = 0; j < e.size(); j++) {
        emails.add(string(e.get(j), at + ".emails[" + j + "]"));
      }
      List<Entry> companies = new ArrayList<>();
      JsonNode c = array(u, "companies", at);
      for (int j = 0; j < c.size(); j++) {
        String cat = at + ".companies[" + j + "]";
        String name = string(c.get(j).get("company_name"), cat + ".company_name");
        JsonNode end = c.get(j).get("end_date");
        long endTs =
            end == null || end.isNull()
                ? 0
                : endDate(string(end, cat + ".end_date"), cat + ".end_date");
        companies.add(new Entry(name, endTs));
      }
      // normalizer._normalize_user: dated by end date, undated last in the order written.
      List<Entry> sorted =
          new ArrayList<>(
              companies.stream()
                  .filter(x -> x.end != 0)
                  .sorted((a, b) -> Long.compare(a.end, b.end))
                  .toList());
      companies.stream().filter(x -> x.end == 0).forEach(sorted::add);
      if (!sorted.isEmpty() && sorted.get(sorted.size() - 1).end != 0) {
        sorted.add(new Entry(INDEPENDENT, 0));
      }
      User user = new User(ImmutableList.copyOf(emails), ImmutableList.copyOf(sorted));
      for (String email : emails) {
        users.remove(email);
        users.put(email, user);
      }
    }
    Map<String, String> domains = new HashMap<>();
    JsonNode companyList = array(root, "companies", source + ": $");
    for (int i = 0; i < companyList.size(); i++) {
      String at = source + ": $.companies[" + i + "]";
      String name = string(companyList.get(i).get("company_name"), at + ".company_name");
      JsonNode d = array(companyList.get(i), "domains", at);
      for (int j = 0; j < d.size(); j++) {
        domains.put(string(d.get(j), at + ".domains[" + j + "]"), name);
      }
    }
    record Rel(String name, long end) {}
    List<Rel> rels = new ArrayList<>();
    JsonNode relList = array(root, "releases", source + ": $");
    for (int i = 0; i < relList.size(); i++) {
      String at = source + ": $.releases[" + i + "]";
      rels.add(
          new Rel(
              string(relList.get(i).get("release_name"), at + ".release_name")
                  .toLowerCase(Locale.ROOT),
              endDate(string(relList.get(i).get("end_date"), at + ".end_date"), at + ".end_date")));
    }
    rels.sort((a, b) -> Long.compare(a.end, b.end));
    if (rels.isEmpty()) {
      throw new InvalidDataException(
          source + ": $.releases", "at least one release is needed", null);
    }
    Map<String, RepositoryConfig> repos = new LinkedHashMap<>();
    JsonNode repoList =
        root.has("repos")
            ? array(root, "repos", source + ": $")
            : StackholderJson.mapper().createArrayNode();
    for (int i = 0; i < repoList.size(); i++) {
      String at = source + ": $.repos[" + i + "]";
      JsonNode r = repoList.get(i);
      String module = string(r.get("module"), at + ".module");
      String defaultBranch =
          r.has("default_branch")
              ? string(r.get("default_branch"), at + ".default_branch")
              : "master";
      List<ReleaseRange> ranges = new ArrayList<>();
      JsonNode rr =
          r.has("releases") ? array(r, "releases", at) : StackholderJson.mapper().createArrayNode();
      for (int j = 0; j < rr.size(); j++) {
        String rat = at + ".releases[" + j + "]";
        JsonNode x = rr.get(j);
        ranges.add(
            new ReleaseRange(
                string(x.get("release_name"), rat + ".release_name").toLowerCase(Locale.ROOT),
                x.has("tag_from")
                    ? Optional.of(string(x.get("tag_from"), rat + ".tag_from"))
                    : Optional.empty(),
                string(x.get("tag_to"), rat + ".tag_to"),
                x.has("branch")
                    ? Optional.of(string(x.get("branch"), rat + ".branch"))
                    : Optional.empty()));
      }
      repos.put(module, new RepositoryConfig(module, defaultBranch, ImmutableList.copyOf(ranges)));
    }
    return new StackalyticsProcessor(
        ImmutableMap.copyOf(users),
        ImmutableMap.copyOf(domains),
        rels.stream().map(Rel::name).collect(ImmutableList.toImmutableList()),
        rels.stream().mapToLong(Rel::end).toArray(),
        ImmutableMap.copyOf(repos));
  }

  /**
   * Reads a repository the way Stackalytics' processor reads it ({@code processor/main.py}, {@code
   * _process_repo_vcs} and {@code _get_repo_branches}; {@code vcs.py}, {@code Git.log} and {@code
   * Git._get_release_index}): the log of every configured branch (the default branch, {@code
   * master} unless {@code default_branch} says otherwise, and each release's {@code branch}) with
   * {@link StackalyticsLog#GIT_LOG_ARGUMENTS}, a commit on several branches once; and the release
   * index from each release's {@code tag_from..tag_to} ({@code tag_to} alone without {@code
   * tag_from}; {@code HEAD} is the release's branch). A branch is looked up as {@code
   * origin/<branch>} (what Stackalytics checks out), else as a local branch. A range git cannot
   * read is left out, as Stackalytics leaves it out, and listed in {@link
   * StackalyticsReleaseIndex#unreadRanges()}.
   *
   * @param directory the repository (a clone, bare or not)
   * @param module the module, as {@code default_data.json}'s {@code repos} names it
   * @return the repository's commits and release index
   * @throws dev.stackholder.core.NotFoundException if {@code repos} has no such module
   * @throws InvalidDataException if git cannot read the default branch's log, or its output is
   *     malformed
   * @throws java.io.UncheckedIOException if git cannot be started
   */
  public Repository readRepository(java.nio.file.Path directory, String module) {
    RepositoryConfig config = repositories.get(module);
    if (config == null) {
      throw new dev.stackholder.core.NotFoundException("module", module, repositories.keySet());
    }
    java.util.LinkedHashSet<String> branches = new java.util.LinkedHashSet<>();
    branches.add(config.defaultBranch());
    config.releases().forEach(r -> r.branch().ifPresent(branches::add));
    Map<String, StackalyticsCommit> commits = new LinkedHashMap<>();
    for (String branch : branches) {
      Optional<String> ref = ref(directory, branch);
      if (ref.isEmpty()) {
        if (branch.equals(config.defaultBranch())) {
          throw new InvalidDataException(
              directory + ": no branch origin/" + branch + " or " + branch + " to read");
        }
        continue;
      }
      List<String> args = new ArrayList<>(StackalyticsLog.GIT_LOG_ARGUMENTS);
      args.add(ref.get());
      String text =
          GitRunner.run(directory, args)
              .orElseThrow(
                  () -> new InvalidDataException(directory + ": git log " + ref.get() + " failed"));
      for (StackalyticsCommit c : StackalyticsLog.read(text, directory + " " + ref.get())) {
        commits.putIfAbsent(c.commitId(), c);
      }
    }
    Map<String, List<String>> byRelease = new LinkedHashMap<>();
    List<String> unread = new ArrayList<>();
    for (ReleaseRange r : config.releases()) {
      Optional<String> head = ref(directory, r.branch().orElse("master"));
      String to = r.tagTo().equals("HEAD") ? head.orElse("HEAD") : r.tagTo();
      String range = r.tagFrom().map(f -> f + ".." + to).orElse(to);
      Optional<String> ids = GitRunner.run(directory, List.of("log", "--pretty=%H", range));
      if (ids.isEmpty()) {
        unread.add(r.releaseName() + " " + range);
        continue;
      }
      List<String> release = byRelease.computeIfAbsent(r.releaseName(), k -> new ArrayList<>());
      for (String id : ids.get().split("\\s+")) {
        if (!id.isEmpty()) {
          release.add(id);
        }
      }
    }
    return new Repository(
        module,
        List.copyOf(commits.values()),
        StackalyticsReleaseIndex.of(byRelease).withUnreadRanges(unread));
  }

  private static Optional<String> ref(java.nio.file.Path directory, String branch) {
    for (String candidate : List.of("refs/remotes/origin/" + branch, "refs/heads/" + branch)) {
      if (GitRunner.run(directory, List.of("rev-parse", "--verify", "--quiet", candidate))
          .isPresent()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** {@return the modules {@code default_data.json}'s {@code repos} configures, in its order} */
  public ImmutableList<String> modules() {
    return repositories.keySet().asList();
  }

  private record RepositoryConfig(
      String module, String defaultBranch, ImmutableList<ReleaseRange> releases) {}

  private record ReleaseRange(
      String releaseName, Optional<String> tagFrom, String tagTo, Optional<String> branch) {}

  private static JsonNode array(JsonNode parent, String field, String at) {
    JsonNode n = parent == null ? null : parent.get(field);
    if (n == null || !n.isArray()) {
      throw new InvalidDataException(at + "." + field, "expected an array", null);
    }
    return n;
  }

  private static String string(JsonNode n, String at) {
    if (n == null || !n.isTextual()) {
      throw new InvalidDataException(at, "expected a string, got " + n, null);
    }
    return n.asText();
  }

  private static long endDate(String text, String at) {
    try {
      return LocalDate.parse(text, END_DATE).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    } catch (DateTimeParseException e) {
      throw new InvalidDataException(
          at,
          "expected a date such as 2013-Jan-01, got '"
              + dev.stackholder.core.Limits.abbreviate(text)
              + "'",
          e);
    }
  }

  /** {@return the releases of {@code default_data.json}, lower case, by end date} */
  public ImmutableList<String> releases() {
    return releaseNames;
  }

  /**
   * {@return the release Stackalytics gives a date outside every tag range: the first whose end
   * date is after it, else the last}
   *
   * @param date the record's date
   */
  public String releaseByDate(Instant date) {
    long ts = date.getEpochSecond();
    int i = Arrays.binarySearch(releaseEnds, ts);
    int idx;
    if (i >= 0) {
      idx = i + 1;
      while (idx < releaseEnds.length && releaseEnds[idx] == ts) {
        idx++;
      }
    } else {
      idx = -i - 1;
    }
    return releaseNames.get(Math.min(idx, releaseNames.size() - 1));
  }

  /**
   * {@return the company Stackalytics finds for an address that no user lists: by the longest
   * suffix of its domain, else {@code *independent}}
   *
   * @param email the address, as the record holds it
   */
  public String companyByDomain(String email) {
    return domainCompany(email).orElse(INDEPENDENT);
  }

  private Optional<String> domainCompany(String email) {
    int at = email.indexOf('@');
    if (at < 0) {
      return Optional.empty();
    }
    String[] parts = email.substring(at + 1).split("\\.", -1);
    for (int i = parts.length; i > 1; i--) {
      String m = String.join(".", Arrays.asList(parts).subList(parts.length - i, parts.length));
      String c = domains.get(m);
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Processes the repositories in the given order (Stackalytics' order is that of {@code
   * default_data.json}'s {@code repos}), each repository's commits in log order.
   *
   * @param repositories the repositories' modules, commits and release indexes
   * @param corrections the corrections to apply, or {@link StackalyticsCorrections#none()}
   * @return the records and the report
   * @throws InvalidDataException if a commit's insertions plus deletions exceed a long
   */
  public StackalyticsResult process(
      List<Repository> repositories, StackalyticsCorrections corrections) {
    Map<User, List<Entry>> adopted = new HashMap<>();
    List<Pending> pending = new ArrayList<>();
    List<StackalyticsResult.Skipped> skipped = new ArrayList<>();
    List<String> robots = new ArrayList<>();
    for (Repository repo : repositories) {
      for (StackalyticsCommit c : repo.commits()) {
        if (c.subject().equals("Update git submodules")) {
          skipped.add(
              new StackalyticsResult.Skipped(
                  repo.module(), c.commitId(), "subject 'Update git submodules' (vcs.py Git.log)"));
          continue;
        }
        if (c.authorEmail().isEmpty()) {
          skipped.add(
              new StackalyticsResult.Skipped(
                  repo.module(), c.commitId(), "no author address (vcs.py Git.log)"));
          continue;
        }
        String author = c.authorEmail().toLowerCase(Locale.ROOT);
        if (c.coAuthors().isEmpty()) {
          String company = company(author, c.date(), adopted);
          if (company.equals(ROBOTS)) {
            robots.add(c.commitId());
            continue;
          }
          pending.add(new Pending(repo, c, c.commitId(), author, false));
        } else {
          List<String> people = new ArrayList<>();
          c.coAuthors().forEach(a -> people.add(a.email()));
          if (!people.contains(author)) {
            people.add(author);
          }
          // Two mentions of one address are one record: Stackalytics stores records by key.
          List<String> distinct = people.stream().distinct().toList();
          people.clear();
          people.addAll(distinct);
          for (String p : people) {
            company(p, c.date(), adopted);
          }
          for (String p : people) {
            pending.add(new Pending(repo, c, c.commitId() + p, p, true));
          }
        }
      }
    }
    // Post-processing (_update_records_with_user_info) looks every record up again, with the
    // users as the first pass left them; corrections come after it.
    List<StackalyticsRecord> records = new ArrayList<>();
    List<StackalyticsRecord> corrected = new ArrayList<>();
    for (Pending p : pending) {
      StackalyticsCommit c = p.commit;
      String release =
          p.coAuthored
              ? releaseByDate(c.date())
              : p.repo.index().findRelease(c.commitId()).orElseGet(() -> releaseByDate(c.date()));
      long loc;
      try {
        loc = Math.addExact(c.linesAdded(), c.linesDeleted());
      } catch (ArithmeticException e) {
        throw new InvalidDataException(
            p.repo.module()
                + " commit "
                + c.commitId()
                + ": insertions plus deletions exceed "
                + Long.MAX_VALUE,
            e);
      }
      String company = company(p.email, c.date(), adopted);
      String module = p.repo.module();
      Optional<String> comment = Optional.empty();
      Optional<StackalyticsCorrections.Correction> fix = corrections.find(p.key);
      if (fix.isPresent()) {
        StackalyticsCorrections.Correction f = fix.get();
        long newLoc = f.loc().orElse(loc);
        String newCompany = f.companyName().orElse(company);
        String newModule = f.module().orElse(module);
        if (newLoc != loc || !newCompany.equals(company) || !newModule.equals(module)) {
          comment = Optional.of(f.comment());
        }
        loc = newLoc;
        company = newCompany;
        module = newModule;
      }
      StackalyticsRecord r =
          new StackalyticsRecord(
              p.key,
              c.commitId(),
              module,
              p.email,
              company,
              release,
              c.date(),
              c.linesAdded(),
              c.linesDeleted(),
              loc,
              p.coAuthored,
              comment);
      records.add(r);
      if (comment.isPresent()) {
        corrected.add(r);
      }
    }
    return new StackalyticsResult(
        ImmutableList.copyOf(records),
        ImmutableList.copyOf(skipped),
        ImmutableList.copyOf(robots),
        ImmutableList.copyOf(corrected));
  }

  private String company(String email, Instant date, Map<User, List<Entry>> adopted) {
    User user = users.get(email);
    if (user == null) {
      return companyByDomain(email);
    }
    List<Entry> companies = adopted.getOrDefault(user, user.companies);
    if (companies.size() == 1
        && companies.get(0).name.equals(INDEPENDENT)
        && !adopted.containsKey(user)) {
      Optional<String> found = domainCompany(email);
      for (int i = 0; found.isEmpty() && i < user.emails.size(); i++) {
        found = domainCompany(user.emails.get(i));
      }
      if (found.isPresent()) {
        companies = List.of(new Entry(found.get(), 0));
      }
      adopted.put(user, companies);
    }
    long ts = date.getEpochSecond();
    for (Entry e : companies) {
      if (ts < e.end) {
        return e.name;
      }
    }
    return companies.isEmpty() ? INDEPENDENT : companies.get(companies.size() - 1).name;
  }

  /**
   * One repository to process.
   *
   * @param module its module name, as tables name it
   * @param commits its commits in {@code git log} order (newest first)
   * @param index its release index
   */
  public record Repository(
      String module, List<StackalyticsCommit> commits, StackalyticsReleaseIndex index) {
    /**
     * Copies the commits, so the repository cannot change under the processor.
     *
     * @param module its module name, as tables name it
     * @param commits its commits in {@code git log} order (newest first)
     * @param index its release index
     */
    public Repository {
      commits = ImmutableList.copyOf(commits);
      java.util.Objects.requireNonNull(module, "module");
      java.util.Objects.requireNonNull(index, "index");
    }
  }

  private record Entry(String name, long end) {}

  private static final class User {
    final ImmutableList<String> emails;
    final ImmutableList<Entry> companies;

    User(ImmutableList<String> emails, ImmutableList<Entry> companies) {
      this.emails = emails;
      this.companies = companies;
    }
  }

  private record Pending(
      Repository repo, StackalyticsCommit commit, String key, String email, boolean coAuthored) {}
}
