package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyDirectoryTest {
  private static final Company EXAMPLE = ImmutableCompany.builder().name("Example")
      .addDomains("example.com").addAliases("Example Inc.").build();
  private static final Company LABS = Company.of("Example Labs", "labs.example.com");
  private static final Company OTHER = ImmutableCompany.builder().name("Other")
      .addDomains("example.com", "other.org").addAliases("EXAMPLE INC.").build();
  private static final CompanyDirectory DIRECTORY = CompanyDirectory.of(List.of(EXAMPLE, LABS, OTHER));

  @Test
  void longestDomainSuffixWins() {
    assertThat(DIRECTORY.byEmail("a@example.com")).hasValue(EXAMPLE);
    assertThat(DIRECTORY.byEmail("a@mail.example.com")).hasValue(EXAMPLE);
    assertThat(DIRECTORY.byEmail("a@labs.example.com")).hasValue(LABS);
    assertThat(DIRECTORY.byEmail("a@x.labs.example.com")).hasValue(LABS);
    assertThat(DIRECTORY.byEmail("A@LABS.Example.COM")).hasValue(LABS);
  }

  @Test
  void onlyWholeLabelsMatch() {
    assertThat(DIRECTORY.byEmail("a@notexample.com")).isEmpty();
    assertThat(DIRECTORY.byEmail("a@com")).isEmpty();
    assertThat(DIRECTORY.byEmail("example.com")).isEmpty();
  }

  @Test
  void theFirstCompanyListedWinsAConflict() {
    assertThat(DIRECTORY.byEmail("a@example.com")).hasValue(EXAMPLE);
    assertThat(DIRECTORY.byAffiliation("example inc.")).hasValue(EXAMPLE);
    assertThat(DIRECTORY.byEmail("a@other.org")).hasValue(OTHER);
  }

  @Test
  void aliasesMatchIgnoringCaseAndBlanks() {
    assertThat(DIRECTORY.byAffiliation("  EXAMPLE LABS ")).hasValue(LABS);
    assertThat(DIRECTORY.byAffiliation("Example")).hasValue(EXAMPLE);
    assertThat(DIRECTORY.byAffiliation("Examples")).isEmpty();
  }

  @Test
  void resolveChoosesByTheAtSign() {
    assertThat(DIRECTORY.resolve("other@other.org")).hasValue(OTHER);
    assertThat(DIRECTORY.resolve("other")).hasValue(OTHER);
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
