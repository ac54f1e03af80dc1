package dev.stackholder.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.OpenStackFoundation;
import org.joda.money.Money;

/**
 * Stackholder's types in an {@code ObjectMapper} of your own (a Spring Boot application's, say):
 * register {@link StackholderJson#module()} and the mapper writes and reads them exactly as {@link
 * StackholderJson#mapper()} does, money as a string amount that loses no digits.
 */
public final class DuesWithYourOwnMapper {
  private DuesWithYourOwnMapper() {}

  /** Writes a Gold quote with a plain mapper plus the module, and reads it back. */
  public static void main(String[] args) throws JsonProcessingException {
    // README:start
    ObjectMapper mapper = new ObjectMapper().registerModule(StackholderJson.module());
    DuesQuote quote =
        OpenStackFoundation.duesSchedule()
            .quote(OpenStackFoundation.GOLD, Money.parse("USD 400000000.00"));
    String json = mapper.writeValueAsString(quote.amount());
    System.out.println(json);
    System.out.println(mapper.readValue(json, Money.class).equals(quote.amount()));
    System.out.println(
        mapper.readValue(mapper.writeValueAsString(quote), DuesQuote.class).equals(quote));
    // README:end
  }
}
