package dev.stackholder.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.users.Visit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module behaves as Jackson's own datatype modules do: named after its artifact, it changes how
 * Stackholder's types are read and written and leaves the user's own types to the user's mapper;
 * the strict reading of every value is {@link StackholderJson#mapper()}'s alone.
 */
class StackholderModuleTest {
  private static final Source DATED =
      Source.builder()
          .document("000_6cb65ebcd6c07861.txt")
          .title("Chinese WeChat is powered by OpenStack")
          .date(LocalDate.of(2017, 11, 6))
          .build();
  private static final Visit VISIT =
      new Visit(LocalDate.of(2012, 8, 28), Optional.empty(), new BigDecimal("10.0"));

  /** A date as an array and a decimal with 40 places: Jackson's defaults read both. */
  private static final String LENIENT_VISIT =
      "{\"day\":[2012,8,28],\"note\":null,\"amount\":0.0000000000000000000000000000000000000001}";

  @BeforeAll
  static void openTheUsersPackageToJackson() {
    // Under Surefire the tests are patched into core's module, the user's package with them: a
    // user's own module would open it so. On the class path this does nothing.
    Module tests = StackholderModuleTest.class.getModule();
    if (tests.isNamed()) {
      tests.addOpens(Visit.class.getPackageName(), ObjectMapper.class.getModule());
    }
  }

  /** The modules Stackholder's types are made of, without Stackholder's: what the user had. */
  private static ObjectMapper without() {
    return new ObjectMapper()
        .registerModules(new JavaTimeModule(), new Jdk8Module(), new GuavaModule());
  }

  private static ObjectMapper with() {
    return without().registerModule(StackholderJson.module());
  }

  @Test
  void itsNameIsItsArtifacts() {
    StackholderModule module = (StackholderModule) StackholderJson.module();
    assertThat(module.getModuleName()).isEqualTo("stackholder-core");
    assertThat(module.version().getGroupId()).isEqualTo("dev.stackholder");
    assertThat(module.version().getArtifactId()).isEqualTo("stackholder-core");
    assertThat(module.version().toString())
        .startsWith(System.getProperty("stackholder.expectedVersion", ""));
  }

  @Test
  void theUsersOwnTypesAreWrittenAsTheirMapperSays() throws Exception {
    String expected = without().writeValueAsString(VISIT);
    assertThat(expected).contains("[2012,8,28]").contains("\"note\":null");
    assertThat(with().writeValueAsString(VISIT)).isEqualTo(expected);
    assertThat(with().writeValueAsString(LocalDate.of(2012, 8, 28))).isEqualTo("[2012,8,28]");
  }

  @Test
  void theUsersOwnTypesAreReadAsTheirMapperSays() throws Exception {
    Visit lenient = without().readValue(LENIENT_VISIT, Visit.class);
    assertThat(with().readValue(LENIENT_VISIT, Visit.class)).isEqualTo(lenient);
    assertThat(with().readValue("[2012,8,28]", LocalDate.class))
        .isEqualTo(LocalDate.of(2012, 8, 28));
  }

  @Test
  void stackholdersTypesAreWrittenWithIsoDatesAndNoAbsentValues() throws Exception {
    ObjectMapper own = with();
    assertThat(own.writeValueAsString(DATED))
        .isEqualTo(StackholderJson.write(DATED))
        .contains("\"date\":\"2017-11-06\"")
        .doesNotContain("null");
    Source bare = Source.of("000_6cb65ebcd6c07861.txt", "Chinese WeChat is powered by OpenStack");
    assertThat(own.writeValueAsString(bare))
        .isEqualTo(StackholderJson.write(bare))
        .doesNotContain("null");
    assertThat(own.readValue(own.writeValueAsString(DATED), Source.class)).isEqualTo(DATED);
  }

  @Test
  void stackholdersTypesAreReadStrictlyInTheUsersMapper() {
    String arrayDate = "{\"document\":\"a.txt\",\"title\":\"A\",\"date\":[2017,11,6]}";
    assertThat(catchingWithout(arrayDate))
        .as("Jackson alone reads the array")
        .isEqualTo(
            Source.builder().document("a.txt").title("A").date(LocalDate.of(2017, 11, 6)).build());
    assertThatThrownBy(() -> with().readValue(arrayDate, Source.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("expected a date such as \"2012-09-27\", found an array");
  }

  @Test
  void theSharedMapperIsStrictForEveryValue() {
    assertThatThrownBy(() -> StackholderJson.read(LENIENT_VISIT, Visit.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("found an array");
    assertThatThrownBy(() -> StackholderJson.read("[2012,8,28]", LocalDate.class))
        .isInstanceOf(InvalidDataException.class);
    assertThat(StackholderJson.write(VISIT)).isEqualTo("{\"day\":\"2012-08-28\",\"amount\":10.0}");
  }

  private static Source catchingWithout(String json) {
    try {
      return without().readValue(json, Source.class);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
