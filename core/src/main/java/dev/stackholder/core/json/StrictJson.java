package dev.stackholder.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import dev.stackholder.core.Limits;
import dev.stackholder.core.internal.RoundingJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The strict readers the {@link StackholderModule} puts in place of Jackson's lenient ones (for the
 * properties of Stackholder's types, and everywhere in {@link StackholderJson#mapper()}): dates,
 * years, year-months, date-times, instants and durations only from their ISO-8601 strings (never
 * from numbers, arrays, or a date-time where a date belongs), with four-digit years within {@link
 * Limits#MIN_YEAR} and {@link Limits#MAX_YEAR}; and decimals within {@link Limits#isWithinLimits};
 * URIs only from strings. Each text is matched against a bounded pattern before it is parsed, so a
 * hostile value costs no more than a valid one.
 */
final class StrictJson {
  private StrictJson() {}

  /** {@return the strict reader of each type it covers} */
  static Map<Class<?>, JsonDeserializer<?>> byType() {
    ByType deserializers = new ByType();
    deserializers.addDeserializer(
        LocalDate.class,
        new TimeDeserializer<>(
            LocalDate.class,
            "a date such as \"2012-09-27\"",
            "\\d{4}-\\d{2}-\\d{2}",
            LocalDate::parse,
            date -> date.getYear()));
    deserializers.addDeserializer(
        YearMonth.class,
        new TimeDeserializer<>(
            YearMonth.class,
            "a year and month such as \"2012-09\"",
            "\\d{4}-\\d{2}",
            YearMonth::parse,
            YearMonth::getYear));
    deserializers.addDeserializer(
        Year.class,
        new TimeDeserializer<>(
            Year.class,
            "a year such as \"2012\"",
            "\\d{4}",
            text -> Year.of(Integer.parseInt(text)),
            Year::getValue));
    deserializers.addDeserializer(
        LocalDateTime.class,
        new TimeDeserializer<>(
            LocalDateTime.class,
            "a date-time such as \"2012-09-27T13:45:00\"",
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?",
            LocalDateTime::parse,
            LocalDateTime::getYear));
    deserializers.addDeserializer(
        Instant.class,
        new TimeDeserializer<>(
            Instant.class,
            "an instant such as \"2012-09-27T13:45:00Z\"",
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?Z",
            Instant::parse,
            instant -> instant.atOffset(ZoneOffset.UTC).getYear()));
    // A duration's fields are bounded by its length: at most 60 characters of ISO-8601.
    deserializers.addDeserializer(
        Duration.class,
        new TimeDeserializer<>(
            Duration.class,
            "a duration such as \"P14D\" or \"PT30M\"",
            "[-+]?P(?=.)(?:[-+]?\\d{1,15}D)?(?:T(?=.)(?:[-+]?\\d{1,15}H)?(?:[-+]?\\d{1,15}M)?"
                + "(?:[-+]?\\d{1,15}(?:[.,]\\d{1,9})?S)?)?",
            Duration::parse,
            duration -> Limits.MIN_YEAR));
    deserializers.addDeserializer(BigDecimal.class, new DecimalDeserializer());
    deserializers.addDeserializer(URI.class, new UriDeserializer());
    deserializers.addDeserializer(java.math.RoundingMode.class, new RoundingJson.RoundingReader());
    return deserializers.build();
  }

  /** Collects the readers in a fixed order. */
  private static final class ByType {
    private final LinkedHashMap<Class<?>, JsonDeserializer<?>> map = new LinkedHashMap<>();

    <T> void addDeserializer(Class<T> type, JsonDeserializer<? extends T> deserializer) {
      map.put(type, deserializer);
    }

    Map<Class<?>, JsonDeserializer<?>> build() {
      return Collections.unmodifiableMap(map);
    }
  }

  /**
   * {@return whether the text matches {@code \d{4}-\d{2}-\d{2}} (ASCII digits, as {@code \d} is)}
   */
  static boolean isIsoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A java.time value read only from its ISO-8601 string.
   *
   * @param <T> the java.time type
   */
  private static final class TimeDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final transient Predicate<String> shape;
    private final transient Function<String, T> parse;
    private final transient Function<T, Integer> year;

    TimeDeserializer(
        Class<T> type,
        String expected,
        String pattern,
        Function<String, T> parse,
        Function<T, Integer> year) {
      super(type);
      this.expected = expected;
      // A date, the commonest by far, is checked by a loop: a matcher per date was a noticeable
      // part
      // of reading the built-in data. The same test as its pattern.
      this.shape =
          type == LocalDate.class
              ? StrictJson::isIsoDate
              : Pattern.compile(pattern).asMatchPredicate();
      this.parse = parse;
      this.year = year;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return fail(ctxt, "expected %s, found %s", expected, found(p));
      }
      String text = p.getText();
      // Bounded pattern first: a 10 MB string is refused by its length, not parsed.
      if (text.length() > 64 || !shape.test(text)) {
        return fail(ctxt, "'%s' is not %s", Limits.abbreviate(text), expected);
      }
      T value;
      try {
        value = parse.apply(text);
      } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
        return fail(ctxt, "'%s' is not %s (%s)", text, expected, e.getMessage());
      }
      int y = year.apply(value);
      if (y < Limits.MIN_YEAR || y > Limits.MAX_YEAR) {
        return fail(
            ctxt, "'%s' has year %d, expected %d to %d", text, y, Limits.MIN_YEAR, Limits.MAX_YEAR);
      }
      return value;
    }

    /** What the document has instead, in its own words: {@code 2022}, {@code an array}. */
    static String found(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.START_ARRAY) {
        return "an array";
      }
      if (token == JsonToken.START_OBJECT) {
        return "an object";
      }
      return token == null ? "nothing" : Limits.abbreviate(p.getText());
    }

    @SuppressWarnings("unchecked")
    private T fail(DeserializationContext ctxt, String format, Object... args) throws IOException {
      return (T) ctxt.reportInputMismatch(this, format, args);
    }
  }

  /** A URI only from a string: Jackson's own reads {@code true} as the relative URI "true". */
  private static final class UriDeserializer extends StdScalarDeserializer<URI> {
    private static final long serialVersionUID = 1L;

    UriDeserializer() {
      super(URI.class);
    }

    @Override
    public URI deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING || p.getText().isEmpty()) {
        return (URI)
            ctxt.reportInputMismatch(
                this,
                "expected a URI such as \"https://example.org\", " + "found %s",
                TimeDeserializer.found(p));
      }
      try {
        return new URI(p.getText());
      } catch (URISyntaxException e) {
        return (URI)
            ctxt.reportInputMismatch(
                this, "'%s' is not a URI: %s", Limits.abbreviate(p.getText()), e.getReason());
      }
    }
  }

  /** Jackson's decimal reading (with the mapper's coercion rules), then {@link Limits}. */
  private static final class DecimalDeserializer
      extends NumberDeserializers.BigDecimalDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal value = super.deserialize(p, ctxt);
      if (value != null && !Limits.isWithinLimits(value)) {
        return (BigDecimal)
            ctxt.reportInputMismatch(
                this,
                "number %s is beyond Stackholder's limits: at most %d digits before the decimal point "
                    + "and %d after it",
                Limits.describe(value),
                Limits.MAX_INTEGER_DIGITS,
                Limits.MAX_DECIMAL_SCALE);
      }
      return value;
    }
  }
}
