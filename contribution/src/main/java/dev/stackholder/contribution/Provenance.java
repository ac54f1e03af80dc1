package dev.stackholder.contribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a ranked table was computed from: the inputs (logs or repositories with their HEAD and
 * range, gitdm report files, affiliation sources with their dates) and the attribution policy.
 * Every table {@code stackholder rank} and {@code contributions} print carries one, in every
 * format.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance {
  private static final Provenance NONE = ImmutableProvenance.builder().build();

  Provenance() {}

  /** {@return the attribution policy's id ({@code gitdm}, {@code stackalytics}), if one applied} */
  public abstract Optional<String> policy();

  /** {@return the inputs, in the order they were read} */
  public abstract ImmutableList<InputSource> inputs();

  /** {@return no inputs named: a table built by hand} */
  public static Provenance none() {
    return NONE;
  }

  /**
   * {@return a provenance}
   *
   * @param policy the policy's id, if one applied
   * @param inputs the inputs, in order
   */
  public static Provenance of(Optional<String> policy, Iterable<InputSource> inputs) {
    return ImmutableProvenance.builder().policy(policy).addAllInputs(inputs).build();
  }

  /**
   * {@return this provenance with more inputs after its own}
   *
   * @param more the inputs to add
   */
  public Provenance with(Iterable<InputSource> more) {
    return ImmutableProvenance.builder().from(this).addAllInputs(more).build();
  }

  @Override
  public String toString() {
    return (policy().isPresent() ? policy().get() + " policy; " : "")
        + (inputs().isEmpty() ? "no inputs named" : inputs().toString());
  }
}
