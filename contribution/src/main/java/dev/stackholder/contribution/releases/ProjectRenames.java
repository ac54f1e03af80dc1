package dev.stackholder.contribution.releases;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.stackholder.core.Source;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The OpenStack projects that changed their name, both ways: a clone named {@code neutron} finds
 * gitdm's {@code quantum} range and a gitdm table for {@code quantum} finds openstack/releases'
 * {@code neutron}. Only renames a source shows are listed: Folsom's {@code quantum} is {@code
 * openstack/neutron} (gitdm's Folsom range for quantum ends at commit a9b17b66b77c, the commit
 * openstack/releases tags {@code 2012.2} of {@code openstack/neutron} at; the releases repository
 * files Folsom's release as {@code deliverables/folsom/neutron.yaml}). The client library's old
 * name ({@code python-quantumclient}) is not in these sources and is left out.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProjectRenames {
  /** Old name to current name, lower-case. */
  private static final ImmutableMap<String, String> CURRENT = ImmutableMap.of("quantum", "neutron");

  private static final ImmutableList<Source> SOURCES =
      ImmutableList.of(
          Source.builder()
              .document(
                  "https://github.com/openstack/releases/blob/02df7c9a3cc3/deliverables/folsom/neutron.yaml")
              .title("openstack/releases: deliverables/folsom/neutron.yaml")
              .date(LocalDate.of(2026, 8, 21))
              .note(
                  "Folsom's release 2012.2 of openstack/neutron, tagged at "
                      + "a9b17b66b77c2bfeef52e11a8eff45f5d11d906f.")
              .build(),
          Source.builder()
              .document(
                  "https://github.com/openstack-infra/gitdm/blob/9a77beb/openstack-config/folsom")
              .title("gitdm: openstack-config/folsom (commit 9a77beb, \"Add folsom config\")")
              .date(LocalDate.of(2012, 9, 26))
              .note(
                  "Names the project quantum, range 2012.1..folsom-rc3, which resolves to "
                      + "a9b17b66b77c in openstack/neutron: the commit of neutron's 2012.2 above.")
              .build());

  private ProjectRenames() {}

  /**
   * {@return every name of a project, lower-case, its current name first: {@code [neutron,
   * quantum]} for either; a project that was never renamed has its own name only}
   *
   * @param project a project name, in any case
   */
  public static ImmutableSet<String> namesOf(String project) {
    String current = currentName(project);
    ImmutableSet.Builder<String> names = ImmutableSet.<String>builder().add(current);
    for (Map.Entry<String, String> rename : CURRENT.entrySet()) {
      if (rename.getValue().equals(current)) {
        names.add(rename.getKey());
      }
    }
    return names.build();
  }

  /**
   * {@return the project's current name, lower-case: {@code "neutron"} for {@code "Quantum"}}
   *
   * @param project a project name, in any case
   */
  public static String currentName(String project) {
    String lower = Objects.requireNonNull(project, "project").toLowerCase(Locale.ROOT);
    return CURRENT.getOrDefault(lower, lower);
  }

  /**
   * {@return the project's former name, when it had one: {@code "quantum"} for {@code "neutron"}}
   *
   * @param project a project name, in any case
   */
  public static Optional<String> formerName(String project) {
    ImmutableSet<String> names = namesOf(project);
    return names.size() > 1 ? Optional.of(names.asList().get(1)) : Optional.empty();
  }

  /** {@return the renames, old name to current name} */
  public static ImmutableMap<String, String> renames() {
    return CURRENT;
  }

  /** {@return where the renames come from} */
  public static ImmutableList<Source> sources() {
    return SOURCES;
  }
}
