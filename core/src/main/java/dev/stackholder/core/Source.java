package dev.stackholder.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.internal.StackholderStyle;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a fact comes from. Every built-in record carries at least one.
 *
 * <p>The {@link #document()} is either the name of one of the seed files the project was created
 * from (such as {@code 000_6cb65ebcd6c07861.txt}) or a public URL; the title and date identify the
 * page as it was read, the quote gives the words the fact rests on, and the note records doubts (a
 * figure from one weak page only, a disagreement with another source).
 *
 * <pre>{@code
 * Source minutes = Source.builder()
 *     .document("https://wiki.openstack.org/wiki/Governance/Foundation/20May2018BoardMeeting")
 *     .title("OpenStack Foundation Board meeting, 20 May 2018")
 *     .date(LocalDate.of(2018, 5, 20))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@StackholderStyle
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public abstract class Source {
  Source() {}

  /** {@return a seed file's name or a public URL} */
  public abstract String document();

  /** {@return the title of the document or page} */
  public abstract String title();

  /** {@return the date the document was published (or, for a changing page, read)} */
  public abstract Optional<LocalDate> date();

  /** {@return the words of the source the fact rests on} */
  public abstract Optional<String> quote();

  /**
   * {@return doubts, disagreements with other sources, or how a figure was derived; empty when
   * there is nothing to add}
   */
  public abstract Optional<String> note();

  /**
   * {@return a source with only a document and a title}
   *
   * @param document a seed file's name or a URL
   * @param title the document's title
   * @throws InvalidDataException if either is blank
   */
  public static Source of(String document, String title) {
    return builder().document(document).title(title).build();
  }

  /** {@return a builder; {@code build()} checks the values as {@link #of} does} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    // Tests rather than InvalidDataException.check: its varargs array was allocated for every
    // source
    // read from JSON, failing or not.
    if (document().isBlank()) {
      throw new InvalidDataException(
          String.format(Locale.ROOT, "Source document is blank (title '%s')", title()));
    }
    if (title().isBlank()) {
      throw new InvalidDataException(
          String.format(Locale.ROOT, "Source '%s' has a blank title", document()));
    }
    // The same limits as the JSON reader's, so that every source built is one that reads back.
    Limits.checkText(document(), "Source document");
    Limits.checkText(title(), "Source title");
    if (quote().isPresent()) {
      Limits.checkText(quote().get(), "Source quote");
    }
    if (note().isPresent()) {
      Limits.checkText(note().get(), "Source note");
    }
    if (date().isPresent()) {
      Limits.checkDate(date().get(), "Source date");
    }
  }
}
