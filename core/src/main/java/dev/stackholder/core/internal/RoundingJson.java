package dev.stackholder.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.stackholder.core.Limits;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A rounding mode's JSON form: a lower-case id ({@code "half-up"}, as every other id in
 * Stackholder's JSON); the upper-case Java name {@code "HALF_UP"} that earlier files carry is still
 * read. Shared by core's JSON set-up (the module and the strict mappers); in this package, exported
 * only to Stackholder's own modules, so it is not an API. Stateless, thread-safe.
 */
public final class RoundingJson {
  private RoundingJson() {}

  /**
   * {@return the JSON id of a rounding mode: {@code half-up} for {@code HALF_UP}}
   *
   * @param mode the rounding mode
   */
  public static String id(RoundingMode mode) {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Writes a rounding mode as its lower-case id. */
  public static final class RoundingWriter extends StdScalarSerializer<RoundingMode> {
    private static final long serialVersionUID = 1L;

    /** The writer; stateless. */
    public RoundingWriter() {
      super(RoundingMode.class);
    }

    @Override
    public void serialize(RoundingMode value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(id(value));
    }
  }

  /** Reads a rounding mode from its id, {@code half-up}, or its Java name, {@code HALF_UP}. */
  public static final class RoundingReader extends StdScalarDeserializer<RoundingMode> {
    private static final long serialVersionUID = 1L;

    /** The reader; stateless. */
    public RoundingReader() {
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
      return (RoundingMode)
          ctxt.reportInputMismatch(
              this,
              "'%s' is not a rounding mode, expected one of "
                  + "up, down, ceiling, floor, half-up, half-down, half-even",
              p.currentToken() == JsonToken.VALUE_STRING
                  ? Limits.abbreviate(p.getText())
                  : p.currentToken());
    }
  }
}
