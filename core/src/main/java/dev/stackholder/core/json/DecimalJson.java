package dev.stackholder.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.stackholder.core.Limits;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * JSON forms that are ids or exact text rather than Jackson's defaults: a rounding mode as a
 * lower-case id ({@code "half-up"}, as every other id in Stackholder's JSON; the upper-case Java
 * name {@code "HALF_UP"} that earlier files carry is still read), and a decimal that must keep every
 * digit (an exchange rate) as a plain string, {@code "0.1481"}, as money amounts are (a number is
 * still read). Public only so that Jackson annotations in Stackholder's types can name these
 * classes; not an API. Stateless, thread-safe.
 */
public final class DecimalJson {
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,60}(?:\\.[0-9]{1,60})?");

  private DecimalJson() {}

  /**
   * {@return the JSON id of a rounding mode: {@code half-up} for {@code HALF_UP}}
   *
   * @param mode the rounding mode
   */
  public static String id(RoundingMode mode) {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Writes a decimal as a plain string, every digit and the scale kept. */
  public static final class AsText extends StdScalarSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    /** For Jackson. */
    public AsText() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toPlainString());
    }
  }

  /** Reads a decimal from a plain string such as {@code "0.1481"}, or from a JSON number. */
  public static final class FromText extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    /** For Jackson. */
    public FromText() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal value;
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String text = p.getText().trim();
        if (!DECIMAL.matcher(text).matches()) {
          return (BigDecimal) ctxt.reportInputMismatch(this, "'%s' is not a decimal such as \"0.1481\"",
              Limits.abbreviate(p.getText()));
        }
        value = new BigDecimal(text);
      } else if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
          || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
        value = p.getDecimalValue();
      } else {
        return (BigDecimal) ctxt.reportInputMismatch(this,
            "expected a decimal such as \"0.1481\", found %s", p.currentToken());
      }
      if (!Limits.isWithinLimits(value)) {
        return (BigDecimal) ctxt.reportInputMismatch(this,
            "number %s is beyond Stackholder's limits: at most %d digits before the decimal point "
                + "and %d after it", Limits.describe(value), Limits.MAX_INTEGER_DIGITS,
            Limits.MAX_DECIMAL_SCALE);
      }
      return value;
    }
  }

  /** Writes a rounding mode as its lower-case id. */
  static final class RoundingWriter extends StdScalarSerializer<RoundingMode> {
    private static final long serialVersionUID = 1L;

    RoundingWriter() {
      super(RoundingMode.class);
    }

    @Override
    public void serialize(RoundingMode value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(id(value));
    }
  }

  /** Reads a rounding mode from its id, {@code half-up}, or its Java name, {@code HALF_UP}. */
  static final class RoundingReader extends StdScalarDeserializer<RoundingMode> {
    private static final long serialVersionUID = 1L;

    RoundingReader() {
      super(RoundingMode.class);
    }

    @Override
    public RoundingMode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String text = p.getText();
        for (RoundingMode mode : RoundingMode.values()) {
          if (id(mode).equals(text) || mode.name().equals(text)) {
            return mode;
          }
        }
      }
      return (RoundingMode) ctxt.reportInputMismatch(this, "'%s' is not a rounding mode, expected one of "
          + "up, down, ceiling, floor, half-up, half-down, half-even",
          p.currentToken() == JsonToken.VALUE_STRING ? Limits.abbreviate(p.getText()) : p.currentToken());
    }
  }
}
