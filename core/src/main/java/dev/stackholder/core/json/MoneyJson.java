package dev.stackholder.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.stackholder.core.Limits;
import java.io.IOException;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;

/**
 * Joda-Money in JSON: a {@link Money} is {@code {"amount": "200000.00", "currency": "USD"}} with
 * the amount a string, so no reader loses digits; a {@link CurrencyUnit} is its code, {@code
 * "USD"}.
 *
 * <p>Why not jackson-datatype-joda-money: its module descriptor requires a module {@code
 * joda.money} that no joda-money release provides (1.0.x is {@code org.joda.money}), so it cannot
 * be resolved on the module path; these two small classes write the same format.
 *
 * <p>Reading never rounds: an amount with more decimals than its currency allows is an error.
 */
final class MoneyJson {
  private MoneyJson() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("stackholder-money");
    module.addSerializer(Money.class, new MoneySerializer());
    module.addDeserializer(Money.class, new MoneyDeserializer());
    module.addSerializer(CurrencyUnit.class, new CurrencySerializer());
    module.addDeserializer(CurrencyUnit.class, new CurrencyDeserializer());
    return module;
  }

  private static final class MoneySerializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("amount", value.getAmount().toPlainString());
      gen.writeStringField("currency", value.getCurrencyUnit().getCode());
      gen.writeEndObject();
    }
  }

  private static final class MoneyDeserializer extends StdDeserializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneyDeserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        return (Money)
            ctxt.handleUnexpectedToken(
                Money.class,
                p.currentToken(),
                p,
                "expected money as an object such as {\"amount\": \"200000.00\", \"currency\": \"USD\"}");
      }
      String amount = null;
      CurrencyUnit currency = null;
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        JsonToken token = p.nextToken();
        if ("amount".equals(field)) {
          if (token != JsonToken.VALUE_STRING) {
            return (Money)
                ctxt.reportInputMismatch(
                    Money.class,
                    "money amount must be a string such as \"200000.00\", found %s",
                    token);
          }
          amount = p.getText();
        } else if ("currency".equals(field)) {
          currency = CurrencyDeserializer.currency(p, ctxt);
        } else {
          p.skipChildren();
        }
      }
      if (amount == null || currency == null) {
        return (Money)
            ctxt.reportInputMismatch(
                Money.class,
                "money needs both \"amount\" and \"currency\", found amount %s and currency %s",
                amount,
                currency);
      }
      // Length first: parsing a string of a million digits is slow, and naming it slower.
      if (amount.length() > Limits.MAX_NUMBER_LENGTH) {
        return (Money)
            ctxt.reportInputMismatch(
                Money.class,
                "money amount '%s' is longer than the limit of %d characters",
                Limits.abbreviate(amount),
                Limits.MAX_NUMBER_LENGTH);
      }
      BigDecimal value;
      try {
        value = new BigDecimal(amount.trim());
      } catch (NumberFormatException e) {
        return (Money)
            ctxt.reportInputMismatch(
                Money.class, "money amount '%s' is not a decimal number", amount);
      }
      if (!Limits.isWithinLimits(value)) {
        return (Money)
            ctxt.reportInputMismatch(
                Money.class,
                "money amount '%s' is beyond Stackholder's limits: at most %d digits before the decimal "
                    + "point and %d after it",
                amount,
                Limits.MAX_INTEGER_DIGITS,
                Limits.MAX_DECIMAL_SCALE);
      }
      if (value.scale() > currency.getDecimalPlaces()
          && value.stripTrailingZeros().scale() > currency.getDecimalPlaces()) {
        return (Money)
            ctxt.reportInputMismatch(
                Money.class,
                "money amount '%s' has more decimals than %s allows (%d)",
                amount,
                currency.getCode(),
                currency.getDecimalPlaces());
      }
      return Money.of(currency, value.setScale(Math.max(0, currency.getDecimalPlaces())));
    }
  }

  private static final class CurrencySerializer extends StdSerializer<CurrencyUnit> {
    private static final long serialVersionUID = 1L;

    CurrencySerializer() {
      super(CurrencyUnit.class);
    }

    @Override
    public void serialize(CurrencyUnit value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.getCode());
    }
  }

  private static final class CurrencyDeserializer extends StdDeserializer<CurrencyUnit> {
    private static final long serialVersionUID = 1L;

    CurrencyDeserializer() {
      super(CurrencyUnit.class);
    }

    @Override
    public CurrencyUnit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return currency(p, ctxt);
    }

    static CurrencyUnit currency(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (CurrencyUnit)
            ctxt.reportInputMismatch(
                CurrencyUnit.class,
                "currency must be a string such as \"USD\", found %s",
                p.currentToken());
      }
      try {
        return CurrencyUnit.of(p.getText());
      } catch (IllegalCurrencyException e) {
        return (CurrencyUnit)
            ctxt.reportInputMismatch(
                CurrencyUnit.class,
                "unknown currency code '%s', expected an ISO 4217 code such as \"USD\"",
                p.getText());
      }
    }
  }
}
