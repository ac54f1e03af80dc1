package dev.stackholder.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.stackholder.core.internal.RoundingJson;
import dev.stackholder.core.internal.StackholderVersion;
import dev.stackholder.core.internal.StrictMappers;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The Jackson set-up Stackholder's types need, as a {@link Module} for a mapper of your own: {@code
 * mapper.registerModule(StackholderJson.module())}, or {@code findAndRegisterModules()} (the module
 * is listed in {@code META-INF/services}), or Spring Boot's auto-configuration.
 *
 * <p>Like Jackson's own datatype modules it changes how its types are handled and nothing else in
 * your mapper. Its name is its artifact's, {@code stackholder-core}, and {@link #version()} the
 * Stackholder build's. It registers the modules Stackholder's types are made of (Java time, {@code
 * Optional}, Guava collections) and Joda-Money ({@link MoneyJson}: {@code {"amount": "200000.00",
 * "currency": "USD"}}, as jackson-datatype-joda-money would). Then, for the properties of
 * Stackholder's own types (classes in {@code dev.stackholder} packages) only: dates and durations
 * are written as ISO-8601 strings whatever your mapper's {@code WRITE_DATES_AS_TIMESTAMPS} says, an
 * absent {@code Optional} is left out instead of written as {@code null}, and dates, years and
 * durations are read only from their ISO-8601 strings (four-digit years) and decimals only within
 * {@link dev.stackholder.core.Limits}. A {@code LocalDate}, {@code Optional} or {@code BigDecimal}
 * of your own types is read and written as your mapper says.
 *
 * <p>The stricter rules for every value (no coercion of wrong types, no nulls, duplicate keys
 * refused) are mapper features a module cannot and should not set: {@link StackholderJson#mapper()}
 * has them.
 *
 * <p>Immutable and thread-safe.
 */
public final class StackholderModule extends Module {
  private static final Version VERSION =
      VersionUtil.parseVersion(StackholderVersion.get(), "dev.stackholder", "stackholder-core");

  /** The java.time types written as ISO-8601 text in Stackholder's types. */
  private static final Set<Class<?>> TIME_TYPES =
      Set.of(
          LocalDate.class,
          LocalDateTime.class,
          Instant.class,
          Year.class,
          YearMonth.class,
          Duration.class);

  private static final Set<Class<?>> OPTIONAL_TYPES =
      Set.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  /** Public for {@link java.util.ServiceLoader}; prefer {@link StackholderJson#module()}. */
  public StackholderModule() {}

  /** {@return {@code stackholder-core}, the artifact the module comes from} */
  @Override
  public String getModuleName() {
    return VERSION.getArtifactId();
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new JavaTimeModule(), new Jdk8Module(), new GuavaModule(), MoneyJson.module());
  }

  private static final RoundingJson.RoundingWriter ROUNDING_AS_ID =
      new RoundingJson.RoundingWriter();

  @Override
  public void setupModule(SetupContext context) {
    Map<Class<?>, JsonDeserializer<?>> strict = StrictJson.byType();
    context.addBeanDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription description,
              JsonDeserializer<?> deserializer) {
            JsonDeserializer<?> own = strict.get(description.getBeanClass());
            return own == null ? deserializer : new ScopedDeserializer(deserializer, own);
          }

          @Override
          public JsonDeserializer<?> modifyEnumDeserializer(
              DeserializationConfig config,
              com.fasterxml.jackson.databind.JavaType type,
              BeanDescription description,
              JsonDeserializer<?> deserializer) {
            JsonDeserializer<?> own = strict.get(type.getRawClass());
            return own == null ? deserializer : new ScopedDeserializer(deserializer, own);
          }
        });
    context.addBeanSerializerModifier(
        new BeanSerializerModifier() {
          @Override
          public List<BeanPropertyWriter> changeProperties(
              SerializationConfig config,
              BeanDescription description,
              List<BeanPropertyWriter> properties) {
            if (!isStackholders(description.getBeanClass())) {
              return properties;
            }
            properties.replaceAll(
                writer ->
                    writer.getClass() == BeanPropertyWriter.class
                            && OPTIONAL_TYPES.contains(writer.getType().getRawClass())
                        ? new LeaveOutAbsent(writer)
                        : writer);
            // Rounding modes are ids like every other: "half-up", not Java's "HALF_UP".
            for (BeanPropertyWriter writer : properties) {
              if (writer.getType().getRawClass() == java.math.RoundingMode.class
                  && !writer.hasSerializer()) {
                @SuppressWarnings("unchecked")
                JsonSerializer<Object> asId =
                    (JsonSerializer<Object>) (JsonSerializer<?>) ROUNDING_AS_ID;
                writer.assignSerializer(asId);
              }
            }
            return properties;
          }

          @Override
          public JsonSerializer<?> modifySerializer(
              SerializationConfig config,
              BeanDescription description,
              JsonSerializer<?> serializer) {
            return TIME_TYPES.contains(description.getBeanClass())
                ? new ScopedTimeSerializer(serializer)
                : serializer;
          }
        });
  }

  /** Whether a class is one of Stackholder's (its generated Immutables classes included). */
  static boolean isStackholders(Class<?> type) {
    return type.getName().startsWith("dev.stackholder.");
  }

  /** Whether a property belongs to one of Stackholder's types. */
  private static boolean isStackholders(BeanProperty property) {
    if (property == null) {
      return false;
    }
    AnnotatedMember member = property.getMember();
    return member != null && isStackholders(member.getDeclaringClass());
  }

  /** Whether the mapper is {@link StackholderJson#mapper()} (or one set up the same way). */
  private static boolean strictEverywhere(ContextAttributes attributes) {
    return Boolean.TRUE.equals(attributes.getAttribute(StrictMappers.STRICT_EVERYWHERE));
  }

  /**
   * Jackson's reader for a type (or the one your mapper brought), replaced by Stackholder's strict
   * one where the value is a property of a Stackholder type. The choice is made once per property,
   * when Jackson contextualizes its readers, so reading costs nothing extra.
   */
  private static final class ScopedDeserializer extends StdDeserializer<Object>
      implements ContextualDeserializer, ResolvableDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient JsonDeserializer<?> lenient;
    private final transient JsonDeserializer<?> strict;

    ScopedDeserializer(JsonDeserializer<?> lenient, JsonDeserializer<?> strict) {
      super(strict.handledType());
      this.lenient = lenient;
      this.strict = strict;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      boolean own = isStackholders(property) || strictEverywhere(ctxt.getConfig().getAttributes());
      return ctxt.handleSecondaryContextualization(
          own ? strict : lenient, property, ctxt.constructType(handledType()));
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      if (lenient instanceof ResolvableDeserializer resolvable) {
        resolvable.resolve(ctxt);
      }
    }

    @Override
    public LogicalType logicalType() {
      return lenient.logicalType();
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return lenient.deserialize(p, ctxt);
    }
  }

  /**
   * Jackson's writer for a java.time type, replaced by ISO-8601 text where the value is a property
   * of a Stackholder type, so Stackholder's documents read back whatever the user's mapper writes
   * for its own dates.
   */
  private static final class ScopedTimeSerializer extends StdSerializer<Object>
      implements ContextualSerializer {
    private static final long serialVersionUID = 1L;

    private final transient JsonSerializer<?> own;

    ScopedTimeSerializer(JsonSerializer<?> own) {
      super(Object.class);
      this.own = own;
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider prov, BeanProperty property)
        throws JsonMappingException {
      // StackholderJson.mapper() writes every date as text through its configuration already.
      if (isStackholders(property) && !strictEverywhere(prov.getConfig().getAttributes())) {
        return IsoText.INSTANCE;
      }
      return prov.handleSecondaryContextualization(own, property);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      ((JsonSerializer<Object>) own).serialize(value, gen, provider);
    }
  }

  /** A java.time value as its ISO-8601 text, as Jackson writes it in the string shape. */
  private static final class IsoText extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    static final IsoText INSTANCE = new IsoText();

    IsoText() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(
          value instanceof LocalDateTime dateTime
              ? DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime)
              : value.toString());
    }
  }

  /** A property writer that leaves an absent {@code Optional} out rather than writing null. */
  private static final class LeaveOutAbsent extends BeanPropertyWriter {
    private static final long serialVersionUID = 1L;

    LeaveOutAbsent(BeanPropertyWriter base) {
      super(base);
    }

    LeaveOutAbsent(BeanPropertyWriter base, PropertyName name) {
      super(base, name);
    }

    @Override
    protected BeanPropertyWriter _new(PropertyName newName) {
      return new LeaveOutAbsent(this, newName);
    }

    @Override
    public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov)
        throws Exception {
      if (!isAbsent(get(bean))) {
        super.serializeAsField(bean, gen, prov);
      }
    }

    private static boolean isAbsent(Object value) {
      return value instanceof Optional<?> o && o.isEmpty()
          || value instanceof OptionalInt i && i.isEmpty()
          || value instanceof OptionalLong l && l.isEmpty()
          || value instanceof OptionalDouble d && d.isEmpty();
    }
  }
}
