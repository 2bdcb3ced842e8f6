package dev.datawarden.analyzer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a main class of the analyzer in a child JVM as another local user, {@code nobody}, for the
 * cases whose point is what a user may not read or write: root reads and writes everything, and CI
 * runs as root. Only root can become another user ({@code setpriv}, util-linux); elsewhere the
 * tests change permissions in their own process instead; as root without {@code setpriv}, a user
 * {@code nobody} or a JVM that user may run, a test is skipped with {@link #unavailable()}'s reason.
 *
 * <p>{@code nobody} cannot read root's Maven repository (nor, usually, the build's folders), so the
 * test class path is copied once, in its order, into a directory everybody may read, removed when
 * the JVM exits.
 */
public final class OtherUser {
  /** The user the child runs as. */
  public static final String NAME = "nobody";

  private static String classpath;
  private static Boolean runsJava;

  private OtherUser() {}

  /** True when this JVM runs as root, for whom permissions do not stop reading or writing. */
  public static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Why no child can be run as another user here, or empty when one can. */
  public static synchronized Optional<String> unavailable() {
    if (!isRoot()) {
      return Optional.of("running as another user takes root (CI runs as root)");
    }
    if (!Files.isExecutable(Path.of("/usr/bin/setpriv")) && !Files.isExecutable(Path.of("/bin/setpriv"))) {
      return Optional.of("no setpriv (util-linux) to run as user " + NAME);
    }
    String[] ids;
    try {
      ids = ids();
    } catch (IOException e) {
      return Optional.of("no user " + NAME + " here: " + e.getMessage());
    }
    if (runsJava == null) {
      runsJava = runsJava(ids);
    }
    return runsJava ? Optional.empty()
        : Optional.of("user " + NAME + " cannot run this JVM (" + System.getProperty("java.home") + ")");
  }

  /** True when the other user can start this JVM's {@code java} (a JDK in root's home cannot be). */
  private static boolean runsJava(String[] ids) {
    try {
      Process p = new ProcessBuilder("setpriv", "--reuid=" + ids[0], "--regid=" + ids[1], "--clear-groups", java(),
          "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Gives {@code path} to the other user (so that it can write there). */
  public static void own(Path path) throws IOException {
    UserPrincipal user = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(NAME);
    Files.setOwner(path, user);
  }

  /**
   * Lets the other user reach {@code dir} and read what is in it: every directory from the root down
   * to it may be traversed, and everything below it read (the permissions a test then takes away
   * are the ones that count).
   */
  public static void share(Path dir) throws IOException {
    for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p) && !Files.getPosixFilePermissions(p).contains(
          java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
        var permissions = Files.getPosixFilePermissions(p);
        permissions.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
        Files.setPosixFilePermissions(p, permissions);
      }
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }

  /** What a child said and how it ended. */
  public record Outcome(int exitCode, String out, String err) {}

  /** Runs {@code mainClass} with {@code args} as the other user, in {@code workingDirectory}. */
  public static Outcome run(Path workingDirectory, Class<?> mainClass, List<String> args) throws IOException,
      InterruptedException {
    String[] ids = ids();
    List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + ids[0], "--regid=" + ids[1],
        "--clear-groups", java(),
        "-cp", classpath(), mainClass.getName()));
    command.addAll(args);
    Process p = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
    p.getOutputStream().close();
    CompletableFuture<String> out = read(p.getInputStream());
    CompletableFuture<String> err = read(p.getErrorStream());
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("the child as " + NAME + " did not end within 5 minutes: " + command);
    }
    return new Outcome(p.exitValue(), out.join(), err.join());
  }

  private static CompletableFuture<String> read(java.io.InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The other user's uid and primary gid. */
  private static String[] ids() throws IOException {
    return new String[] {id("-u"), id("-g")};
  }

  private static String id(String which) throws IOException {
    Process p = new ProcessBuilder("id", which, NAME).redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    try {
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || !said.matches("[0-9]+")) {
        throw new IOException(said);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return said;
  }

  /** A copy of this JVM's class path, in its order, that everybody may read. */
  private static synchronized String classpath() throws IOException {
    if (classpath != null) {
      return classpath;
    }
    Path dir = Files.createTempDirectory("datawarden-other-user-classpath");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path from = Path.of(entry);
      Path to = dir.resolve(String.format("%03d-%s", n++, from.getFileName()));
      if (Files.isRegularFile(from)) {
        Files.copy(from, to);
      } else if (Files.isDirectory(from)) {
        try (Stream<Path> walk = Files.walk(from)) {
          for (Path p : walk.toList()) {
            Files.copy(p, to.resolve(from.relativize(p).toString()));
          }
        }
      } else {
        continue;
      }
      entries.add(to.toString());
    }
    share(dir);
    classpath = String.join(java.io.File.pathSeparator, entries);
    return classpath;
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory: the system cleans it some day
    }
  }
}
