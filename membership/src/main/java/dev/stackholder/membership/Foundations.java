package dev.stackholder.membership;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The foundations built into this jar: the OpenStack Foundation ({@link OpenStackFoundation#foundation()})
 * and the others read from JSON resources, such as the Eclipse Foundation and the Linux Foundation,
 * kept to compare dues across foundations.
 *
 * <p>The other foundations are listed in the resource {@code foundations/index.json}, a JSON array of
 * file names beside it ({@code ["eclipse.json", "linux-foundation.json"]}); each file is a
 * {@link Foundation} in JSON. Adding a foundation is adding its file and its name to the index: no
 * code changes. The resources are read once, on first use.
 *
 * <pre>{@code
 * Foundation eclipse = Foundations.byId("eclipse");
 * DuesQuote quote = eclipse.duesScheduleOn(LocalDate.of(2022, 1, 1))
 *     .quote(eclipse.tier("strategic"), Money.parse("EUR 120000000"));
 * }</pre>
 */
public final class Foundations {
  private static final String DIRECTORY = "foundations/";
  private static final String INDEX = DIRECTORY + "index.json";
  private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.json");

  private Foundations() {}

  /**
   * Every built-in foundation: the OpenStack Foundation first, then the others in the index's order.
   *
   * @throws IllegalStateException if a built-in resource is missing or invalid (a broken jar)
   */
  public static ImmutableList<Foundation> builtIn() {
    return Holder.FOUNDATIONS;
  }

  /**
   * The built-in foundation with this id, ignoring case and surrounding blanks ({@code "openstack"},
   * {@code "eclipse"}, {@code "linux-foundation"}).
   *
   * @throws InvalidDataException naming the id and the ids there are
   */
  public static Foundation byId(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return builtIn().stream()
        .filter(foundation -> foundation.id().equals(wanted))
        .findFirst()
        .orElseThrow(() -> new InvalidDataException("Unknown foundation '" + id + "', expected one of "
            + builtIn().stream().map(Foundation::id).collect(Collectors.joining(", "))));
  }

  /** Reads the resources on first use, so a broken resource fails where it is used, naming the file. */
  private static final class Holder {
    static final ImmutableList<Foundation> FOUNDATIONS = load();

    private static ImmutableList<Foundation> load() {
      ImmutableList.Builder<Foundation> all = ImmutableList.builder();
      all.add(OpenStackFoundation.foundation());
      for (String file : BuiltInResource.read(INDEX, String[].class)) {
        if (!FILE_NAME.matcher(file).matches()) {
          throw new IllegalStateException("Built-in resource " + INDEX + " lists '" + file
              + "', expected a lower-case file name such as 'eclipse.json'");
        }
        all.add(BuiltInResource.read(DIRECTORY + file, Foundation.class));
      }
      ImmutableList<Foundation> foundations = all.build();
      Set<String> ids = new HashSet<>();
      for (Foundation foundation : foundations) {
        if (!ids.add(foundation.id())) {
          throw new IllegalStateException("Built-in foundation id '" + foundation.id() + "' appears twice");
        }
      }
      return foundations;
    }
  }
}
