package dev.stackholder.adoption.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.BuiltInResources;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * User groups and community events.
 *
 * <p>{@link #builtIn()} is the catalog bundled with the library; every figure in it carries its
 * {@link dev.stackholder.core.Source}, and the data README next to its JSON resource says where the
 * records come from. A catalog of your own reads from JSON with {@code StackholderJson.read(path,
 * CommunityCatalog.class)} or is built with {@link #builder()}.
 *
 * <pre>{@code
 * Event tour = CommunityCatalog.builtIn().getEvent("openstack-china-tour-2012");
 * tour.attendanceRatio();                  // attended / registered, when both are stated
 * tour.lecturerCheck().get().describe();   // the stops' lecturers added up against the stated total
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommunityCatalog.class)
@JsonDeserialize(as = ImmutableCommunityCatalog.class)
public abstract class CommunityCatalog {
  private static final String BUILT_IN = "events.json";

  /** Read on first use, once, thread-safely; a failure is not remembered, so it is thrown again. */
  private static final Supplier<CommunityCatalog> BUILT_IN_CATALOG =
      Suppliers.memoize(
          () ->
              BuiltInResources.of(
                      "stackholder-adoption", CommunityCatalog.class::getResourceAsStream)
                  .readJson(BUILT_IN, CommunityCatalog.class));

  CommunityCatalog() {}

  /** {@return a builder; {@code build()} checks that ids are unique} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CommunityCatalog} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableCommunityCatalog.Builder {
    Builder() {}
  }

  /** {@return the user groups; ids are unique} */
  public abstract ImmutableList<UserGroup> userGroups();

  /** {@return the events, in date order where known; ids are unique} */
  public abstract ImmutableList<Event> events();

  /**
   * {@return the catalog bundled with the library (resource {@code
   * dev/stackholder/adoption/community/events.json}), read on first use and shared}
   *
   * @throws IllegalStateException naming the resource if it is missing or malformed (a packaging
   *     bug)
   */
  public static CommunityCatalog builtIn() {
    return BUILT_IN_CATALOG.get();
  }

  /**
   * {@return the event with this id, if any}
   *
   * @param id the event's id, matched exactly
   */
  public Optional<Event> findEvent(String id) {
    return events().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * {@return the event with this id}
   *
   * @param id the event's id, matched exactly
   * @throws NotFoundException naming the id and the known ones when there is none
   */
  public Event getEvent(String id) {
    return findEvent(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "event",
                    id,
                    events().stream().map(Event::id).collect(ImmutableList.toImmutableList())));
  }

  /**
   * {@return the user group with this id, if any}
   *
   * @param id the user group's id, matched exactly
   */
  public Optional<UserGroup> findUserGroup(String id) {
    return userGroups().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /**
   * {@return the user group with this id}
   *
   * @param id the user group's id, matched exactly
   * @throws NotFoundException naming the id and the known ones when there is none
   */
  public UserGroup getUserGroup(String id) {
    return findUserGroup(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "user group",
                    id,
                    userGroups().stream()
                        .map(UserGroup::id)
                        .collect(ImmutableList.toImmutableList())));
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (UserGroup group : userGroups()) {
      InvalidDataException.check(
          seen.add("group:" + group.id()), "User group id '%s' appears more than once", group.id());
    }
    for (Event event : events()) {
      InvalidDataException.check(
          seen.add("event:" + event.id()), "Event id '%s' appears more than once", event.id());
    }
  }
}
