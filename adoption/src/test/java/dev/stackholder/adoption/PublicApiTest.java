package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.adoption.community.CommunityCatalog;
import dev.stackholder.adoption.community.Event;
import dev.stackholder.adoption.community.EventStop;
import dev.stackholder.adoption.community.LecturerCheck;
import dev.stackholder.adoption.community.MemberEstimate;
import dev.stackholder.adoption.community.UserGroup;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of the public API: builders where users construct, none where the library computes. */
class PublicApiTest {
  private static final List<Class<?>> BUILT_BY_USERS =
      List.of(
          ActiveUserList.class,
          AdoptionCatalog.class,
          CaseStudy.class,
          Deployment.class,
          Scale.class,
          AnnualSaving.class,
          Award.class,
          CostReduction.class,
          LeadTime.class,
          UsersServed.class,
          CommunityCatalog.class,
          Event.class,
          EventStop.class,
          MemberEstimate.class,
          UserGroup.class);

  @Test
  void typesUsersConstructHaveAPublicBuilderOnTheAbstractType()
      throws ReflectiveOperationException {
    for (Class<?> type : BUILT_BY_USERS) {
      Method builder = type.getMethod("builder");
      assertThat(Modifier.isStatic(builder.getModifiers()))
          .as("%s.builder() is static", type)
          .isTrue();
      Class<?> builderType = builder.getReturnType();
      assertThat(builderType.getEnclosingClass())
          .as("%s.builder() returns %s.Builder", type, type)
          .isEqualTo(type);
      assertThat(Modifier.isPublic(builderType.getModifiers())).isTrue();
      assertThat(builderType.getMethod("build").getReturnType())
          .as("%s.Builder.build()", type)
          .isEqualTo(type);
    }
  }

  @Test
  void valuesWithFewFieldsHaveFactories() throws ReflectiveOperationException {
    assertThat(Count.class.getMethod("of", long.class, Approximation.class).getReturnType())
        .isEqualTo(Count.class);
    assertThat(
            Availability.class
                .getMethod("of", java.math.BigDecimal.class, Approximation.class)
                .getReturnType())
        .isEqualTo(Availability.class);
  }

  @Test
  void computedResultsHaveNoPublicBuilder() {
    assertThat(Arrays.stream(LecturerCheck.class.getMethods()).map(Method::getName))
        .doesNotContain("builder", "of");
  }

  @Test
  void generatedImplementationsAreNotPublic() throws ClassNotFoundException {
    for (Class<?> type : BUILT_BY_USERS) {
      Class<?> generated =
          Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      assertThat(Modifier.isPublic(generated.getModifiers()))
          .as("%s is public", generated)
          .isFalse();
    }
    for (Class<?> type : List.of(Count.class, Availability.class, LecturerCheck.class)) {
      Class<?> generated =
          Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      assertThat(Modifier.isPublic(generated.getModifiers()))
          .as("%s is public", generated)
          .isFalse();
    }
  }
}
