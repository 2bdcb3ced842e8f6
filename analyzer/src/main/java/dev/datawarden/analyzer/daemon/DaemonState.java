package dev.datawarden.analyzer.daemon;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import dev.datawarden.analyzer.report.AtomicFile;

/**
 * Where a running {@link AnalysisDaemon} can be reached: its port on 127.0.0.1, the token a request
 * must prove it knows, its process id (to stop it: {@code kill <pid>}) and DataWarden's version. The
 * daemon writes it to a file only its owner can read, in a directory only its owner can write
 * ({@link #privateDirectory()}), and deletes it when it exits; a state file that is not so is not read.
 */
public record DaemonState(int port, String token, long pid, String version) {

  private static final Duration STARTING_HOLD = Duration.ofMinutes(1);
  private static final String PORT = "port";
  private static final String TOKEN = "token";
  private static final String PID = "pid";
  private static final String VERSION = "version";

  /**
   * The state file of a daemon running on {@code classpath}: {@code datawarden-daemon-<hash>.properties}
   * in {@link #privateDirectory()}. The hash covers each entry's path, and a file's size and
   * modification time, so a rebuilt jar gets a daemon of its own.
   */
  public static Path defaultFile(List<Path> classpath) {
    return privateDirectory().resolve("datawarden-daemon-" + hash(classpath) + ".properties");
  }

  /**
   * The directory of the user's state files, which no other user can write to: {@code
   * $XDG_RUNTIME_DIR/datawarden} where the session has one, else {@code ${java.io.tmpdir}/datawarden-<user>}
   * (created 0700; one that exists must be the user's own and writable by nobody else, or no daemon
   * is used).
   */
  public static Path privateDirectory() {
    String runtime = System.getenv("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isBlank()) {
      try {
        Path dir = Path.of(runtime);
        if (dir.isAbsolute() && isPrivateDirectory(dir)) {
          return dir.resolve("datawarden");
        }
      } catch (InvalidPathException e) {
        // not a directory we can use: the temporary directory's own folder then
      }
    }
    String user = System.getProperty("user.name", "unknown").replaceAll("[^A-Za-z0-9._-]", "_");
    return Path.of(System.getProperty("java.io.tmpdir"), "datawarden-" + user);
  }

  /** Creates {@code dir} owner-only when it does not exist; an {@link IOException} when it is not the user's private directory. */
  static void ensurePrivateDirectory(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(dir.getParent());
      try {
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (FileAlreadyExistsException e) {
        // made by another daemon at the same moment: checked below like any other
      } catch (UnsupportedOperationException e) {
        Files.createDirectories(dir);
      }
    }
    if (!isPrivateDirectory(dir)) {
      throw new IOException(dir + " is not a directory of " + System.getProperty("user.name")
          + " that only they can write to: no daemon state is kept there");
    }
  }

