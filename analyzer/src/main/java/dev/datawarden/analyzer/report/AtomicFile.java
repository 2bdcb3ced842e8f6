package dev.datawarden.analyzer.report;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writes a file completely or not at all, the one way every report and the daemon's state file are
 * written: the bytes go to a hidden temporary file beside the target, which then replaces it in one
 * move, so a reader (or a build killed half way) never sees half a file.
 *
 * <ul>
 *   <li>A symbolic link is written through: its target is replaced and the link kept (unless
 *       {@link Mode#PRIVATE}, where the link itself is replaced, never followed).
 *   <li>A FIFO, a device or {@code /dev/stdout} is written to as a stream, never replaced by a file;
 *       {@code /dev/stdout} and {@code /dev/stderr} through this process's own descriptors, so a
 *       report follows what was printed before it even when the output is redirected to a file.
 *   <li>A new file gets the permissions the umask gives (644 under the usual 022), or owner-only
 *       ones in {@link Mode#PRIVATE}.
 *   <li>A failure names the target, not the temporary file, with the reason; no temporary file is left.
 * </ul>
 */
public final class AtomicFile {
  /** How the file is written. */
  public enum Mode {
    /** A report: links followed, permissions from the umask. */
    SHARED,
    /** A secret (the daemon's state): readable and writable by its owner only, a link at its place replaced. */
    PRIVATE
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_LINKS = 40;

  private AtomicFile() {}

  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Mode.SHARED);
  }

  public static void write(Path target, byte[] bytes, Mode mode) throws IOException {
    FileDescriptor standard = mode == Mode.SHARED ? standardStream(target) : null;
    if (standard != null) {
      // this process's own output: written through its open descriptor, after what was printed
      // before, never from the start of a file it was redirected to
      (standard == FileDescriptor.err ? System.err : System.out).flush();
      try {
        OutputStream out = new FileOutputStream(standard); // not closed: that would close the descriptor
        out.write(bytes);
        out.flush();
      } catch (IOException e) {
        throw failure(target, e);
      }
      return;
    }
    Path file = mode == Mode.SHARED ? throughLinks(target.toAbsolutePath()) : target.toAbsolutePath();
    if (isStream(target, file)) {
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
        out.write(bytes);
      } catch (IOException e) {
        throw failure(target, e);
      }
      return;
    }
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new WriteFailure("write.isDirectory", null, target);
    }
    Path dir = file.getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw failure(target, e);
    }
    Path tmp = dir.resolve("." + file.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".tmp");
    try {
      try (OutputStream out = java.nio.channels.Channels.newOutputStream(create(tmp, mode))) {
        out.write(bytes);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw failure(target, e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // nothing more to do: the write itself already failed or succeeded
      }
    }
  }

  /** A new file: owner-only from its creation in {@link Mode#PRIVATE}, else as the umask says. */
  private static java.nio.channels.SeekableByteChannel create(Path tmp, Mode mode) throws IOException {
    Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    if (mode == Mode.PRIVATE) {
      try {
        FileAttribute<Set<PosixFilePermission>> ownerOnly =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
        return Files.newByteChannel(tmp, options, ownerOnly);
      } catch (UnsupportedOperationException e) {
        // a file system without POSIX permissions: its place is all that protects it
      }
    }
    return Files.newByteChannel(tmp, options);
  }

  /**
   * This process's standard output or error when {@code asked} names it ({@code /dev/stdout},
   * {@code /dev/fd/1}, {@code /proc/self/fd/1}, and the same for 2), else null. Opening such a path
   * opens anew whatever the descriptor points to: a file the output is redirected to would be
   * written from its start, over what the command printed before.
   */
  private static FileDescriptor standardStream(Path asked) {
    return switch (asked.toAbsolutePath().normalize().toString()) {
      case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1" -> FileDescriptor.out;
      case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2" -> FileDescriptor.err;
      default -> null;
    };
  }

  /** A FIFO, a character or block device, or a path under {@code /dev} or {@code /proc}: written as a stream. */
  private static boolean isStream(Path asked, Path file) {
    String name = asked.toAbsolutePath().normalize().toString();
    if (name.startsWith("/dev/") || name.startsWith("/proc/")) {
      return Files.exists(asked);
    }
    return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
  }

  /** The file a chain of symbolic links ends at, even when it does not exist yet. */
  private static Path throughLinks(Path path) throws IOException {
    Path p = path;
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
      p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
    }
    return p;
  }

  private static IOException failure(Path target, IOException e) {
    if (e instanceof AccessDeniedException a) {
      Path where = a.getFile() == null ? null : Path.of(a.getFile());
      return where == null || where.getParent() == null ? new WriteFailure("write.denied", e, target)
          : new WriteFailure("write.deniedIn", e, target,
              where.getFileName().toString().endsWith(".tmp") ? where.getParent() : where);
    } else if (e instanceof NoSuchFileException n) {
      return new WriteFailure("write.noSuchFile", e, target, n.getFile());
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      return new WriteFailure("write.failed", e, target, f.getReason());
    }
    return new WriteFailure("write.failed", e, target, e.getMessage());
  }
}
