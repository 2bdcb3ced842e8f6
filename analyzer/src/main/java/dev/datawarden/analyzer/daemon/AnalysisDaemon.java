package dev.datawarden.analyzer.daemon;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.report.ReportFiles;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A warm JVM that analyses for annotation processors ({@code -Adatawarden.daemon=true}): compiling
 * again and again, an IDE would otherwise load and warm Spoon and JDT in every compilation.
 *
 * <p>It listens on 127.0.0.1 on a free port and writes where it is, with a random token, to its
 * {@link DaemonState} file. Each connection carries one {@link DaemonRequest}, answered with one
 * {@link DaemonAnswer}, both in the binary {@link DaemonProtocol}; a request without the token is
 * refused. Requests are served one at a time, on one thread. After an idle time without an analysis
 * (10 minutes, or {@code -Ddatawarden.daemon.idleMinutes}) it exits and deletes its state file, as
 * it does on {@code kill <pid>}. It also exits, within a minute, once its state file is gone or names
 * another daemon: nobody can reach it any more.
 */
public final class AnalysisDaemon {
  /** The system property that sets the idle time in minutes. */
  public static final String IDLE_MINUTES = "datawarden.daemon.idleMinutes";

  static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);
  private static final int MAX_REQUEST_BYTES = 64 << 20;
  private static final int READ_TIMEOUT_MILLIS = 30_000;

  private final Duration idle;
  private final Duration checkEvery;
  private final Function<AnalysisRequest, AnalysisResult> analysis;
  private final String token;
  private final AtomicInteger served = new AtomicInteger();
  private volatile boolean stopping;
  private ServerSocket server;
  private Thread thread;
  private Path stateFile;

  /** A daemon that exits once it has had no analysis to do for {@code idle}. */
  public AnalysisDaemon(Duration idle) {
    this(idle, Analyzer::analyze);
  }

  AnalysisDaemon(Duration idle, Function<AnalysisRequest, AnalysisResult> analysis) {
    this(idle, analysis, Duration.ofMinutes(1));
  }

  /** {@code checkEvery}: how often it checks, while idle, that its state file still names it. */
  AnalysisDaemon(Duration idle, Function<AnalysisRequest, AnalysisResult> analysis, Duration checkEvery) {
    if (idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("the idle time must be positive, was " + idle);
    }
    if (checkEvery.isNegative() || checkEvery.isZero()) {
      throw new IllegalArgumentException("the check interval must be positive, was " + checkEvery);
    }
    this.idle = idle;
    this.checkEvery = checkEvery;
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.token = HexFormat.of().formatHex(secret);
  }

  /** Listens, writes the state file and serves on a thread of its own; returns what the state file holds. */
  public synchronized DaemonState start(Path stateFile) throws IOException {
    if (server != null) {
      throw new IllegalStateException("the daemon is already started");
    }
    ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    DaemonState state = new DaemonState(socket.getLocalPort(), token, ProcessHandle.current().pid(),
        ReportFiles.toolVersion());
    try {
      state.write(stateFile);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
    this.server = socket;
    this.stateFile = stateFile;
    try {
      Files.deleteIfExists(DaemonState.startingMarker(stateFile));
    } catch (IOException e) {
      // the mark expires by itself
    }
    thread = new Thread(this::serve, "datawarden-daemon");
    thread.setDaemon(true);
    thread.start();
    return state;
  }

  /** Stops serving (after the analysis in progress, if any) and deletes the state file. */
  public void stop() throws InterruptedException {
    Thread serving;
    synchronized (this) {
      stopping = true;
      serving = thread;
      closeQuietly();
    }
    if (serving != null) {
      serving.join();
    }
  }

  /** Waits until the daemon has exited: idle, stopped, or failed. */
  public void awaitExit() throws InterruptedException {
    Thread serving;
    synchronized (this) {
      serving = thread;
    }
    if (serving != null) {
      serving.join();
    }
  }

  /** How many analyses it has answered. */
  public int served() {
    return served.get();
  }

  private void serve() {
    long lastUse = System.nanoTime();
    try {
      while (!stopping) {
        long left = idle.toNanos() - (System.nanoTime() - lastUse);
        if (left <= 0) {
          break;
        }
        long wait = Math.min(TimeUnit.NANOSECONDS.toMillis(left), checkEvery.toMillis());
        server.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, wait)));
        try (Socket connection = server.accept()) {
          if (answer(connection)) {
            lastUse = System.nanoTime();
          }
        } catch (SocketTimeoutException e) {
          if (!stillNamed()) {
            break;
          }
          // idle so far: the loop decides whether long enough
        } catch (IOException e) {
          if (stopping || server.isClosed()) {
            break;
          }
          // one client went away; serve the next
        } catch (OutOfMemoryError e) {
          break; // a broken heap analyses nothing well: leave it to a fresh daemon
        }
      }
    } catch (IOException e) {
      // the server socket itself failed: exit as if idle
    } finally {
      synchronized (this) {
        closeQuietly();
        deleteStateFile();
      }
    }
  }

  /** Answers one connection; true when it was an analysis (which keeps the daemon alive). */
  private boolean answer(Socket connection) throws IOException {
    connection.setSoTimeout(READ_TIMEOUT_MILLIS);
    byte[] bytes = read(connection.getInputStream());
    DaemonRequest request;
    try {
      ByteArrayInputStream in = new ByteArrayInputStream(bytes);
      request = DaemonRequest.read(new DataInputStream(in));
      DaemonProtocol.requireEnd(in, "the request");
    } catch (IOException e) {
      write(connection, DaemonAnswer.failed("not a DataWarden daemon request: " + DaemonProtocol.reason(e)));
      return false;
    }
    DaemonAnswer answer;
    boolean analysed = false;
    if (!MessageDigest.isEqual(
        request.token().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      answer = DaemonAnswer.refusal();
    } else {
      try {
        answer = DaemonAnswer.of(analysis.apply(request.toAnalysisRequest()));
        served.incrementAndGet();
      } catch (IllegalArgumentException | IllegalStateException e) {
        answer = DaemonAnswer.failed("bad request: " + e.getMessage());
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        answer = DaemonAnswer.failed("the analysis failed: " + e);
      }
      analysed = true;
    }
    write(connection, answer);
    return analysed;
  }

  private static byte[] read(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      bytes.write(buffer, 0, n);
      if (bytes.size() > MAX_REQUEST_BYTES) {
        throw new IOException("request larger than " + MAX_REQUEST_BYTES + " bytes");
      }
    }
    return bytes.toByteArray();
  }

  private static void write(Socket connection, DaemonAnswer answer) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(connection.getOutputStream()));
    answer.write(out);
    out.flush();
  }

  private void closeQuietly() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }

  private boolean stillNamed() {
    return DaemonState.read(stateFile).filter(s -> s.token().equals(token)).isPresent();
  }

  /** Deletes the state file if it is still this daemon's (a newer daemon may have taken its place). */
  private void deleteStateFile() {
    if (stateFile == null) {
      return;
    }
    try {
      if (stillNamed()) {
        Files.deleteIfExists(stateFile);
      }
    } catch (IOException e) {
      // left behind: whoever reads it finds nobody listening and starts a new daemon
    }
  }

  /**
   * Runs a daemon until it is idle: {@code AnalysisDaemon [state-file]}, the state file by default
   * {@link DaemonState#defaultFile} of this JVM's class path.
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
      System.err.println("usage: java -cp <datawarden-analyzer and its dependencies> "
          + AnalysisDaemon.class.getName() + " [state-file]   (-D" + IDLE_MINUTES + "=N: exit after N idle minutes, "
          + "default " + DEFAULT_IDLE.toMinutes() + ")");
      System.exit(2);
    }
    Duration idle;
    try {
      idle = idleTime(System.getProperty(IDLE_MINUTES));
    } catch (IllegalArgumentException e) {
      System.err.println("DataWarden daemon: " + e.getMessage());
      System.exit(2);
      return;
    }
    Path file = args.length == 1 ? Path.of(args[0]).toAbsolutePath()
        : DaemonState.defaultFile(DaemonState.parseClasspath(System.getProperty("java.class.path", "")));
    AnalysisDaemon daemon = new AnalysisDaemon(idle);
    DaemonState state;
    try {
      state = daemon.start(file);
    } catch (IOException e) {
      System.err.println("DataWarden daemon: cannot start, " + e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      synchronized (daemon) {
        daemon.deleteStateFile();
      }
    }, "datawarden-daemon-exit"));
    System.out.println("DataWarden daemon " + state.version() + " listening on 127.0.0.1:" + state.port() + ", pid "
        + state.pid() + ", state file " + file + "; exits after " + idle.toMinutes() + " idle minutes");
    daemon.awaitExit();
    System.exit(0); // whatever threads the analysis left behind
  }

  /** The idle time a {@code datawarden.daemon.idleMinutes} value gives; the default when it is absent. */
  static Duration idleTime(String minutes) {
    if (minutes == null || minutes.isBlank()) {
      return DEFAULT_IDLE;
    }
    try {
      long value = Long.parseLong(minutes.trim());
      if (value > 0) {
        return Duration.ofMinutes(value);
      }
    } catch (NumberFormatException e) {
      // explained below
    }
    throw new IllegalArgumentException("-D" + IDLE_MINUTES + " must be a positive number of minutes, was '" + minutes + "'");
  }
}
