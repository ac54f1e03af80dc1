package dev.stackholder.adoption;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The users a cloud serves or has gathered, as stated: "serves more than 100 million users";
 * "attracted more than 200 registered users in less than a week". JSON type name {@code
 * "users-served"}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUsersServed.class)
@JsonDeserialize(as = ImmutableUsersServed.class)
public abstract non-sealed class UsersServed extends Outcome {
  UsersServed() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UsersServed} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableUsersServed.Builder {
    Builder() {}
  }

  /** {@return how many users} */
  public abstract Count users();

  /**
   * {@return which users, or over what time, when the source says, e.g. "registered in less than 1
   * week"}
   */
  public abstract Optional<String> qualifier();

  @Override
  public String describe() {
    return users().describe() + " users" + qualifier().map(q -> " (" + q + ")").orElse("");
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        !sources().isEmpty(), "Users served (%s) has no sources", users().describe());
  }
}
