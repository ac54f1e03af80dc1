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
 * The active users of one sector as a source lists them: Mark Collier's slide "They're willing to
 * contribute" (Tokyo, 2014-02-13) names 13 entries under Online/Gaming/Media, 20 under Cloud
 * Hosting/Service Provider/Telco and 19 under Academic/Research/Government.
 *
 * <p>The {@link #names()} are kept exactly as listed, repeats included (the slide lists eBay twice);
 * {@link #distinctNames()} drops the repeats.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActiveUserList.class)
@JsonDeserialize(as = ImmutableActiveUserList.class)
public abstract class ActiveUserList {
  ActiveUserList() {}

  /** The sector the list is under. */
  public abstract Sector sector();

  /** The organizations as the source spells and orders them, repeats included. */
  public abstract ImmutableList<String> names();

  /** Where the list comes from. */
  public abstract Source source();

  /** Repeats, spellings and other remarks on the list. */
  public abstract ImmutableList<String> notes();

  /** The names without repeats, in the order first listed. */
  public ImmutableSet<String> distinctNames() {
    return ImmutableSet.copyOf(names());
  }

  @Value.Check
  void check() {
    InvalidDataException.check(!names().isEmpty(), "Active user list for sector '%s' is empty", sector().id());
    for (String name : names()) {
      InvalidDataException.check(!name.isBlank(), "Active user list for sector '%s' has a blank name",
          sector().id());
    }
  }
}
