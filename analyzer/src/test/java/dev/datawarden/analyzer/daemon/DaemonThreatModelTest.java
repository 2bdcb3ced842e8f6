package dev.datawarden.analyzer.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon's threat model: another local user must not be able to decide a compilation's verdict
 * (by planting a state file, or by listening on a port a daemon left), nor stall the daemon or the
 * compilations that use it.
 */
class DaemonThreatModelTest {
  @TempDir Path directory;
  private AnalysisDaemon daemon;

  @AfterEach
  void stop() throws InterruptedException {
    if (daemon != null) {
      daemon.stop();
    }
  }

  private static AnalysisRequest request(Path dir) {
    return AnalysisRequest.builder().addSourceRoot(dir).build();
  }

  @Test
  void aStateFileThatIsALinkIsNotRead() throws IOException {
    Path real = directory.resolve("real.properties");
    new DaemonState(1234, "t", 1, "1").write(real);
    Path link = Files.createSymbolicLink(directory.resolve("state.properties"), real);
    assertTrue(DaemonState.read(real).isPresent());
    assertEquals(Optional.empty(), DaemonState.read(link));
  }

  @Test
  void aStateFileInADirectoryOthersMayWriteIsNotRead() throws IOException {
    Path shared = Files.createDirectories(directory.resolve("shared"));
    Path stateFile = shared.resolve("state.properties");
    new DaemonState(1234, "t", 1, "1").write(stateFile);
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
    assertEquals(Optional.empty(), DaemonState.read(stateFile));
    IOException refused = assertThrows(IOException.class, () -> new DaemonState(1, "t", 1, "1").write(stateFile));
    assertTrue(refused.getMessage().contains("is not a directory of"), refused::getMessage);
  }

  @Test
  void aStateFilePlantedByAnotherUserIsNotRead() throws IOException {
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
        "skipped: giving a file to another user takes root (CI runs as root)");
    Path stateFile = directory.resolve("state.properties");
    new DaemonState(1234, "t", 1, "1").write(stateFile);
    UserPrincipal nobody;
    try {
      nobody = stateFile.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    } catch (IOException e) {
      Assumptions.abort("no user 'nobody' here");
      return;
    }
    Files.setOwner(stateFile, nobody);
    assertEquals(Optional.empty(), DaemonState.read(stateFile));
  }

  @Test
  void theDefaultStateFileIsInAPrivateDirectory() throws IOException {
    Path dir = DaemonState.privateDirectory();
    DaemonState.ensurePrivateDirectory(dir);
    assertTrue(DaemonState.isPrivateDirectory(dir));
    String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(dir));
    assertFalse(permissions.charAt(4) == 'w' || permissions.charAt(7) == 'w', permissions);
  }

  @Test
  void aListenerThatIsNotTheDaemonNeitherLearnsTheTokenNorGivesAVerdict() throws Exception {
    // another user's process listening on the port a daemon left, answering "no findings"
    AtomicReference<String> presented = new AtomicReference<>();
    try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path stateFile = directory.resolve("state.properties");
      String token = "a".repeat(64);
      new DaemonState(squatter.getLocalPort(), token, 1, "1").write(stateFile);
      Thread answering = new Thread(() -> {
        try (Socket c = squatter.accept()) {
          DataInputStream in = new DataInputStream(c.getInputStream());
          presented.set(DaemonRequest.readToken(in));
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          new DaemonAnswer(false, null, List.of(), List.of(), Map.of()).write(new DataOutputStream(bytes));
          DataOutputStream out = new DataOutputStream(c.getOutputStream());
          out.writeByte(DaemonProtocol.ANSWER);
          out.writeInt(bytes.size());
          out.write(bytes.toByteArray());
          out.write(new byte[32]); // it cannot compute the MAC without the token
          out.flush();
        } catch (IOException e) {
          // the client went away
        }
      });
      answering.start();
      IOException notUsed = assertThrows(IOException.class, () -> new DaemonClient(stateFile).analyse(request(directory)));
      answering.join();
      assertTrue(notUsed.getMessage().contains("does not prove it is the daemon"), notUsed::getMessage);
      assertFalse(presented.get().contains(token), presented.get());
    }
  }

  @Test
  void aSlowClientStallsNeitherTheDaemonNorOtherCompilations() throws Exception {
    Path stateFile = directory.resolve("state.properties");
    daemon = new AnalysisDaemon(Duration.ofMinutes(10), r -> new AnalysisResult(List.of(), List.of(), List.of(), false,
        List.of()));
    DaemonState state = daemon.start(stateFile);
    try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), state.port());
        Socket dripping = new Socket(InetAddress.getLoopbackAddress(), state.port())) {
      dripping.getOutputStream().write(0); // a byte of the version, and then nothing
      long start = System.nanoTime();
      DaemonAnswer answer = new DaemonClient(stateFile).analyse(request(directory));
      assertNull(answer.error());
      assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0,
          "served beside two stalled connections");
      // the daemon hangs up on them at the head's deadline, having read no request
      silent.setSoTimeout(AnalysisDaemon.HEAD_TIMEOUT_MILLIS + 5_000);
      DataInputStream in = new DataInputStream(silent.getInputStream());
      assertEquals(DaemonProtocol.ANSWER, in.readUnsignedByte());
    }
  }

  @Test
  void aStalledDaemonCostsSecondsNotMinutes() throws Exception {
    try (ServerSocket stalled = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path stateFile = directory.resolve("state.properties");
      new DaemonState(stalled.getLocalPort(), "t", 1, "1").write(stateFile);
      Thread holding = new Thread(() -> {
        try (Socket c = stalled.accept()) {
          c.getInputStream().readAllBytes();
          Thread.sleep(DaemonClient.STALL_TIMEOUT_MILLIS + 3_000);
        } catch (IOException | InterruptedException e) {
          // done
        }
      });
      holding.start();
      long start = System.nanoTime();
      IOException stall = assertThrows(IOException.class, () -> new DaemonClient(stateFile).analyse(request(directory)));
      long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
      assertTrue(stall.getMessage().contains("stalled"), stall::getMessage);
      assertTrue(seconds <= DaemonClient.STALL_TIMEOUT_MILLIS / 1000 + 1, seconds + " s");
      holding.interrupt();
      holding.join();
    }
  }
}
