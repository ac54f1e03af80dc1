package dev.stackholder.adoption;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Sector;
import dev.stackholder.core.Source;
import org.immutables.value.Value;

/**
 * The active users of one sector as a source lists them, e.g. the organizations a conference slide
 * names under one heading.
 *
 * <p>The {@link #names()} are kept exactly as listed, repeats included (a slide may name a company
 * twice); {@link #distinctNames()} drops the repeats.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActiveUserList.class)
@JsonDeserialize(as = ImmutableActiveUserList.class)
public abstract class ActiveUserList {
  ActiveUserList() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActiveUserList} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableActiveUserList.Builder {
    Builder() {}
  }

  /** {@return the sector the list is under} */
  public abstract Sector sector();

  /** {@return the organizations as the source spells and orders them, repeats included} */
  public abstract ImmutableList<String> names();

  /** {@return where the list comes from} */
  public abstract Source source();

  /** {@return repeats, spellings and other remarks on the list} */
  public abstract ImmutableList<String> notes();

  /** {@return the names without repeats, in the order first listed} */
  public ImmutableSet<String> distinctNames() {
    return ImmutableSet.copyOf(names());
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        !names().isEmpty(), "Active user list for sector '%s' is empty", sector().id());
    for (String name : names()) {
      InvalidDataException.check(
          !name.isBlank(), "Active user list for sector '%s' has a blank name", sector().id());
    }
  }

  // The limits the JSON reader applies, applied however the value is built, so that it reads back.
  @Value.Check
  void checkLimits() {
    names().forEach(text -> dev.stackholder.core.Limits.checkText(text, "Active user name"));
    notes().forEach(text -> dev.stackholder.core.Limits.checkText(text, "Active user list note"));
  }
}
