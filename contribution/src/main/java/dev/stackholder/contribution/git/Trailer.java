package dev.stackholder.contribution.git;

import java.util.Locale;
import java.util.Objects;

/**
 * A person named in a commit message trailer, such as {@code Signed-off-by: Name <address>} or
 * {@code Co-authored-by: Name <address>}. The key is kept as written, because gitdm recognises some
 * keys in one capitalisation only (see {@link #gitdmRecognises()}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Trailer {
  private final String key;
  private final String name;
  private final String address;

  /** Asked once per commit by the statistics: decided once here. */
  private final boolean gitdmRecognises;

  private Trailer(String key, String name, String address) {
    this.key = key;
    this.name = name;
    this.address = address;
    this.gitdmRecognises = recognisedByGitdm(key);
  }

  /**
   * {@return a trailer; the key without its colon, e.g. {@code "Co-authored-by"}}
   *
   * @param key the trailer's key without its colon
   * @param name the person's name as written
   * @param address the person's e-mail address as written
   */
  public static Trailer of(String key, String name, String address) {
    return new Trailer(
        Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(address, "address"));
  }

  /** {@return the key as written, without the colon} */
  public String key() {
    return key;
  }

  /** {@return the person's name as written} */
  public String name() {
    return name;
  }

  /** {@return the person's e-mail address as written} */
  public String address() {
    return address;
  }

  /** {@return whether this is a {@code Co-authored-by} trailer (any capitalisation)} */
  public boolean coAuthor() {
    return key.equalsIgnoreCase("Co-authored-by");
  }

  /**
   * {@return whether gitdm registers the person named here as a developer: {@code Signed-off-by},
   * {@code Reviewed-by} and {@code Reported-by} in exactly that capitalisation, {@code Tested-by}
   * and {@code Reported-and-tested-by} in any} gitdm ignores {@code Co-authored-by}.
   */
  public boolean gitdmRecognises() {
    return gitdmRecognises;
  }

  private static boolean recognisedByGitdm(String key) {
    switch (key) {
      case "Signed-off-by":
      case "Reviewed-by":
      case "Reported-by":
        return true;
      default:
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.equals("tested-by") || lower.equals("reported-and-tested-by");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Trailer that
        && key.equals(that.key)
        && name.equals(that.name)
        && address.equals(that.address);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, name, address);
  }

  @Override
  public String toString() {
    return key + ": " + name + " <" + address + ">";
  }
}
