package dev.datawarden.analyzer.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.testing.Fixtures;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon in this JVM, on a thread: what it answers, whom it refuses, when it goes away. */
class AnalysisDaemonTest {
  @TempDir Path directory;

  private AnalysisDaemon daemon;

  @AfterEach
  void stop() throws InterruptedException {
    if (daemon != null) {
      daemon.stop();
    }
  }

  private DaemonState start(AnalysisDaemon started, Path stateFile) throws IOException {
    daemon = started;
    return started.start(stateFile);
  }

  @Test
  void answersWithWhatTheAnalyzerFinds() throws IOException {
    Path stateFile = directory.resolve("state.properties");
    start(new AnalysisDaemon(Duration.ofMinutes(10)), stateFile);
    AnalysisRequest request = AnalysisRequest.builder()
        .addSourceRoot(Fixtures.sampleShop().resolve("src/main/java"))
        .addCatalog(Fixtures.sampleShop().resolve("datawarden.yml"))
        .classpath(Fixtures.classpath())
        .baseDirectory(Fixtures.sampleShop())
        .build();

    DaemonAnswer answer = new DaemonClient(stateFile).analyse(request);

    AnalysisResult expected = Analyzer.analyze(request);
    // contract: the same Finding and Problem objects, paths included, as the analysis in this JVM
    assertNull(answer.error());
    assertFalse(expected.findings().isEmpty());
    assertEquals(expected.findings(), answer.findings());
    assertEquals(expected.problems(), answer.problems());
    assertEquals(expected.phaseMillis().keySet(), answer.phaseMillis().keySet());
    assertEquals(1, daemon.served());
  }

  @Test
  void everyFieldOfTheRequestArrives() throws IOException {
    Path stateFile = directory.resolve("state.properties");
    AnalysisRequest[] seen = new AnalysisRequest[1];
    start(new AnalysisDaemon(Duration.ofMinutes(10), r -> {
      seen[0] = r;
      return new AnalysisResult(List.of(), List.of(), List.of(), false, List.of());
    }), stateFile);
    AnalysisRequest request = AnalysisRequest.builder()
        .addSourceRoot(directory.resolve("src"))
        .addContextRoot(directory.resolve("context"))
        .addResourceRoot(directory.resolve("resources"))
        .addCatalog(directory.resolve("a.yml"))
        .sourceLevel(11)
        .baseDirectory(directory)
        .disableRule("PersonalInfoLogged")
        .exhaustiveFlow(true)
        .locale(Locale.SIMPLIFIED_CHINESE)
        .build();

    new DaemonClient(stateFile).analyse(request);
    assertEquals(request, seen[0]);

    AnalysisRequest withClasspath = AnalysisRequest.builder().addSourceRoot(directory.resolve("src"))
        .classpath(List.of(directory.resolve("lib.jar"))).baseDirectory(directory).build();
    new DaemonClient(stateFile).analyse(withClasspath);
    assertEquals(withClasspath, seen[0]);
  }

  @Test
  void wrongTokenIsRefused() throws IOException {
    Path stateFile = directory.resolve("state.properties");
    DaemonState state = start(new AnalysisDaemon(Duration.ofMinutes(10), r -> {
      throw new AssertionError("a refused request is not analysed");
    }), stateFile);
    Path forged = directory.resolve("forged.properties");
    new DaemonState(state.port(), "0".repeat(64), state.pid(), state.version()).write(forged);

    IOException refused = assertThrows(IOException.class, () -> new DaemonClient(forged).analyse(
        AnalysisRequest.builder().addSourceRoot(directory).build()));

    assertTrue(refused.getMessage().contains("refused the token"), refused::getMessage);
    assertEquals(0, daemon.served());
  }

