package dev.stackholder.core.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.stackholder.core.Limits;
import dev.stackholder.core.json.StackholderJson;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The strict reading rules of {@link StackholderJson#mapper()}, for any Jackson mapper (the YAML
 * readers use them too): the {@link Limits} as {@link StreamReadConstraints}, duplicate keys
 * refused, no coercion of wrong types, no null inside a collection, unknown properties ignored.
 *
 * <p>Stateless and thread-safe.
 */
public final class StrictMappers {
  /**
   * The mapper attribute that tells {@link dev.stackholder.core.json.StackholderModule} to apply
   * its strict readers to every value, not only to the properties of Stackholder's types.
   */
  public static final String STRICT_EVERYWHERE = "dev.stackholder.strict-everywhere";

  private StrictMappers() {}

  /** {@return the {@link Limits} as Jackson's stream constraints, for a factory's builder} */
  public static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(Limits.MAX_DOCUMENT_LENGTH)
        .maxStringLength(Limits.MAX_STRING_LENGTH)
        .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
        .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
        .maxNameLength(Limits.MAX_QUOTED_LENGTH * 10)
        .build();
  }

  /**
   * Applies the strict rules to a mapper builder (whose factory should have {@link
   * #constraints()}).
   *
   * @param textFromNumbers whether a number may be read where text belongs, as its text as written:
   *     YAML writes ids such as {@code release-id: 2023.1} unquoted; JSON never may
   * @param <M> the mapper type the builder builds
   * @param <B> the builder type
   * @param builder a new builder for a JSON or YAML mapper
   * @return the same builder, for chaining
   */
  public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B strict(
      B builder, boolean textFromNumbers) {
    builder
        .addModule(StackholderJson.module())
        // Stackholder's own mapper writes a rounding mode as an id wherever it stands; the module
        // alone does so only inside Stackholder's types, leaving a user's own enums alone.
        .addModule(
            new com.fasterxml.jackson.databind.module.SimpleModule("stackholder-rounding")
                .addSerializer(java.math.RoundingMode.class, new RoundingJson.RoundingWriter())
                .addDeserializer(java.math.RoundingMode.class, new RoundingJson.RoundingReader()))
        .defaultAttributes(
            ContextAttributes.getEmpty().withSharedAttribute(STRICT_EVERYWHERE, Boolean.TRUE))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // A decimal keeps its scale both ways: 0.0250 stays 0.0250 through a tree (Jackson strips
        // trailing zeros from a tree's decimals by default, so 10.0000 became 1E+1), and a decimal
        // is written plain, never in exponent notation.
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // A null is an error, not a value: not in a list or map, not for a field (where it would
        // silently become the default or an empty collection). The API has no nulls.
        .defaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL));
    // A null where a collection belongs is an error, not an empty collection: a silently
    // different value. (Guava's collections are the ones Stackholder's types expose.)
    for (Class<?> type :
        List.of(
            ImmutableList.class,
            ImmutableSet.class,
            ImmutableSortedSet.class,
            ImmutableMap.class,
            ImmutableSortedMap.class,
            ImmutableMultiset.class)) {
      builder.withConfigOverride(
          type, override -> override.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)));
    }
    // Every date as ISO-8601 text and every absent Optional left out, whoever's type holds it: what
    // the module does for Stackholder's own types only.
    JsonInclude.Value leaveOutAbsent =
        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, null);
    for (Class<?> type :
        List.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class)) {
      builder.withConfigOverride(type, override -> override.setIncludeAsProperty(leaveOutAbsent));
    }
    JsonFormat.Value asString = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);
    for (Class<?> type :
        List.of(
            LocalDate.class,
            LocalDateTime.class,
            Instant.class,
            Year.class,
            YearMonth.class,
            Duration.class)) {
      builder.withConfigOverride(type, override -> override.setFormat(asString));
    }
    // Wrong types are errors: "12" is not an integer, 12 is not a string, "" is not a value.
    for (LogicalType type :
        new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      builder.withCoercionConfig(
          type, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }
    // Nor is true a URI, nor 12 a currency: scalars read from text only from text.
    builder.withCoercionConfig(
        LogicalType.OtherScalar,
        config ->
            config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    if (!textFromNumbers) {
      builder.withCoercionConfig(
          LogicalType.Textual,
          config ->
              config
                  .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                  .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                  .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
    builder.withCoercionConfigDefaults(
        config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    return builder;
  }
}
