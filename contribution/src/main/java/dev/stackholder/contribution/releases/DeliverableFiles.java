package dev.stackholder.contribution.releases;

import dev.stackholder.contribution.ReleaseSeries;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.internal.Documents;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads openstack/releases' {@code deliverables/<series>/<deliverable>.yaml} files into each
 * repository's final release of each series ({@link FinalReleaseRule} says how it is picked). The
 * YAML is composed, not constructed: every scalar stays the text the file wrote ({@code 2012.10} is
 * not the number 2012.1), and every error names the file and line. Only {@code releases}, {@code
 * branches} and {@code release-model} are read; other keys are ignored so newer files stay
 * readable. Stateless.
 */
final class DeliverableFiles {
  /** Statuses of a series whose release has not happened: it has no final release yet. */
  static final java.util.Set<String> UNRELEASED = java.util.Set.of("development", "future");

  private DeliverableFiles() {}

  /**
   * The final releases of every series directory of {@code deliverables} that the series list knows
   * ({@code _independent} and unknown directories are not series), oldest series first, files by
   * name; a series still in {@code development} (or {@code future}) has none; a repository listed
   * by two files of one series is kept once, from the file named after it if there is one, else
   * from the first file by name.
   */
  static List<FinalRelease> read(Path deliverables, List<ReleaseSeries> series) {
    List<FinalRelease> result = new ArrayList<>();
    List<ReleaseSeries> oldestFirst = new ArrayList<>(series);
    oldestFirst.sort(java.util.Comparator.comparing(ReleaseSeries::initialRelease));
    for (ReleaseSeries one : oldestFirst) {
      if (UNRELEASED.contains(one.status())) {
        continue; // its files list the releases so far, none of them final for the series
      }
      Path dir = deliverables.resolve(one.name());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> list = Files.list(dir)) {
        files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + dir, e);
      }
      Map<String, FinalRelease> byRepository = new LinkedHashMap<>();
      for (Path file : files) {
        String name = file.getFileName().toString();
        String deliverable = name.substring(0, name.length() - ".yaml".length());
        String text = Documents.utf8(Documents.read(file, "Deliverable file"), file.toString());
        for (FinalRelease release : finalReleases(text, file.toString(), one, deliverable)) {
          FinalRelease earlier = byRepository.get(release.repository());
          if (earlier == null
              || (!earlier.deliverable().equals(earlier.project())
                  && release.deliverable().equals(release.project()))) {
            byRepository.put(release.repository(), release);
          }
        }
      }
      result.addAll(byRepository.values());
    }
    return result;
  }

  /** One file's final releases, one per repository of the chosen release (none if it has none). */
  static List<FinalRelease> finalReleases(
      String text, String where, ReleaseSeries series, String deliverable) {
    MappingNode root = compose(text, where);
    if (root == null) {
      return List.of();
    }
    Map<String, Node> top = mapping(root, where);
    List<Release> releases = new ArrayList<>();
    Node releasesNode = top.get("releases");
    if (releasesNode != null) {
      for (Node item : sequence(releasesNode, where, "releases")) {
        Map<String, Node> release = mapping(item, where);
        String version = scalar(release.get("version"), item, where, "releases[].version");
        Map<String, String> hashes = new LinkedHashMap<>();
        Node projects = release.get("projects");
        if (projects == null) {
          throw invalid(
              item, where, "release " + Limits.abbreviate(version) + " has no 'projects'");
        }
        for (Node project : sequence(projects, where, "releases[].projects")) {
          Map<String, Node> fields = mapping(project, where);
          String repo = scalar(fields.get("repo"), project, where, "projects[].repo");
          String hash = scalar(fields.get("hash"), project, where, "projects[].hash");
          if (!Releases.isRepository(repo)) {
            throw invalid(
                project,
                where,
                "repo '"
                    + Limits.abbreviate(repo)
                    + "' is not a repository such as 'openstack/nova'");
          }
          if (!Releases.isCommitId(hash)) {
            throw invalid(
                project,
                where,
                "hash '"
                    + Limits.abbreviate(hash)
                    + "' of "
                    + repo
                    + " is not a full commit id (40 lower-case hex digits)");
          }
          hashes.put(repo, hash);
        }
        releases.add(new Release(version, hashes));
      }
    }
    Node model = top.get("release-model");
    String releaseModel = model == null ? "" : scalar(model, root, where, "release-model");
    int chosen = -1;
    FinalReleaseRule rule = null;
    Node branchesNode = top.get("branches");
    if (branchesNode != null) {
      for (Node item : sequence(branchesNode, where, "branches")) {
        Map<String, Node> branch = mapping(item, where);
        String name = scalar(branch.get("name"), item, where, "branches[].name");
        if (!name.equals("stable/" + series.name())
            && !series.releaseId().map(id -> name.equals("stable/" + id)).orElse(false)) {
          continue;
        }
        Node location = branch.get("location");
        if (location == null) {
          throw invalid(item, where, "branch " + Limits.abbreviate(name) + " has no 'location'");
        }
        int at = locate(location, releases, where);
        int first = at < 0 ? -1 : firstFinal(releases, at);
        if (first >= 0) {
          chosen = first;
          rule = FinalReleaseRule.STABLE_BRANCH;
        }
        break;
      }
    }
    if (chosen < 0) {
      boolean oncePerCycle =
          releaseModel.equals("cycle-with-milestones")
              || releaseModel.equals("cycle-with-rc")
              || releaseModel.equals("cycle-trailing");
      if (oncePerCycle) {
        chosen = firstFinal(releases, 0);
        rule = FinalReleaseRule.FIRST_FINAL_RELEASE;
      } else {
        for (int i = releases.size() - 1; i >= 0 && chosen < 0; i--) {
          chosen = Releases.isFinalVersion(releases.get(i).version) ? i : -1;
        }
        rule = FinalReleaseRule.LAST_FINAL_RELEASE;
      }
    }
    if (chosen < 0) {
      return List.of();
    }
    Release release = releases.get(chosen);
    List<FinalRelease> result = new ArrayList<>();
    for (Map.Entry<String, String> project : release.hashes.entrySet()) {
      result.add(
          new FinalRelease(
              series.name(),
              deliverable,
              project.getKey(),
              release.version,
              project.getValue(),
              rule));
    }
    return result;
  }

  /** The index of the release a branch location names: a version, or a map of repo to hash. */
  private static int locate(Node location, List<Release> releases, String where) {
    if (location instanceof ScalarNode) {
      String version = ((ScalarNode) location).getValue();
      for (int i = 0; i < releases.size(); i++) {
        if (releases.get(i).version.equals(version)) {
          return i;
        }
      }
      return -1;
    }
    Map<String, String> wanted = new HashMap<>();
    for (Map.Entry<String, Node> entry : mapping(location, where).entrySet()) {
      wanted.put(entry.getKey(), scalar(entry.getValue(), location, where, "branches[].location"));
    }
    for (int i = 0; i < releases.size(); i++) {
      if (releases.get(i).hashes.entrySet().containsAll(wanted.entrySet())) {
        return i;
      }
    }
    return -1; // a branch cut at an untagged commit: no release there
  }

  private static int firstFinal(List<Release> releases, int from) {
    for (int i = from; i < releases.size(); i++) {
      if (Releases.isFinalVersion(releases.get(i).version)) {
        return i;
      }
    }
    return -1;
  }

  private static MappingNode compose(String text, String where) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(Limits.MAX_NESTING_DEPTH);
    options.setCodePointLimit(Limits.MAX_DOCUMENT_LENGTH);
    Node node;
    try {
      node = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new InvalidDataException(where + ":" + line, "not valid YAML: " + e.getProblem(), e);
    } catch (YAMLException e) {
      throw new InvalidDataException(where, "not valid YAML: " + e.getMessage(), e);
    }
    if (node == null) {
      return null;
    }
    if (!(node instanceof MappingNode)) {
      throw invalid(node, where, "expected a mapping of 'releases', 'branches' ...");
    }
    return (MappingNode) node;
  }

  private static Map<String, Node> mapping(Node node, String where) {
    if (!(node instanceof MappingNode)) {
      throw invalid(node, where, "expected a mapping, found " + describe(node));
    }
    Map<String, Node> result = new LinkedHashMap<>();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode)) {
        throw invalid(tuple.getKeyNode(), where, "expected a plain key");
      }
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      if (result.put(key, tuple.getValueNode()) != null) {
        throw invalid(tuple.getKeyNode(), where, "duplicate key '" + Limits.abbreviate(key) + "'");
      }
    }
    return result;
  }

  private static List<Node> sequence(Node node, String where, String what) {
    if (!(node instanceof SequenceNode)) {
      throw invalid(node, where, "'" + what + "' should be a list, found " + describe(node));
    }
    return ((SequenceNode) node).getValue();
  }

  private static String scalar(Node node, Node parent, String where, String what) {
    if (node == null) {
      throw invalid(parent, where, "'" + what + "' is missing");
    }
    if (!(node instanceof ScalarNode)) {
      throw invalid(node, where, "'" + what + "' should be text, found " + describe(node));
    }
    return ((ScalarNode) node).getValue();
  }

  private static String describe(Node node) {
    return node instanceof MappingNode
        ? "a mapping"
        : node instanceof SequenceNode
            ? "a list"
            : "'" + Limits.abbreviate(((ScalarNode) node).getValue()) + "'";
  }

  private static InvalidDataException invalid(Node node, String where, String message) {
    return new InvalidDataException(
        where + ":" + (node.getStartMark().getLine() + 1), message, null);
  }

  /** One entry of {@code releases}: its version as written and each repository's commit. */
  private record Release(String version, Map<String, String> hashes) {}
}
