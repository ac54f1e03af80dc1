package dev.stackholder.adoption.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * User groups and community events.
 *
 * <p>{@link #builtIn()} is the catalog bundled with the library, from seed
 * {@code 001_a04c4d2d8d6c4366.txt} (posts of The OpenStack Blog on the China OpenStack User Group,
 * 2012): COSUG and HKOSUG, the 2012 OpenStack China Tour with its eight stops, and the OpenStack
 * Asia-Pacific Conference of August 2012. Every figure carries its {@link dev.stackholder.core.Source}.
 *
 * <pre>{@code
 * Event tour = CommunityCatalog.builtIn().requireEvent("openstack-china-tour-2012");
 * tour.attendanceRatio();                  // Optional[0.6698]: 710 of 1,060 registered
 * tour.lecturerCheck().get().describe();   // "8 stops sum to 47 lecturers; the event states 31 (16 more)"
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommunityCatalog.class)
@JsonDeserialize(as = ImmutableCommunityCatalog.class)
public abstract class CommunityCatalog {
  private static final String BUILT_IN = "events.json";

  CommunityCatalog() {}

  /** The user groups; ids are unique. */
  public abstract ImmutableList<UserGroup> userGroups();

  /** The events, in date order where known; ids are unique. */
  public abstract ImmutableList<Event> events();

  /**
   * The catalog bundled with the library (resource
   * {@code dev/stackholder/adoption/community/events.json}), read once and shared.
   *
   * @throws InvalidDataException if the bundled resource is missing or malformed (a packaging fault)
   */
  public static CommunityCatalog builtIn() {
    return BuiltIn.CATALOG;
  }

  /** The event with this id, if any. */
  public Optional<Event> event(String id) {
    return events().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * The event with this id.
   *
   * @throws InvalidDataException naming the id and the known ones when there is none
   */
  public Event requireEvent(String id) {
    return event(id).orElseThrow(() -> new InvalidDataException("Unknown event '" + id
        + "', expected one of " + events().stream().map(Event::id).collect(Collectors.joining(", "))));
  }

  /** The user group with this id, if any. */
  public Optional<UserGroup> userGroup(String id) {
    return userGroups().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (UserGroup group : userGroups()) {
      InvalidDataException.check(seen.add("group:" + group.id()),
          "User group id '%s' appears more than once", group.id());
    }
    for (Event event : events()) {
      InvalidDataException.check(seen.add("event:" + event.id()),
          "Event id '%s' appears more than once", event.id());
    }
  }

  /** Holder idiom: the bundled catalog is read on first use, once, thread-safely. */
  private static final class BuiltIn {
    static final CommunityCatalog CATALOG = load();

    private static CommunityCatalog load() {
      try (InputStream in = CommunityCatalog.class.getResourceAsStream(BUILT_IN)) {
        if (in == null) {
          throw new InvalidDataException("Built-in resource " + BUILT_IN + " is missing from the jar");
        }
        try {
          return StackholderJson.read(in, CommunityCatalog.class);
        } catch (InvalidDataException e) {
          throw new InvalidDataException("Built-in resource " + BUILT_IN + ": " + e.getMessage(), e);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read built-in resource " + BUILT_IN, e);
      }
    }
  }
}
