package dev.stackholder.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.stackholder.core.internal.StackholderVersion;
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
 * The Jackson set-up Stackholder's types need, as a {@link Module} for a mapper of your own:
 * {@code mapper.registerModule(StackholderJson.module())}, or {@code findAndRegisterModules()}
 * (the module is listed in {@code META-INF/services}), or Spring Boot's auto-configuration.
 *
 * <p>It registers Java time, {@code Optional}, Guava collections and Joda-Money (amounts as
 * decimal strings, see {@link MoneyJson}: {@code {"amount": "200000.00", "currency": "USD"}}), and writes dates and
 * durations as ISO-8601 strings whatever the mapper's {@code WRITE_DATES_AS_TIMESTAMPS} says, and
 * leaves absent {@code Optional}s out instead of writing {@code null}. It reads dates, years and
 * durations only from their ISO-8601 strings (four-digit years), and decimals only within
 * {@link dev.stackholder.core.Limits}.
 * The strict reading rules (no coercion of wrong types) are mapper features a module cannot set;
 * {@link StackholderJson#mapper()} has them.
 *
 * <p>{@link #version()} is the Stackholder build's version. Thread-safe.
 */
public final class StackholderModule extends Module {
  private static final Version VERSION =
      VersionUtil.parseVersion(StackholderVersion.get(), "dev.stackholder", "stackholder-core");

  /** Public for {@link java.util.ServiceLoader}; prefer {@link StackholderJson#module()}. */
  public StackholderModule() {}

  @Override
  public String getModuleName() {
    return "stackholder";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(
        new JavaTimeModule(),
        new Jdk8Module(),
        new GuavaModule(),
        MoneyJson.module());
  }

  @Override
  public void setupModule(SetupContext context) {
    // An absent Optional is left out of the JSON rather than written as null; reading treats a
    // missing property as absent, so the round trip is still exact.
    JsonInclude.Value leaveOutAbsent = JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, null);
    for (Class<?> type : List.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class)) {
      context.configOverride(type).setIncludeAsProperty(leaveOutAbsent);
    }
    JsonFormat.Value asString = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);
    for (Class<?> type : List.of(LocalDate.class, LocalDateTime.class, Instant.class, Year.class,
        YearMonth.class, Duration.class)) {
      context.configOverride(type).setFormat(asString);
    }
    // Added after the dependencies, so these strict readers take the place of Jackson's own.
    context.addDeserializers(StrictJson.deserializers());
    // Rounding modes are ids like every other: "half-up", not Java's "HALF_UP".
    context.addSerializers(new com.fasterxml.jackson.databind.module.SimpleSerializers(
        List.of(new RoundingJson.RoundingWriter())));
  }
}
