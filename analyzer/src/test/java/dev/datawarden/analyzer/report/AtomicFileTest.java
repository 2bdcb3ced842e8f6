package dev.datawarden.analyzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.testing.OtherUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** contract: a report is written whole or not at all, where the user pointed, as the user's files are. */
class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void aSymbolicLinkIsWrittenThroughAndKept() throws Exception {
    Path real = dir.resolve("reports/real.json");
    Files.createDirectories(real.getParent());
    Files.writeString(real, "old");
    Path link = dir.resolve("latest.json");
    Files.createSymbolicLink(link, Path.of("reports/real.json"));
    AtomicFile.write(link, "new");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(real));
    assertEquals(List.of(), temporaryFiles(real.getParent()));
  }

  @Test
  void aDanglingLinkCreatesItsTarget() throws Exception {
    Path link = dir.resolve("out.sarif");
    Files.createSymbolicLink(link, Path.of("made/later.sarif"));
    AtomicFile.write(link, "sarif");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("sarif", Files.readString(dir.resolve("made/later.sarif")));
  }

  @Test
  void aFifoIsWrittenAsAStream() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    AtomicFile.write(fifo, "through the pipe");
    assertEquals("through the pipe", read.get(10, TimeUnit.SECONDS));
    assertFalse(Files.isRegularFile(fifo), "the FIFO is still a FIFO");
    assertEquals(List.of(), temporaryFiles(dir));
  }

  @Test
  void aDeviceIsWrittenAsAStreamNeverReplaced() throws Exception {
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(Files.exists(devNull), "no /dev/null here");
    AtomicFile.write(devNull, "discarded");
    assertFalse(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS));
    assertEquals(0, Files.size(devNull));
  }

  @Test
  void aNewReportHasThePermissionsTheUmaskGives() throws Exception {
    Path plain = Files.createFile(dir.resolve("plain"));
    Path report = dir.resolve("datawarden.json");
    AtomicFile.write(report, "{}");
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(report));
    assertTrue(Files.getPosixFilePermissions(report).size() > 2, "not owner-only: "
        + PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
  }

  @Test
  void aPrivateFileIsOwnerOnlyAndReplacesALinkInsteadOfFollowingIt() throws Exception {
    Path elsewhere = Files.writeString(dir.resolve("victim"), "keep");
    Path state = dir.resolve("state.properties");
    Files.createSymbolicLink(state, elsewhere);
    AtomicFile.write(state, "token=x".getBytes(StandardCharsets.UTF_8), AtomicFile.Mode.PRIVATE);
    assertFalse(Files.isSymbolicLink(state));
    assertEquals("keep", Files.readString(elsewhere));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(state)));
  }

  @Test
  void aFailureNamesTheReportNotTheTemporaryFileAndLeavesNothing() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("target"), "a file");
    Path report = notADirectory.resolve("datawarden.json");
    IOException e = assertThrows(IOException.class, () -> AtomicFile.write(report, "{}"));
    assertTrue(e.getMessage().startsWith("cannot write " + report + ": "), e.getMessage());
    assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
    assertEquals(List.of(), temporaryFiles(dir));

    IOException directory = assertThrows(IOException.class, () -> AtomicFile.write(dir, "{}"));
    assertTrue(directory.getMessage().contains("is a directory"), directory.getMessage());
  }

  @Test
  void anUnwritableDirectoryIsNamedWithTheReason() throws Exception {
    Path readOnly = Files.createDirectories(dir.resolve("ro"));
    Path report = readOnly.resolve("datawarden.html");
    String expected = "cannot write " + report + ": permission denied in " + readOnly;
    if (OtherUser.isRoot()) {
      // root writes in read-only directories: the write is made by another user, to whom this one is read-only
      Assumptions.assumeTrue(OtherUser.unavailable().isEmpty(),
          () -> "skipped: the case needs a user permissions apply to; " + OtherUser.unavailable().orElse(""));
      OtherUser.share(dir);
      OtherUser.Outcome outcome = OtherUser.run(dir, Write.class, List.of(report.toString(), "<html>"));
      assertEquals(Write.FAILED, outcome.exitCode(), outcome.toString());
      assertEquals(expected, outcome.err().strip());
    } else {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
      try {
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(report, "<html>"));
        assertEquals(expected, e.getMessage());
      } finally {
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
    assertFalse(Files.exists(report));
    assertEquals(List.of(), temporaryFiles(readOnly));
  }

  @Test
  void standardOutputRedirectedToAFileGetsTheReportAfterWhatWasPrinted() throws Exception {
    // as `datawarden --json /dev/stdout src > all.txt`: the console report, then the JSON report
    Path all = dir.resolve("all.txt");
    String report = "{\"findings\": [\"" + "x".repeat(200) + "\"]}";
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Write.class.getName(), "/dev/stdout", report, "the console's table")
        .redirectOutput(all.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the child ends");
    assertEquals(0, p.exitValue());
    assertEquals("the console's table\n" + report, Files.readString(all));
    assertTrue(Files.isSymbolicLink(Path.of("/dev/stdout")) || !Files.isRegularFile(Path.of("/dev/stdout")));
  }

  /**
   * Prints {@code args[2]} (when given) on standard output, then writes {@code args[1]} to the
   * report {@code args[0]}; on failure prints why and exits with {@link #FAILED}.
   */
  static final class Write {
    static final int FAILED = 3;

    public static void main(String[] args) {
      if (args.length > 2) {
        System.out.println(args[2]);
      }
      try {
        AtomicFile.write(Path.of(args[0]), args[1]);
      } catch (IOException e) {
        System.err.println(e.getMessage());
        System.exit(FAILED);
      }
    }
  }

  private static List<Path> temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
