package dev.stackholder.contribution.git;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.internal.Documents;
import dev.stackholder.core.internal.StackholderStyle;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A git {@code .mailmap} file (see {@code git help gitmailmap}), read as git reads it and applied
 * as {@code git log --use-mailmap} applies it ({@code %aN}, {@code %aE}). Its four line forms:
 *
 * <pre>
 * Proper Name &lt;commit@email&gt;                              the name of every commit of that address
 * &lt;proper@email&gt; &lt;commit@email&gt;                           the address only
 * Proper Name &lt;proper@email&gt; &lt;commit@email&gt;               both
 * Proper Name &lt;proper@email&gt; Commit Name &lt;commit@email&gt;   both, for that name and address
 * </pre>
 *
 * Addresses and commit names are matched without regard to ASCII case, as git's {@code strcasecmp}
 * does; a line starting with {@code #} is a comment, and text after the last address is ignored
 * ({@code Proper Name <a@b> # note} is the first form). A later line for the same address replaces
 * what an earlier one set (a name-only line keeps an earlier address and the other way round); a
 * line naming a commit name also applies only to that name. Lines git ignores (no {@code
 * <address>}, an empty first address) are ignored here too, and listed in {@link #ignoredLines()}
 * so a caller can report them; a NUL character, which git would stop a line at, is refused (a
 * UTF-16 file, say). Two differences, both beyond what a real file holds: git reads a file line
 * longer than 1,023 bytes in pieces where this class reads it whole, and this class refuses what is
 * not UTF-8 and the sizes beyond {@code core.Limits} ({@link InvalidDataException} naming the file
 * and line).
 *
 * <pre>{@code
 * Mailmap mailmap = Mailmap.read(Path.of("nova/.mailmap"));
 * Mailmap.Person who = mailmap.map("jdoe", "JDoe@Example.com");   // as %aN, %aE print it
 * mailmap.identities();       // each canonical name and address with the ones that map to it
 * mailmap.addressAliases();   // commit address -> canonical address, for an affiliation directory
 * }</pre>
 *
 * <p>Reading costs time and memory linear in the file's size; {@link #map} is two hash look-ups.
 * Immutable and thread-safe.
 */
@Value.Enclosing
@StackholderStyle
public final class Mailmap {
  private static final Mailmap EMPTY = new Mailmap("(none)", List.of(), List.of());

  private final String name;
  private final ImmutableList<Entry> entries;
  private final ImmutableList<Integer> ignoredLines;

  /** ASCII-lower-cased commit address to what it maps to. */
  private final Map<String, Target> byAddress = new HashMap<>();

  private Mailmap(String name, List<Entry> entries, List<Integer> ignoredLines) {
    this.name = name;
    this.entries = ImmutableList.copyOf(entries);
    this.ignoredLines = ImmutableList.copyOf(ignoredLines);
    for (Entry entry : this.entries) {
      Target target =
          byAddress.computeIfAbsent(
              lower(entry.commitEmail()), key -> new Target(entry.commitEmail()));
      if (entry.commitName().isEmpty()) {
        entry.properName().ifPresent(properName -> target.name = properName);
        entry.properEmail().ifPresent(properEmail -> target.email = properEmail);
      } else {
        target.byName.put(
            lower(entry.commitName().get()),
            new String[] {entry.properName().orElse(null), entry.properEmail().orElse(null)});
      }
    }
  }

  /** {@return a mailmap that maps nothing: what git uses without a {@code .mailmap}} */
  public static Mailmap empty() {
    return EMPTY;
  }

  /**
   * Reads a {@code .mailmap} file.
   *
   * @param file the file
   * @return the mailmap
   * @throws dev.stackholder.core.NotFoundException (kind {@code "file"}) if it does not exist
   * @throws InvalidDataException naming the file (and line) if it is not UTF-8 text within the
   *     limits, a directory or unreadable
   */
  public static Mailmap read(Path file) {
    return parse(
        Documents.utf8(Documents.read(file, "Mailmap file"), file.toString()), file.toString());
  }

  /**
   * Reads a stream (which is not closed), as {@link #read(Path)} reads a file.
   *
   * @param in UTF-8 text
   * @param name what to call it in messages, e.g. {@code "nova/.mailmap"}
   * @return the mailmap
   * @throws InvalidDataException naming the stream and line if it is not UTF-8 within the limits
   */
  public static Mailmap read(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return parse(Documents.utf8(Documents.read(in, name, "Mailmap file"), name), name);
  }

  /**
   * Reads the text of a mailmap.
   *
   * @param text the file's content
   * @param name what to call it in messages and in {@link #name()}
   * @return the mailmap
   * @throws InvalidDataException naming the line if one is longer than the line limit
   */
  public static Mailmap parse(String text, String name) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    if (text.length() > dev.stackholder.core.Limits.MAX_DOCUMENT_LENGTH) {
      throw new InvalidDataException(
          name,
          "mailmap of "
              + text.length()
              + " characters, larger than the limit of "
              + dev.stackholder.core.Limits.MAX_DOCUMENT_LENGTH,
          null);
    }
    List<Entry> entries = new ArrayList<>();
    List<Integer> ignored = new ArrayList<>();
    List<String> lines = Documents.lines(text, name);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.indexOf('\0') >= 0) {
        // git reads a line only up to a NUL; such a file is not a mailmap (UTF-16, say)
        throw new InvalidDataException(
            name + ":" + (i + 1),
            "NUL character at column " + (line.indexOf('\0') + 1) + ": a mailmap is UTF-8 text",
            null);
      }
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      Entry entry = MailmapParser.parseLine(line, i + 1);
      if (entry == null) {
        ignored.add(i + 1);
      } else {
        entries.add(entry);
      }
    }
    return new Mailmap(name, entries, ignored);
  }

  /**
   * {@return the author (or committer) as {@code git log --use-mailmap} shows it: {@code %aN} and
   * {@code %aE}; unchanged when no line applies}
   *
   * @param name the name as recorded in the commit
   * @param email the address as recorded in the commit (without angle brackets)
   */
  public Person map(String name, String email) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Target target = byAddress.get(lower(email));
    if (target == null) {
      return Person.of(name, email);
    }
    String newName = target.name;
    String newEmail = target.email;
    if (!target.byName.isEmpty()) {
      String[] forName = target.byName.get(lower(name));
      if (forName != null) {
        newName = forName[0];
        newEmail = forName[1];
      }
    }
    return Person.of(newName == null ? name : newName, newEmail == null ? email : newEmail);
  }

  /** {@return the lines that say something, in file order} */
  public ImmutableList<Entry> entries() {
    return entries;
  }

  /**
   * {@return the numbers of the lines git ignores (neither blank nor a comment, but without a
   * usable {@code <address>}), in file order}
   */
  public ImmutableList<Integer> ignoredLines() {
    return ignoredLines;
  }

  /** {@return what the file was called when read} */
  public String name() {
    return name;
  }

  /**
   * {@return each canonical person (a name, or none when the file gives only an address, and an
   * address) with the commit names and addresses that map to it, in the order of the first line
   * that names it} What this says is what {@link #map} does after every line is read: a line
   * overridden by a later one for the same address counts only as far as it still applies.
   */
  public ImmutableList<Identity> identities() {
    Map<String, Integer> firstLine = new HashMap<>();
    Map<String, String> commitNames = new HashMap<>();
    for (Entry entry : entries) {
      String address = lower(entry.commitEmail());
      firstLine.putIfAbsent(address, entry.line());
      entry.commitName().ifPresent(n -> commitNames.put(address + "\0" + lower(n), n));
    }
    Map<String, List<Alias>> aliases = new LinkedHashMap<>();
    Map<String, String[]> canonical = new HashMap<>();
    List<Map.Entry<String, Target>> targets = new ArrayList<>(byAddress.entrySet());
    targets.sort(
        Map.Entry.comparingByValue(
            java.util.Comparator.comparingInt(t -> firstLine.get(lower(t.commitEmail)))));
    for (Map.Entry<String, Target> entry : targets) {
      Target target = entry.getValue();
      if (target.name != null || target.email != null) {
        add(
            aliases,
            canonical,
            target.name,
            target.email == null ? target.commitEmail : target.email,
            Alias.of(Optional.empty(), target.commitEmail));
      }
      for (Map.Entry<String, String[]> byName : target.byName.entrySet()) {
        String commitName = commitNames.get(entry.getKey() + "\0" + byName.getKey());
        add(
            aliases,
            canonical,
            byName.getValue()[0],
            byName.getValue()[1],
            Alias.of(Optional.of(commitName), target.commitEmail));
      }
    }
    ImmutableList.Builder<Identity> result = ImmutableList.builder();
    aliases.forEach(
        (key, list) -> {
          String[] person = canonical.get(key);
          result.add(
              ImmutableMailmap.Identity.builder()
                  .name(Optional.ofNullable(person[0]))
                  .email(person[1])
                  .aliases(list)
                  .build());
        });
    return result.build();
  }

  private static void add(
      Map<String, List<Alias>> aliases,
      Map<String, String[]> canonical,
      String name,
      String email,
      Alias alias) {
    String key = (name == null ? "" : name) + "\0" + lower(email);
    canonical.putIfAbsent(key, new String[] {name, email});
    aliases.computeIfAbsent(key, k -> new ArrayList<>()).add(alias);
  }

  /**
   * {@return the identities as the contribution module's {@link
   * dev.stackholder.contribution.Identity} (a person and their addresses), for {@code
   * AffiliationDirectory.withIdentities}: each canonical address first, then the commit addresses
   * that map to it whatever the commit's name} A line limited to one commit name cannot be an
   * address alias and is left out, and so is an address without an {@code @} (the empty one {@code
   * <>} among them), which no affiliation rule can key. A person the file names no name for is
   * named by the canonical address.
   */
  public ImmutableList<dev.stackholder.contribution.Identity> asIdentities() {
    ImmutableList.Builder<dev.stackholder.contribution.Identity> result = ImmutableList.builder();
    for (Identity identity : identities()) {
      if (!isAddress(identity.email())) {
        continue;
      }
      List<String> addresses = new ArrayList<>();
      addresses.add(identity.email());
      for (Alias alias : identity.aliases()) {
        if (alias.name().isEmpty() && isAddress(alias.email())) {
          addresses.add(alias.email());
        }
      }
      String name = identity.name().filter(n -> !n.isBlank()).orElse(identity.email().strip());
      result.add(dev.stackholder.contribution.Identity.of(name, addresses));
    }
    return result.build();
  }

  private static boolean isAddress(String email) {
    String trimmed = email.strip();
    return trimmed.indexOf('@') > 0;
  }

  /**
   * {@return commit address to canonical address, both lower-case, for every address a line maps to
   * another address whatever the commit's name: the aliases an affiliation directory takes} Lines
   * that apply to one commit name only are not address aliases and are left out.
   */
  public ImmutableMap<String, String> addressAliases() {
    ImmutableMap.Builder<String, String> result = ImmutableMap.builder();
    for (Map.Entry<String, Target> entry :
        byAddress.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      Target target = entry.getValue();
      if (target.email != null && !lower(target.email).equals(entry.getKey())) {
        result.put(entry.getKey(), lower(target.email));
      }
    }
    return result.buildOrThrow();
  }

  @Override
  public String toString() {
    return "Mailmap{" + name + ", " + entries.size() + " entries}";
  }

  /** ASCII case folding, as git's {@code strcasecmp}: other letters are compared as they are. */
  static String lower(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return chars == null ? text : new String(chars);
  }

  /** What one commit address maps to: git's {@code mailmap_entry}. */
  private static final class Target {
    final String commitEmail;
    String name;
    String email;

    /** Lower-cased commit name to {proper name, proper email}, either null. */
    final Map<String, String[]> byName = new LinkedHashMap<>();

    Target(String commitEmail) {
      this.commitEmail = commitEmail;
    }
  }

  /**
   * One line of a mailmap that git uses. {@link #commitEmail()} is always there; the others are
   * empty where the line's form has none. Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableMailmap.Entry.class)
  @JsonDeserialize(as = ImmutableMailmap.Entry.class)
  public abstract static class Entry {
    Entry() {}

    /** {@return the line's number in the file, from 1} */
    public abstract int line();

    /** {@return the name to show; empty when the line gives only addresses} */
    public abstract Optional<String> properName();

    /** {@return the address to show; empty in the first form, which keeps the commit's} */
    public abstract Optional<String> properEmail();

    /** {@return the commit name the line is limited to; empty for every name} */
    public abstract Optional<String> commitName();

    /** {@return the commit address the line applies to, as written (matched without ASCII case)} */
    public abstract String commitEmail();

    @Value.Check
    void check() {
      InvalidDataException.check(line() >= 1, "Mailmap entry line %s, expected 1 or more", line());
      InvalidDataException.check(
          properName().isPresent() || properEmail().isPresent(),
          "Mailmap entry of line %s for <%s> gives neither a name nor an address",
          line(),
          commitEmail());
    }
  }

  /** A name and an address, as {@link #map} returns them. Immutable and thread-safe. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableMailmap.Person.class)
  @JsonDeserialize(as = ImmutableMailmap.Person.class)
  public abstract static class Person {
    Person() {}

    /** {@return the name} */
    @Value.Parameter
    public abstract String name();

    /** {@return the address, without angle brackets} */
    @Value.Parameter
    public abstract String email();

    /**
     * {@return a person}
     *
     * @param name the name
     * @param email the address
     */
    public static Person of(String name, String email) {
      return ImmutableMailmap.Person.of(name, email);
    }

    /** {@return {@code "Name <email>"}} */
    @Override
    public String toString() {
      return name() + " <" + email() + ">";
    }
  }

  /**
   * A commit address, and name where a line is limited to one, that maps to an {@link Identity}.
   * Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableMailmap.Alias.class)
  @JsonDeserialize(as = ImmutableMailmap.Alias.class)
  public abstract static class Alias {
    Alias() {}

    /** {@return the commit name; empty for any name} */
    @Value.Parameter
    public abstract Optional<String> name();

    /** {@return the commit address, as the file writes it} */
    @Value.Parameter
    public abstract String email();

    static Alias of(Optional<String> name, String email) {
      return ImmutableMailmap.Alias.of(name, email);
    }
  }

  /**
   * A canonical person of a mailmap: the name (empty when the file maps addresses only) and the
   * address that {@link #map} shows for every one of its {@link #aliases()}. Immutable and
   * thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableMailmap.Identity.class)
  @JsonDeserialize(as = ImmutableMailmap.Identity.class)
  public abstract static class Identity {
    Identity() {}

    /** {@return the canonical name; empty when the lines give an address only} */
    public abstract Optional<String> name();

    /** {@return the canonical address, as the file first writes it} */
    public abstract String email();

    /** {@return the commit addresses (and names) that map to this person, in file order} */
    public abstract ImmutableList<Alias> aliases();
  }
}
