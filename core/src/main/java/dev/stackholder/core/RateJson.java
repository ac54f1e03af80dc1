package dev.stackholder.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An exchange rate's JSON form: the rate as a plain string, {@code "0.1481"}, as money amounts are,
 * so that no reader loses a digit (a JSON number is still read). Named by {@link ExchangeRate}'s
 * Jackson annotations; Jackson reaches these classes because this package is open to it. Stateless,
 * thread-safe.
 */
final class RateJson {
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,60}(?:\\.[0-9]{1,60})?");

  private RateJson() {}

  /** Writes a decimal as a plain string, every digit and the scale kept. */
  static final class AsText extends StdScalarSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    /** For Jackson. */
    AsText() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toPlainString());
    }
  }

  /** Reads a decimal from a plain string such as {@code "0.1481"}, or from a JSON number. */
  static final class FromText extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    /** For Jackson. */
    FromText() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal value;
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String text = p.getText().trim();
        if (!DECIMAL.matcher(text).matches()) {
          return (BigDecimal)
              ctxt.reportInputMismatch(
                  this, "'%s' is not a decimal such as \"0.1481\"", Limits.abbreviate(p.getText()));
        }
        value = new BigDecimal(text);
      } else if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
          || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
        value = p.getDecimalValue();
      } else {
        return (BigDecimal)
            ctxt.reportInputMismatch(
                this, "expected a decimal such as \"0.1481\", found %s", p.currentToken());
      }
      if (!Limits.isWithinLimits(value)) {
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
