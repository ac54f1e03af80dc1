package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyDirectoryTest {
  private static final Company EXAMPLE = Company.builder().name("Example")
      .addDomains("example.com").addAliases("Example Inc.").build();
  private static final Company LABS = Company.of("Example Labs", "labs.example.com");
  private static final Company OTHER = Company.builder().name("Other")
      .addDomains("example.com", "other.org").addAliases("EXAMPLE INC.").build();
  private static final CompanyDirectory DIRECTORY = CompanyDirectory.of(List.of(EXAMPLE, LABS, OTHER));

  @Test
  void longestDomainSuffixWins() {
    assertThat(DIRECTORY.findCompanyByEmail("a@example.com")).hasValue(EXAMPLE);
    assertThat(DIRECTORY.findCompanyByEmail("a@mail.example.com")).hasValue(EXAMPLE);
    assertThat(DIRECTORY.findCompanyByEmail("a@labs.example.com")).hasValue(LABS);
    assertThat(DIRECTORY.findCompanyByEmail("a@x.labs.example.com")).hasValue(LABS);
    assertThat(DIRECTORY.findCompanyByEmail("A@LABS.Example.COM")).hasValue(LABS);
  }

  @Test
  void onlyWholeLabelsMatch() {
    assertThat(DIRECTORY.findCompanyByEmail("a@notexample.com")).isEmpty();
    assertThat(DIRECTORY.findCompanyByEmail("a@com")).isEmpty();
    assertThat(DIRECTORY.findCompanyByEmail("example.com")).isEmpty();
  }

  @Test
  void theFirstCompanyListedWinsAConflict() {
    assertThat(DIRECTORY.findCompanyByEmail("a@example.com")).hasValue(EXAMPLE);
    assertThat(DIRECTORY.findCompany("example inc.")).hasValue(EXAMPLE);
    assertThat(DIRECTORY.findCompanyByEmail("a@other.org")).hasValue(OTHER);
  }

  @Test
  void aliasesMatchIgnoringCaseAndBlanks() {
    assertThat(DIRECTORY.findCompany("  EXAMPLE LABS ")).hasValue(LABS);
    assertThat(DIRECTORY.findCompany("Example")).hasValue(EXAMPLE);
    assertThat(DIRECTORY.findCompany("Examples")).isEmpty();
  }

  @Test
  void resolveChoosesByTheAtSign() {
    assertThat(DIRECTORY.findCompanyOf("other@other.org")).hasValue(OTHER);
    assertThat(DIRECTORY.findCompanyOf("other")).hasValue(OTHER);
    assertThat(DIRECTORY.employerOf("x@gmail.com")).isEqualTo("x@gmail.com");
    assertThat(DIRECTORY.employerOf("Jane Doe")).isEqualTo("Jane Doe");
  }

  @Test
  void companiesValidateTheirDomains() {
    assertThatThrownBy(() -> Company.of("Bad", "@bad.com"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Company 'Bad' has domain '@bad.com', expected a lower-case domain such as "
            + "'redhat.com'");
    assertThatThrownBy(() -> Company.of(" ", "bad.com"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Company name is blank");
  }
}