  /** A real directory (no link) of the current user that no one else may write to. */
  static boolean isPrivateDirectory(Path dir) {
    try {
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !ownedByUs(dir)) {
        return false;
      }
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
      return !permissions.contains(PosixFilePermission.GROUP_WRITE) && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (UnsupportedOperationException e) {
      return true; // a file system without POSIX permissions: the file's place is all we know
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean ownedByUs(Path file) throws IOException {
    try {
      return Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
    } catch (UnsupportedOperationException e) {
      return true;
    }
  }

  /** The entries of a class path string such as {@code java.class.path}, absolute and normalized. */
  public static List<Path> parseClasspath(String classpath) {
    List<Path> entries = new ArrayList<>();
    for (String entry : classpath.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
      if (!entry.isBlank()) {
        try {
          entries.add(Path.of(entry).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
          // an entry the JVM could not have used either
        }
      }
    }
    return entries;
  }

  /**
   * The class path a class loader reads from: the files of its URLs when it is a
   * {@link URLClassLoader} (as javac's processor path loader is) whose URLs are all files; empty otherwise.
   */
  public static Optional<List<Path>> classpathOf(ClassLoader loader) {
    if (!(loader instanceof URLClassLoader urls)) {
      return Optional.empty();
    }
    List<Path> entries = new ArrayList<>();
    for (URL url : urls.getURLs()) {
      if (!"file".equals(url.getProtocol())) {
        return Optional.empty();
      }
      try {
        entries.add(Path.of(url.toURI()).toAbsolutePath().normalize());
      } catch (URISyntaxException | IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
  }

  /**
   * Reads a state file; empty when there is none, it cannot be read, it names no token or no port,
   * or it may not be trusted: a symbolic link, a file of another user (planted where ours would be),
   * one that others than its owner may read or write, or one in a directory others may write to.
   */
  public static Optional<DaemonState> read(Path file) {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !ownedByUs(file) || !privateToItsOwner(file)
          || !isPrivateDirectory(file.toAbsolutePath().getParent())) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(in);
      }
      String token = properties.getProperty(TOKEN);
      int port = Integer.parseInt(properties.getProperty(PORT, "0").trim());
      String pid = properties.getProperty(PID);
      DaemonState state = new DaemonState(port, token, pid == null ? 0 : Long.parseLong(pid.trim()),
          properties.getProperty(VERSION));
      return token == null || token.isEmpty() || port <= 0 || port > 65_535 ? Optional.empty() : Optional.of(state);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes this state to {@code file} as {@link Properties} ({@code port}, {@code token}, {@code pid},
   * {@code version}), atomically, readable by its owner only where POSIX permissions exist.
   */
  void write(Path file) throws IOException {
    Properties properties = new Properties();
    properties.setProperty(PORT, Integer.toString(port));
    properties.setProperty(TOKEN, token);
    properties.setProperty(PID, Long.toString(pid));
    if (version != null) {
      properties.setProperty(VERSION, version);
    }
    java.io.StringWriter text = new java.io.StringWriter();
    properties.store(text, "DataWarden analysis daemon; stop it with kill <pid>");
    ensurePrivateDirectory(file.toAbsolutePath().getParent());
    AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8), AtomicFile.Mode.PRIVATE);
  }

  private static boolean privateToItsOwner(Path file) {
    try {
      return Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).stream().allMatch(p -> p.name().startsWith("OWNER_"));
    } catch (IOException | UnsupportedOperationException e) {
      return true; // a file system without POSIX permissions: the file's place is all we know
    }
  }

  /**
   * The file that says a daemon for {@code stateFile} is being started, so that compilations
   * following each other closely start one daemon, not one each.
   */
  static Path startingMarker(Path stateFile) {
    return stateFile.resolveSibling(stateFile.getFileName() + ".starting");
  }

  /**
   * True when the caller may start a daemon for {@code stateFile}: no other has started one in the
   * last minute (a daemon removes the mark once it listens). False too when the mark cannot be
   * written, as the daemon could not write its state file there either.
   */
  public static boolean claimStart(Path stateFile) {
    Path marker = startingMarker(stateFile);
    try {
      Files.createFile(marker);
      return true;
    } catch (FileAlreadyExistsException e) {
      try {
        Instant marked = Files.getLastModifiedTime(marker).toInstant();
        if (Duration.between(marked, Instant.now()).compareTo(STARTING_HOLD) < 0) {
          return false;
        }
        Files.deleteIfExists(marker); // a start that failed
        Files.createFile(marker);
        return true;
      } catch (IOException again) {
        return false;
      }
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static String hash(List<Path> classpath) {
    StringBuilder text = new StringBuilder();
    for (Path entry : classpath) {
      text.append(entry.toAbsolutePath().normalize());
      try {
        if (Files.isRegularFile(entry)) {
          text.append('|').append(Files.size(entry)).append('|').append(Files.getLastModifiedTime(entry).toMillis());
        }
      } catch (IOException e) {
        // hashed by its name alone
      }
      text.append(File.pathSeparatorChar);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