  @Test
  void whatIsNoRequestIsAnsweredWithAMessage() throws IOException {
    DaemonState state = start(new AnalysisDaemon(Duration.ofMinutes(10)), directory.resolve("state.properties"));
    byte[] noSourceRoot = DaemonProtocolTest.bytes(new DaemonRequest(state.token(), List.of(), List.of(), List.of(), null, List.of(), 0,
        directory.toString(), List.of())::write);
    byte[] otherVersion = noSourceRoot.clone();
    otherVersion[3]++;

    // "hell", read as the version
    assertEquals("not a DataWarden daemon request: a request of protocol version 1751477356, expected "
        + DaemonProtocol.VERSION, send(state, "hello".getBytes(StandardCharsets.UTF_8)).error());
    assertEquals("not a DataWarden daemon request: a request of protocol version " + (DaemonProtocol.VERSION + 1)
        + ", expected " + DaemonProtocol.VERSION, send(state, otherVersion).error());
    assertEquals("not a DataWarden daemon request: it ends too early",
        send(state, Arrays.copyOf(noSourceRoot, noSourceRoot.length - 1)).error());
    assertEquals("not a DataWarden daemon request: more bytes after the request",
        send(state, Arrays.copyOf(noSourceRoot, noSourceRoot.length + 1)).error());
    assertEquals("bad request: the request names no source root", send(state, noSourceRoot).error());
    assertEquals(0, daemon.served());
  }

  @Test
  void aFailedAnalysisIsAnErrorAnswerAndTheDaemonServesOn() throws IOException {
    Path stateFile = directory.resolve("state.properties");
    int[] calls = {0};
    start(new AnalysisDaemon(Duration.ofMinutes(10), r -> {
      if (calls[0]++ == 0) {
        throw new IllegalArgumentException("boom");
      }
      throw new UnsupportedOperationException("bang");
    }), stateFile);
    AnalysisRequest request = AnalysisRequest.builder().addSourceRoot(directory).build();

    assertEquals("bad request: boom", new DaemonClient(stateFile).analyse(request).error());
    assertEquals("the analysis failed: java.lang.UnsupportedOperationException: bang",
        new DaemonClient(stateFile).analyse(request).error());
  }

