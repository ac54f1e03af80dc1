package dev.stackholder.membership;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.BuiltInResources;
import dev.stackholder.membership.compare.FeeComparison;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The foundations built into this jar: the OpenStack Foundation ({@link
 * OpenStackFoundation#foundation()}) and the others read from JSON resources, kept to compare dues
 * across foundations ({@link FeeComparison}): the Linux Foundation, Eclipse, CNCF, OpenSSF, LF AI
 * &amp; Data, FINOS, Hyperledger, the Rust Foundation, and the sponsorship programs of the Apache
 * and Python software foundations. Each rule set carries its sources and the date a source last
 * confirmed it; what could not be sourced is left out and said in the file's note.
 *
 * <p>The other foundations are listed in the resource {@code foundations/index.json}, a JSON array
 * of file names beside it ({@code ["eclipse.json", "linux-foundation.json", ...]}); each file is a
 * {@link Foundation} in JSON. Adding a foundation is adding its file and its name to the index: no
 * code changes. The resources are read once, on first use.
 *
 * <pre>{@code
 * Foundation eclipse = Foundations.getFoundation("eclipse");
 * DuesQuote quote = eclipse.duesScheduleOn(LocalDate.of(2022, 1, 1))
 *     .quote(eclipse.getTier("strategic"), Money.parse("EUR 120000000"));
 * }</pre>
 *
 * <p>This class is thread-safe: the built-in foundations are immutable and read once.
 */
public final class Foundations {
  /** The one loader of this module's resources, named relative to this package. */
  static final BuiltInResources RESOURCES =
      BuiltInResources.of(
          "stackholder-membership", name -> Foundations.class.getResourceAsStream(name));

  private static final String DIRECTORY = "foundations/";
  private static final String INDEX = DIRECTORY + "index.json";
  private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.json");

  private Foundations() {}

  /**
   * {@return every built-in foundation: the OpenStack Foundation first, then the others in the
   * index's order}
   *
   * @throws IllegalStateException if a built-in resource is missing or invalid (a broken jar)
   */
  public static ImmutableList<Foundation> builtIn() {
    return FOUNDATIONS.get();
  }

  /**
   * {@return the built-in foundation with this id, ignoring case and surrounding blanks ({@code
   * "openstack"}, {@code " Eclipse "}), if there is one}
   *
   * @param id a foundation's id, in any case
   */
  public static Optional<Foundation> findFoundation(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return builtIn().stream().filter(foundation -> foundation.id().equals(wanted)).findFirst();
  }

  /**
   * {@return the built-in foundation with this id, as {@link #findFoundation(String)} matches it}
   *
   * @param id a foundation's id, in any case
   * @throws NotFoundException naming the id and the ids of the built-in foundations
   */
  public static Foundation getFoundation(String id) {
    return findFoundation(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "foundation",
                    id,
                    builtIn().stream().map(Foundation::id).collect(Collectors.toList())));
  }

  /**
   * Reads the resources on first use, once, thread-safely. A failure is not remembered: it is the
   * IllegalStateException naming the file on every call, not an ExceptionInInitializerError.
   */
  private static final Supplier<ImmutableList<Foundation>> FOUNDATIONS =
      Suppliers.memoize(Foundations::load);

  private static ImmutableList<Foundation> load() {
    ImmutableList.Builder<Foundation> all = ImmutableList.builder();
    all.add(OpenStackFoundation.foundation());
    for (String file : RESOURCES.readJson(INDEX, String[].class)) {
      if (!FILE_NAME.matcher(file).matches()) {
        throw new IllegalStateException(
            "Built-in resource "
                + INDEX
                + " lists '"
                + file
                + "', expected a lower-case file name such as 'eclipse.json'");
      }
      all.add(RESOURCES.readJson(DIRECTORY + file, Foundation.class));
    }
    ImmutableList<Foundation> foundations = all.build();
    Set<String> ids = new HashSet<>();
    for (Foundation foundation : foundations) {
      if (!ids.add(foundation.id())) {
        throw new IllegalStateException(
            "Built-in foundation id '" + foundation.id() + "' appears twice");
      }
    }
    return foundations;
  }
}
