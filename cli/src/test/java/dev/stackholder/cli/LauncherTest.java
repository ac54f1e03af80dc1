package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code cli/bin/stackholder} run through symbolic links placed in other directories:
 * it must find the jar beside the real file, not beside the link. A stand-in {@code java} (named by
 * {@code JAVA_HOME}) prints the arguments it was given, so the test needs no built jar.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("bin", "stackholder").toAbsolutePath();

  @TempDir Path dir;
  private Path install;
  private Path javaHome;

  @BeforeEach
  void layOut() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
    install = Files.createDirectories(dir.resolve("install/cli"));
    Files.createDirectories(install.resolve("bin"));
    Files.createDirectories(install.resolve("target"));
    Files.copy(LAUNCHER, install.resolve("bin/stackholder"));
    executable(install.resolve("bin/stackholder"));
    javaHome = Files.createDirectories(dir.resolve("jdk/bin")).getParent();
    Files.writeString(
        javaHome.resolve("bin/java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    executable(javaHome.resolve("bin/java"));
  }

  @Test
  void aRelativeSymlinkInAnotherDirectoryFindsTheJar() throws Exception {
    Files.writeString(install.resolve("target/stackholder.jar"), "");
    Path bin = Files.createDirectories(dir.resolve("home/bin"));
    Files.createSymbolicLink(
        bin.resolve("stackholder"), bin.relativize(install.resolve("bin/stackholder")));

    Result result = run(bin.resolve("stackholder"), "--version");

    assertThat(result.status).as(result.err).isZero();
    List<String> args = result.out.lines().toList();
    int cp = args.indexOf("-cp");
    assertThat(cp).as("%s", args).isNotNegative();
    assertThat(Path.of(args.get(cp + 1)).toRealPath())
        .isEqualTo(install.resolve("target/stackholder.jar").toRealPath());
    assertThat(args.subList(cp + 2, args.size()))
        .containsExactly("dev.stackholder.cli.StackholderCli", "--version");
  }

  @Test
  void aChainOfLinksIsFollowedToTheEnd() throws Exception {
    Files.writeString(install.resolve("target/stackholder.jar"), "");
    Path first = Files.createDirectories(dir.resolve("one"));
    Path second = Files.createDirectories(dir.resolve("two/deeper"));
    Files.createSymbolicLink(
        first.resolve("sh"), install.resolve("bin/stackholder").toAbsolutePath());
    Files.createSymbolicLink(second.resolve("sh"), second.relativize(first.resolve("sh")));

    Result result = run(second.resolve("sh"), "dues");

    assertThat(result.status).as(result.err).isZero();
    List<String> args = result.out.lines().toList();
    assertThat(Path.of(args.get(args.indexOf("-cp") + 1)).toRealPath())
        .isEqualTo(install.resolve("target/stackholder.jar").toRealPath());
  }

  @Test
  void aMissingJarIsNamedWhereItBelongs() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(bin.resolve("stackholder"), install.resolve("bin/stackholder"));

    Result result = run(bin.resolve("stackholder"), "--version");

    assertThat(result.status).isEqualTo(4);
    assertThat(result.err)
        .contains(install.toRealPath().resolve("target/stackholder.jar") + " is missing");
  }

  private Result run(Path command, String... args) throws Exception {
    List<String> line = new java.util.ArrayList<>(List.of(command.toString()));
    line.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(line).directory(dir.toFile());
    builder.environment().put("JAVA_HOME", javaHome.toString());
    Process process = builder.start();
    process.getOutputStream().close();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private record Result(int status, String out, String err) {}
}
