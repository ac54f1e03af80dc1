package dev.stackholder.contribution.cncf;

import com.google.common.collect.ImmutableList;
import dev.stackholder.contribution.Affiliation;
import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.AttributionPolicy;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.internal.Documents;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * CNCF's developer affiliation files, {@code developers_affiliations*.txt} of <a
 * href="https://github.com/cncf/gitdm">cncf/gitdm</a>: for each developer a line {@code login:
 * email1, email2} with {@code !} written for {@code @}, then one indented line per employer, oldest
 * first:
 *
 * <pre>
 * # comment
 * jdoe: jdoe!users.noreply.github.com, jane!example.com
 * 	Independent until 2016-06-01
 * 	Example Corp from 2016-06-01 until 2019-01-01
 * 	Other Inc. from 2019-01-01
 * </pre>
 *
 * An employer line is {@code Company}, {@code Company until D}, {@code Company from D} or {@code
 * Company from D until D}, dates {@code YYYY-MM-DD}; {@code until} is the first day no longer
 * employed, as in gitdm's {@code <} end dates. Blank lines and lines starting with {@code #} are
 * skipped.
 *
 * <p>Reading is strict: an employer line before any developer, a developer without an employer, a
 * header without {@code :} or with two, an address without {@code !} (or {@code @}), a date that is
 * not a real {@code YYYY-MM-DD} day, spans out of order or overlapping, and sizes beyond {@link
 * Limits} are each an {@link InvalidDataException} naming the file and line. Addresses are
 * lower-cased (affiliation keys are). Reading costs time and memory linear in the file's size (at
 * most {@link Limits#MAX_DOCUMENT_LENGTH} per file).
 *
 * <pre>{@code
 * DevelopersAffiliations cncf = DevelopersAffiliations.read(Path.of("developers_affiliations1.txt"));
 * AffiliationDirectory directory = cncf.directory(AttributionPolicy.GITDM);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DevelopersAffiliations {

  private final ImmutableList<Developer> developers;
  private final ImmutableList<String> files;

  private DevelopersAffiliations(List<Developer> developers, List<String> files) {
    this.developers = ImmutableList.copyOf(developers);
    this.files = ImmutableList.copyOf(files);
  }

  /**
   * Reads one file.
   *
   * @param file a {@code developers_affiliations*.txt}
   * @return its developers, in file order
   * @throws dev.stackholder.core.NotFoundException (kind {@code "file"}) if it does not exist
   * @throws InvalidDataException naming the file and line of the first malformed line, or the file
   *     if it is not UTF-8 text within the limits
   */
  public static DevelopersAffiliations read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    return parse(Documents.utf8(Documents.read(file, "CNCF affiliation file"), name), name);
  }

  /**
   * Reads several files, in the order given (cncf/gitdm splits its list over {@code
   * developers_affiliations1.txt} to {@code developers_affiliationsN.txt}).
   *
   * @param files the files
   * @return their developers, file after file
   * @throws InvalidDataException naming the file and line of the first malformed line
   */
  public static DevelopersAffiliations readAll(Iterable<Path> files) {
    List<Developer> developers = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      DevelopersAffiliations one = read(file);
      developers.addAll(one.developers);
      names.addAll(one.files);
    }
    return new DevelopersAffiliations(developers, names);
  }

  /**
   * Reads a stream (which is not closed).
   *
   * @param in UTF-8 text
   * @param name what to call it in messages and origins
   * @return its developers, in order
   * @throws InvalidDataException naming the stream and line of the first malformed line
   */
  public static DevelopersAffiliations read(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return parse(Documents.utf8(Documents.read(in, name, "CNCF affiliation file"), name), name);
  }

  /**
   * Reads the text of a file.
   *
   * @param text the content
   * @param name what to call it in messages and origins
   * @return its developers, in order
   * @throws InvalidDataException naming the line of the first malformed line
   */
  public static DevelopersAffiliations parse(String text, String name) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    if (text.length() > Limits.MAX_DOCUMENT_LENGTH) {
      throw new InvalidDataException(
          name,
          "CNCF affiliation file of "
              + text.length()
              + " characters, larger than the limit of "
              + Limits.MAX_DOCUMENT_LENGTH,
          null);
    }
    List<String> lines = Documents.lines(text, name);
    List<Developer> developers = new ArrayList<>();
    Header header = null;
    List<EmployerSpan> spans = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = name + ":" + (i + 1);
      if (line.indexOf('\0') >= 0) {
        throw new InvalidDataException(
            where,
            "NUL character at column " + (line.indexOf('\0') + 1) + ": the file must be UTF-8 text",
            null);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0))) {
        if (header == null) {
          throw new InvalidDataException(
              where,
              "employer line '"
                  + Limits.abbreviate(line.strip())
                  + "' before any 'login: addresses' line",
              null);
        }
        spans.add(span(line.strip(), where));
      } else {
        if (header != null) {
          developers.add(developer(header, spans, name));
        }
        header = header(line, where);
        spans.clear();
      }
    }
    if (header != null) {
      developers.add(developer(header, spans, name));
    }
    return new DevelopersAffiliations(developers, List.of(name));
  }

  private static Header header(String line, String where) {
    int colon = line.indexOf(':');
    if (colon < 0 || line.indexOf(':', colon + 1) >= 0) {
      throw new InvalidDataException(
          where,
          "'"
              + Limits.abbreviate(line)
              + "' is not a "
              + "'login: addresses' line (expected exactly one ':')",
          null);
    }
    String login = line.substring(0, colon).strip();
    List<String> emails = new ArrayList<>();
    for (String raw : line.substring(colon + 1).split(",", -1)) {
      String email = raw.strip();
      if (email.isEmpty() || email.chars().anyMatch(Character::isWhitespace)) {
        throw new InvalidDataException(
            where,
            "address '"
                + Limits.abbreviate(email)
                + "' of '"
                + Limits.abbreviate(login)
                + "' is empty or has a space, expected "
                + "'name!example.org' separated by ', '",
            null);
      }
      int bang = email.indexOf('!');
      boolean one =
          bang > 0
              && bang == email.lastIndexOf('!')
              && bang < email.length() - 1
              && email.indexOf('@') < 0;
      boolean plain =
          bang < 0
              && email.indexOf('@') > 0
              && email.indexOf('@') == email.lastIndexOf('@')
              && !email.endsWith("@");
      if (!one && !plain) {
        throw new InvalidDataException(
            where,
            "address '"
                + Limits.abbreviate(email)
                + "' of '"
                + Limits.abbreviate(login)
                + "' is not 'name!example.org' (one '!' for '@')",
            null);
      }
      emails.add(email.replace('!', '@').toLowerCase(Locale.ROOT));
    }
    return new Header(login, emails, where);
  }

  /**
   * An employer line, read from its end: {@code until D}, then {@code from D}, then the company. By
   * hand rather than by a regular expression: a file holds a hundred thousand such lines.
   */
  private static EmployerSpan span(String text, String where) {
    String company = text;
    String until = trailingDate(company, " until ");
    if (until != null) {
      company = company.substring(0, company.length() - " until ".length() - DATE_LENGTH);
    }
    String from = trailingDate(company, " from ");
    if (from != null) {
      company = company.substring(0, company.length() - " from ".length() - DATE_LENGTH);
    }
    if (company.isBlank() || brokenDate(" " + company)) {
      throw new InvalidDataException(
          where,
          "employer line '"
              + Limits.abbreviate(text)
              + "' is not 'Company', 'Company until YYYY-MM-DD', 'Company from YYYY-MM-DD' or "
              + "'Company from YYYY-MM-DD until YYYY-MM-DD'",
          null);
    }
    try {
      return EmployerSpan.of(company.strip(), date(from, where), date(until, where));
    } catch (InvalidDataException e) {
      throw new InvalidDataException(where, e.getMessage(), e);
    }
  }

  private static final int DATE_LENGTH = 10;

  /** The {@code YYYY-MM-DD} that ends the text after {@code word}, or null. */
  private static String trailingDate(String text, String word) {
    int start = text.length() - DATE_LENGTH;
    if (start < word.length() + 1 || !text.startsWith(word, start - word.length())) {
      return null;
    }
    for (int i = 0; i < DATE_LENGTH; i++) {
      char c = text.charAt(start + i);
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return null;
      }
    }
    return text.substring(start);
  }

  /** Whether a word {@code from} or {@code until} followed by a digit is left: a malformed date. */
  private static boolean brokenDate(String company) {
    for (String word : new String[] {" from ", " until "}) {
      for (int at = company.indexOf(word); at >= 0; at = company.indexOf(word, at + 1)) {
        int next = at + word.length();
        if (next < company.length() && company.charAt(next) >= '0' && company.charAt(next) <= '9') {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<LocalDate> date(String text, String where) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(text, 0, 4, 10);
      if (year < Limits.MIN_YEAR || year > Limits.MAX_YEAR) {
        throw new InvalidDataException(
            where,
            "date " + text + " is outside the years " + Limits.MIN_YEAR + " to " + Limits.MAX_YEAR,
            null);
      }
      return Optional.of(
          LocalDate.of(year, Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10)));
    } catch (DateTimeException e) {
      throw new InvalidDataException(
          where, "date '" + text + "' is not a day of the calendar " + "(YYYY-MM-DD)", e);
    }
  }

  private static Developer developer(Header header, List<EmployerSpan> spans, String file) {
    if (spans.isEmpty()) {
      throw new InvalidDataException(
          header.where,
          "developer '"
              + Limits.abbreviate(header.login)
              + "' has no employer line (expected indented lines such as '\\tCompany until "
              + "YYYY-MM-DD')",
          null);
    }
    try {
      return Developer.builder()
          .login(header.login)
          .emails(header.emails)
          .employers(spans)
          .origin(header.where)
          .build();
    } catch (InvalidDataException e) {
      throw new InvalidDataException(header.where, e.getMessage(), e);
    }
  }

  /** {@return the developers, in file order} */
  public ImmutableList<Developer> developers() {
    return developers;
  }

  /** {@return the names of the files read, in order} */
  public ImmutableList<String> files() {
    return files;
  }

  /**
   * {@return one address rule per address and employer span, in file order, each with its origin
   * ({@code "developers_affiliations1.txt:8"}): a span without {@code from} that follows another
   * starts where that one ended, so every rule states its own days} An address listed by two
   * developers gets both developers' rules; {@link AffiliationDirectory#overlaps()} reports where
   * they disagree, and the first in file order wins.
   */
  public ImmutableList<Affiliation> affiliations() {
    ImmutableList.Builder<Affiliation> result = ImmutableList.builder();
    for (Developer developer : developers) {
      Optional<LocalDate> previousEnd = Optional.empty();
      for (EmployerSpan span : developer.employers()) {
        Optional<LocalDate> from = span.from().isPresent() ? span.from() : previousEnd;
        for (String email : developer.emails()) {
          Affiliation.Builder rule =
              Affiliation.builder()
                  .kind(Affiliation.Kind.ADDRESS)
                  .key(email)
                  .organization(span.organization())
                  .from(from)
                  .until(span.until());
          developer.origin().ifPresent(rule::origin);
          result.add(rule.build());
        }
        previousEnd = span.until();
      }
    }
    return result.build();
  }

  /**
   * {@return each developer as the contribution module's {@link
   * dev.stackholder.contribution.Identity}: the login as the name, the addresses in file order (the
   * first is the canonical one), for {@link AffiliationDirectory#withIdentities}} A login with
   * several entries gives several identities, as the file lists them.
   */
  public ImmutableList<dev.stackholder.contribution.Identity> identities() {
    ImmutableList.Builder<dev.stackholder.contribution.Identity> result = ImmutableList.builder();
    for (Developer developer : developers) {
      result.add(dev.stackholder.contribution.Identity.of(developer.login(), developer.emails()));
    }
    return result.build();
  }

  /**
   * {@return a directory of these rules alone, no aliases, under a policy}
   *
   * @param policy the tool whose rules apply (how unknown authors are named)
   */
  public AffiliationDirectory directory(AttributionPolicy policy) {
    return AffiliationDirectory.of(policy, Map.of(), affiliations());
  }

  @Override
  public String toString() {
    return "DevelopersAffiliations{" + files + ", " + developers.size() + " developers}";
  }

  private record Header(String login, List<String> emails, String where) {}
}