  @Test
  void anAnswerThatIsNoneIsNoDaemonToTheClient() throws Exception {
    // contract: whatever a listener on the daemon's port sends back, the client says there is no daemon
    byte[] answer = DaemonProtocolTest.bytes(new DaemonAnswer(false, null, List.of(), List.of(), Map.of("model", 1L))::write);
    byte[] otherVersion = answer.clone();
    otherVersion[3]++;
    byte[] unknownKind = DaemonProtocolTest.bytes(out -> {
      out.writeInt(DaemonProtocol.VERSION);
      out.writeBoolean(false);
      out.writeBoolean(false);
      out.writeInt(0);
      out.writeInt(1);
      DaemonProtocol.writeString(out, "NO_SUCH_KIND");
    });
    byte[] negativeCount = DaemonProtocolTest.bytes(out -> {
      out.writeInt(DaemonProtocol.VERSION);
      out.writeBoolean(false);
      out.writeBoolean(false);
      out.writeInt(-1);
    });
    for (byte[] reply : List.of(new byte[0], "not an answer".getBytes(StandardCharsets.UTF_8),
        "{\"findings\": []}".getBytes(StandardCharsets.UTF_8), Arrays.copyOf(answer, answer.length - 1),
        Arrays.copyOf(answer, answer.length + 1), otherVersion, unknownKind, negativeCount)) {
      try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        Path stateFile = directory.resolve("other.properties");
        new DaemonState(listener.getLocalPort(), "t", 1, "test").write(stateFile);
        Thread answering = new Thread(() -> {
          try (Socket connection = listener.accept()) {
            connection.getInputStream().readAllBytes();
            connection.getOutputStream().write(reply);
          } catch (IOException e) {
            // the client went away
          }
        });
        answering.start();

        IOException none = assertThrows(IOException.class, () -> new DaemonClient(stateFile).analyse(
            AnalysisRequest.builder().addSourceRoot(directory).build()), () -> Arrays.toString(reply));

        assertTrue(none.getMessage().contains("answered with no answer"), none::getMessage);
        answering.join();
      }
    }
  }

  @Test
  void idleDaemonExitsAndDeletesItsStateFile() throws Exception {
    Path stateFile = directory.resolve("state.properties");
    AnalysisDaemon idle = new AnalysisDaemon(Duration.ofMillis(50));
    start(idle, stateFile);
    assertTrue(Files.exists(stateFile));

    idle.awaitExit();

    assertFalse(Files.exists(stateFile));
    assertThrows(IOException.class, () -> new DaemonClient(stateFile).analyse(
        AnalysisRequest.builder().addSourceRoot(directory).build()));
  }

  @Test
  void stopDeletesTheStateFileButNotANewerDaemons() throws Exception {
    Path stateFile = directory.resolve("state.properties");
    AnalysisDaemon older = new AnalysisDaemon(Duration.ofMinutes(10));
    older.start(stateFile);
    start(new AnalysisDaemon(Duration.ofMinutes(10)), stateFile);

    older.stop();
    assertTrue(Files.exists(stateFile), "the newer daemon's state file stays");

    daemon.stop();
    assertFalse(Files.exists(stateFile));
  }

  @Test
  void daemonWhoseStateFileNamesAnotherExits() throws Exception {
    Path stateFile = directory.resolve("state.properties");
    AnalysisDaemon older = new AnalysisDaemon(Duration.ofMinutes(10), Analyzer::analyze, Duration.ofMillis(10));
    older.start(stateFile);
    DaemonState newer = start(new AnalysisDaemon(Duration.ofMinutes(10)), stateFile);

    older.awaitExit();

    assertEquals(newer, DaemonState.read(stateFile).orElseThrow());
  }

  @Test
  void daemonWhoseStateFileIsGoneExits() throws Exception {
    Path stateFile = directory.resolve("state.properties");
    start(new AnalysisDaemon(Duration.ofMinutes(10), Analyzer::analyze, Duration.ofMillis(10)), stateFile);

    Files.delete(stateFile);

    daemon.awaitExit();
  }

  @Test
  void oneStartAtATimeUntilTheDaemonListens() throws IOException {
    Path stateFile = directory.resolve("state.properties");

    assertTrue(DaemonState.claimStart(stateFile));
    assertFalse(DaemonState.claimStart(stateFile), "another compilation has just started one");

    start(new AnalysisDaemon(Duration.ofMinutes(10)), stateFile);
    assertFalse(Files.exists(DaemonState.startingMarker(stateFile)));
    assertTrue(DaemonState.claimStart(stateFile));
  }

  @Test
  void stateFileOthersMayReadIsIgnored() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path stateFile = directory.resolve("state.properties");
    new DaemonState(1234, "token", 1, "1").write(stateFile);
    assertTrue(DaemonState.read(stateFile).isPresent());

    Files.setPosixFilePermissions(stateFile, PosixFilePermissions.fromString("rw-rw-r--"));

    assertEquals(Optional.empty(), DaemonState.read(stateFile));
  }

  @Test
  void stateFileIsReadableByItsOwnerOnly() throws IOException {
    Path stateFile = directory.resolve("state.properties");
    DaemonState state = start(new AnalysisDaemon(Duration.ofMinutes(10)), stateFile);

    assertEquals(state, DaemonState.read(stateFile).orElseThrow());
    assertEquals(ProcessHandle.current().pid(), state.pid());
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
          Files.getPosixFilePermissions(stateFile));
    }
  }

  @Test
  void stateFileComesBackEqual() throws IOException {
    Path stateFile = directory.resolve("state.properties");
    for (DaemonState state : List.of(new DaemonState(65_535, "a".repeat(64), Long.MAX_VALUE, "1.0-SNAPSHOT 中文"),
        new DaemonState(1, "t", 0, null))) {
      state.write(stateFile);

      assertEquals(Optional.of(state), DaemonState.read(stateFile));
    }
  }

  @Test
  void stateFileWithoutPortOrTokenIsNoDaemon() throws IOException {
    // contract: a state file of the JSON days, or one that lacks or garbles its port or token, names no daemon
    for (String text : List.of("", "{\"port\":1234,\"token\":\"t\",\"pid\":1,\"version\":\"1\"}",
        "token=t\npid=1\n", "port=1234\n", "port=1234\ntoken=\n", "port=http\ntoken=t\n", "port=0\ntoken=t\n",
        "port=65536\ntoken=t\n", "port=1234\ntoken=t\npid=one\n", "port=1234\ntoken=t\\u12\n")) {
      Path stateFile = directory.resolve("state.properties");
      Files.writeString(stateFile, text, StandardCharsets.UTF_8);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(stateFile, PosixFilePermissions.fromString("rw-------"));
      }

      assertEquals(Optional.empty(), DaemonState.read(stateFile), text);
    }
    Path stateFile = directory.resolve("state.properties");
    Files.writeString(stateFile, "# by hand\nport = 1234\ntoken = t\n", StandardCharsets.UTF_8);
    assertEquals(Optional.of(new DaemonState(1234, "t", 0, null)), DaemonState.read(stateFile));
  }

  @Test
  void defaultStateFileIsPerUserAndClasspath() {
    Path a = DaemonState.defaultFile(List.of(directory.resolve("a.jar")));
    Path b = DaemonState.defaultFile(List.of(directory.resolve("b.jar")));

    assertEquals(DaemonState.privateDirectory(), a.getParent());
    assertTrue(a.getFileName().toString().startsWith("datawarden-daemon-"), a::toString);
    assertTrue(a.getFileName().toString().endsWith(".properties"), a::toString);
    assertFalse(a.equals(b));
    assertEquals(a, DaemonState.defaultFile(List.of(directory.resolve("x/../a.jar"))));
  }

  @Test
  void idleMinutesMustBePositive() {
    assertEquals(AnalysisDaemon.DEFAULT_IDLE, AnalysisDaemon.idleTime(null));
    assertEquals(Duration.ofMinutes(3), AnalysisDaemon.idleTime(" 3 "));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> AnalysisDaemon.idleTime("ten"));
    assertEquals("-Ddatawarden.daemon.idleMinutes must be a positive number of minutes, was 'ten'", bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AnalysisDaemon.idleTime("0"));
  }

  @Test
  void aDaemonRunsWithC1OnlyUnlessItsOptionsChooseTheCompilersOrTheUserKeepsC2() {
    assertTrue(AnalysisDaemon.withC1Only(List.of("-Xmx2g"), null));
    assertTrue(AnalysisDaemon.withC1Only(List.of(), "true"));
    assertFalse(AnalysisDaemon.withC1Only(List.of("-Xmx2g"), "false"));
    assertFalse(AnalysisDaemon.withC1Only(List.of("-XX:TieredStopAtLevel=1"), null)); // the same, without a directive
    assertFalse(AnalysisDaemon.withC1Only(List.of("-XX:TieredStopAtLevel=4"), null));
    assertFalse(AnalysisDaemon.withC1Only(List.of("-XX:-TieredCompilation"), null));
  }

  @Test
  void theDaemonAProcessorStartsHasC1OnlyAndTheIdleTimeUnlessToldOtherwise() {
    Path java = Path.of("/jdk/bin/java");
    List<Path> classpath = List.of(Path.of("/a.jar"), Path.of("/b.jar"));
    Path state = Path.of("/tmp/state.properties");
    String joined = "/a.jar" + File.pathSeparator + "/b.jar";
    assertEquals(List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-cp", joined, AnalysisDaemon.class.getName(),
        "/tmp/state.properties"), DaemonLauncher.command(java, classpath, state, null, null));
    assertEquals(List.of("/jdk/bin/java", "-Ddatawarden.daemon.idleMinutes=3", "-Ddatawarden.c1Only=false", "-cp",
        joined, AnalysisDaemon.class.getName(), "/tmp/state.properties"),
        DaemonLauncher.command(java, classpath, state, "3", "false"));
  }

  /** Sends {@code bytes} as a request, and reads the daemon's answer. */
  private static DaemonAnswer send(DaemonState state, byte[] bytes) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), state.port())) {
      socket.getOutputStream().write(bytes);
      socket.shutdownOutput();
      try (DataInputStream in = new DataInputStream(socket.getInputStream())) {
        int frame;
        while ((frame = in.readUnsignedByte()) == DaemonProtocol.KEEPALIVE) {
          // the daemon is alive
        }
        assertEquals(DaemonProtocol.ANSWER, frame);
        byte[] message = in.readNBytes(in.readInt());
        assertEquals(32, in.readNBytes(32).length, "the answer's MAC");
        assertEquals(-1, in.read(), "the answer is read to its end");
        return DaemonAnswer.read(new DataInputStream(new java.io.ByteArrayInputStream(message)));
      }
    }
  }
}
