package dev.stackholder.contribution;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.NotFoundException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves an e-mail address or a free-text affiliation to a {@link Company}.
 *
 * <p>An address resolves by its domain, the longest matching suffix winning:
 * {@code someone@linux.vnet.ibm.com} is IBM's whether the directory lists {@code ibm.com} or
 * {@code linux.vnet.ibm.com}, and a company listing {@code a.example.com} wins over one listing
 * {@code example.com}. An affiliation resolves by a company's name or one of its aliases, compared
 * without regard to case or surrounding blanks. Where the directory gives a domain or name to two
 * companies (Stackalytics lists {@code taobao.com} under both Alibaba and Taobao) the first company
 * listed wins. Immutable and thread-safe.
 */
public final class CompanyDirectory {
  private final ImmutableList<Company> companies;
  private final Map<String, Company> byDomain = new HashMap<>();
  private final Map<String, Company> byName = new HashMap<>();

  private CompanyDirectory(ImmutableList<Company> companies) {
    this.companies = companies;
    for (Company company : companies) {
      for (String domain : company.domains()) {
        byDomain.putIfAbsent(domain, company);
      }
      byName.putIfAbsent(normalize(company.name()), company);
      for (String alias : company.aliases()) {
        byName.putIfAbsent(normalize(alias), company);
      }
    }
  }

  /**
   * {@return a directory of the given companies, in the given order (which settles conflicts)}
   *
   * @param companies the companies; where two claim a domain or name the earlier wins
   */
  public static CompanyDirectory of(Iterable<Company> companies) {
    return new CompanyDirectory(ImmutableList.copyOf(companies));
  }

  /** {@return the companies in the directory's order} */
  public ImmutableList<Company> companies() {
    return companies;
  }

  /**
   * The company of an e-mail address, by the longest domain suffix the directory knows.
   *
   * @param email e.g. {@code "someone@sina.com"}; the part after the last {@code @} is the domain
   * @return empty if the address has no {@code @} or no suffix of its domain is known
   */
  public Optional<Company> findCompanyByEmail(String email) {
    return Optional.ofNullable(companyByEmail(email));
  }

  private Company companyByEmail(String email) {
    int at = email.lastIndexOf('@');
    if (at < 0) {
      return null;
    }
    String domain = email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
    // Longest first: the whole domain, then each suffix after a dot.
    for (int start = 0; start >= 0 && start < domain.length();
        start = nextLabel(domain, start)) {
      Company company = byDomain.get(domain.substring(start));
      if (company != null) {
        return company;
      }
    }
    return null;
  }

  private static int nextLabel(String domain, int start) {
    int dot = domain.indexOf('.', start);
    return dot < 0 ? -1 : dot + 1;
  }

  /**
   * The company whose name or alias is the given one, ignoring case and surrounding blanks.
   *
   * @param nameOrAlias e.g. {@code "SINA"} or {@code "sina weibo fund"}
   * @return empty if no company has that name or alias
   */
  public Optional<Company> findCompany(String nameOrAlias) {
    return Optional.ofNullable(byName.get(normalize(nameOrAlias)));
  }

  /**
   * {@return the company whose name or alias is the given one, ignoring case and surrounding
   * blanks}
   *
   * @param nameOrAlias e.g. {@code "SINA"} or {@code "sina weibo fund"}
   * @throws NotFoundException (kind {@code "company"}) naming the name and the companies' names
   */
  public Company getCompany(String nameOrAlias) {
    return findCompany(nameOrAlias).orElseThrow(() -> new NotFoundException("company", nameOrAlias,
        companies.stream().map(Company::name).collect(ImmutableList.toImmutableList())));
  }

  /**
   * {@return the company of an author: by e-mail domain if the text contains {@code @}, else by
   * name or alias}
   *
   * @param emailOrAffiliation an author's e-mail address, or an affiliation as a source names it
   */
  public Optional<Company> findCompanyOf(String emailOrAffiliation) {
    return emailOrAffiliation.indexOf('@') >= 0 ? findCompanyByEmail(emailOrAffiliation)
        : findCompany(emailOrAffiliation);
  }

  /**
   * {@return the employer label of an author as gitdm would print it: the company's name if the
   * directory resolves the author, else the author as given (an unaffiliated address such as
   * {@code lemonlatte@gmail.com} stands for itself)}
   *
   * @param emailOrAffiliation an author's e-mail address, or an affiliation as a source names it
   */
  public String employerOf(String emailOrAffiliation) {
    Company company = emailOrAffiliation.indexOf('@') >= 0 ? companyByEmail(emailOrAffiliation)
        : byName.get(normalize(emailOrAffiliation));
    return company == null ? emailOrAffiliation : company.name();
  }

  private static String normalize(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "CompanyDirectory{" + companies.size() + " companies}";
  }
}
