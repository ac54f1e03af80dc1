package dev.stackholder.adoption;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.core.internal.Slugs;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one organization does with OpenStack and what it got from it: its {@link Deployment}s and
 * {@link Outcome}s, with the sources every figure rests on and notes on what the sources leave open
 * or disagree about.
 *
 * <pre>{@code
 * CaseStudy study = AdoptionCatalog.builtIn().getCaseStudy("tencent-tstack");
 * study.outcomes(LeadTime.class).get(0).speedUp();   // how many times faster, before / after
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseStudy.class)
@JsonDeserialize(as = ImmutableCaseStudy.class)
public abstract class CaseStudy {

  CaseStudy() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CaseStudy} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableCaseStudy.Builder {
    Builder() {}
  }

  /** {@return a lower-case slug naming the case study, e.g. {@code "tencent-tstack"}} */
  public abstract String id();

  /** {@return the organization the case study is about} */
  public abstract Organization organization();

  /** {@return a one-line title} */
  public abstract String title();

  /** {@return a few sentences saying what the organization does with OpenStack} */
  public abstract String summary();

  /** {@return when the main source was published, when it says} */
  public abstract Optional<LocalDate> publishedDate();

  /** {@return the clouds it runs, with their figures} */
  public abstract ImmutableList<Deployment> deployments();

  /** {@return what OpenStack did for it} */
  public abstract ImmutableList<Outcome> outcomes();

  /** {@return where the case study comes from; at least one} */
  public abstract ImmutableList<Source> sources();

  /** {@return what the sources leave open, disagreements, and how figures were read} */
  public abstract ImmutableList<String> notes();

  /**
   * {@return the outcomes of one variant, in order, e.g. {@code outcomes(LeadTime.class)}}
   *
   * @param variant an {@link Outcome} subtype
   * @param <T> the outcome type
   */
  public <T extends Outcome> ImmutableList<T> outcomes(Class<T> variant) {
    return outcomes().stream()
        .filter(variant::isInstance)
        .map(variant::cast)
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        Slugs.isSlug(id()),
        "Case study id '%s' is not a lower-case slug such as 'tencent-tstack'",
        id());
    InvalidDataException.check(!title().isBlank(), "Case study '%s' has a blank title", id());
    InvalidDataException.check(!summary().isBlank(), "Case study '%s' has a blank summary", id());
    InvalidDataException.check(!sources().isEmpty(), "Case study '%s' has no sources", id());
  }

  // The limits the JSON reader applies, applied however the value is built, so that it reads back.
  @Value.Check
  void checkLimits() {
    dev.stackholder.core.Limits.checkText(title(), "Case study title");
    dev.stackholder.core.Limits.checkText(summary(), "Case study summary");
    publishedDate()
        .ifPresent(date -> dev.stackholder.core.Limits.checkDate(date, "Case study date"));
    notes().forEach(text -> dev.stackholder.core.Limits.checkText(text, "Case study note"));
  }
}
