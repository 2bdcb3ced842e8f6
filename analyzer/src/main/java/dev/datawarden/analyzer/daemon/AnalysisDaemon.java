package dev.datawarden.analyzer.daemon;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.C1Only;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.SettingException;
import dev.datawarden.analyzer.report.ReportFiles;
import java.io.BufferedInputStream;
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
import java.util.List;
import java.util.Locale;
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
 * {@link DaemonAnswer}, both in the binary {@link DaemonProtocol}; a request that does not prove it
 * knows the token is refused, and the answer proves the daemon knows it. Connections are served
 * concurrently (up to {@link #MAX_CONNECTIONS}), a slow one cut off at its deadline; analyses run one
 * at a time. After an idle time without an analysis
 * (10 minutes, or {@code -Ddatawarden.daemon.idleMinutes}) it exits and deletes its state file, as
 * it does on {@code kill <pid>}. It also exits, within a minute, once its state file is gone or names
 * another daemon: nobody can reach it any more.
 */
public final class AnalysisDaemon {
  /** The system property that sets the idle time in minutes. */
  public static final String IDLE_MINUTES = "datawarden.daemon.idleMinutes";
  /** The language of what a daemon run by hand prints, as a system property of its JVM. */
  static final String LOCALE = "datawarden.locale";
  /** The bundle of what a daemon run by hand prints. */
  static final String BUNDLE = "dev.datawarden.analyzer.daemon.messages";

  static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);
  private static final int MAX_REQUEST_BYTES = 64 << 20;
  /** The version and token (or its proof) of a request must arrive within this. */
  static final int HEAD_TIMEOUT_MILLIS = 2_000;
  /** The rest of a request must arrive within this once the token is proven. */
  static final int BODY_TIMEOUT_MILLIS = 10_000;
  /** Connections served at once; more are closed, and their clients analyse in-process. */
  static final int MAX_CONNECTIONS = 8;

  private final java.util.concurrent.Semaphore connections = new java.util.concurrent.Semaphore(MAX_CONNECTIONS);
  private final java.util.concurrent.atomic.AtomicLong lastUse = new java.util.concurrent.atomic.AtomicLong();
  private final Object analysing = new Object();
  private final java.util.concurrent.ScheduledExecutorService keepalives =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "datawarden-daemon-keepalive");
        t.setDaemon(true);
        return t;
      });

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
    lastUse.set(System.nanoTime());
    try {
      while (!stopping) {
        long left = idle.toNanos() - (System.nanoTime() - lastUse.get());
        if (left <= 0 && connections.availablePermits() == MAX_CONNECTIONS) {
          break;
        }
        long wait = Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(Math.max(left, 1)), checkEvery.toMillis()));
        server.setSoTimeout((int) Math.min(Integer.MAX_VALUE, wait));
        Socket connection;
        try {
          connection = server.accept();
        } catch (SocketTimeoutException e) {
          if (!stillNamed()) {
            break;
          }
          continue; // idle so far: the loop decides whether long enough
        } catch (IOException e) {
          if (stopping || server.isClosed()) {
            break;
          }
          continue; // one client went away; serve the next
        }
        if (!connections.tryAcquire()) {
          closeQuietly(connection); // too many at once: a client that drops slow ones' place retries in-process
          continue;
        }
        Thread handler = new Thread(() -> {
          try (connection) {
            if (answer(connection)) {
              lastUse.set(System.nanoTime());
            }
          } catch (IOException | RuntimeException e) {
            // one client went away or sent garbage; the others are served
          } catch (OutOfMemoryError e) {
            stopping = true; // a broken heap analyses nothing well: leave it to a fresh daemon
            closeQuietly();
          } finally {
            connections.release();
          }
        }, "datawarden-daemon-connection");
        handler.setDaemon(true);
        handler.start();
      }
    } catch (IOException e) {
      // the server socket itself failed: exit as if idle
    } finally {
      synchronized (this) {
        closeQuietly();
        deleteStateFile();
      }
      keepalives.shutdownNow();
    }
  }

  /**
   * Answers one connection; true when it was an analysis (which keeps the daemon alive). The head
   * of the request (version and token, or a proof of the token) must arrive within
   * {@link #HEAD_TIMEOUT_MILLIS} and prove the token before anything else is read; the rest within
   * {@link #BODY_TIMEOUT_MILLIS}. While the request waits for the analysis before it or is analysed,
   * a keepalive byte goes out every second; the answer carries an HMAC under the token of the
   * client's nonce and the answer, so that only this daemon can give a compilation its verdict.
   */
  private boolean answer(Socket connection) throws IOException {
    DeadlineInput timed = new DeadlineInput(connection, HEAD_TIMEOUT_MILLIS);
    DataInputStream in = new DataInputStream(new BufferedInputStream(timed));
    String presented;
    try {
      presented = DaemonRequest.readToken(in);
    } catch (IOException e) {
      write(connection, DaemonAnswer.failed("not a DataWarden daemon request: " + DaemonProtocol.reason(e)), new byte[0]);
      return false;
    }
    byte[] nonce = DaemonProtocol.verify(token, presented);
    if (nonce == null) {
      write(connection, DaemonAnswer.refusal(), new byte[0]);
      return false;
    }
    timed.extend(BODY_TIMEOUT_MILLIS);
    DaemonRequest request;
    try {
      request = DaemonRequest.readAfterToken(presented, in);
      DaemonProtocol.requireEnd(in, "the request");
    } catch (IOException e) {
      write(connection, DaemonAnswer.failed("not a DataWarden daemon request: " + DaemonProtocol.reason(e)), nonce);
      return false;
    }
    DaemonAnswer answer;
    java.util.concurrent.ScheduledFuture<?> alive = keepalives.scheduleAtFixedRate(() -> {
      try {
        synchronized (connection) {
          connection.getOutputStream().write(DaemonProtocol.KEEPALIVE);
          connection.getOutputStream().flush();
        }
      } catch (IOException e) {
        // the client went away; its analysis is thrown away when done
      }
    }, 0, 1, TimeUnit.SECONDS);
    try {
      synchronized (analysing) { // one analysis at a time: each may need most of the heap
        try {
          answer = DaemonAnswer.of(analysis.apply(request.toAnalysisRequest()));
          served.incrementAndGet();
        } catch (IllegalArgumentException | IllegalStateException e) {
          answer = DaemonAnswer.failed("bad request: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
          answer = DaemonAnswer.failed("the analysis failed: " + e);
        }
      }
    } finally {
      alive.cancel(false);
    }
    write(connection, answer, nonce);
    return true;
  }

  /** Writes the answer frame: {@link DaemonProtocol#ANSWER}, the answer's length and bytes, and its MAC. */
  private void write(Socket connection, DaemonAnswer answer, byte[] nonce) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream body = new DataOutputStream(bytes);
    answer.write(body);
    body.flush();
    byte[] message = bytes.toByteArray();
    synchronized (connection) {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(connection.getOutputStream()));
      out.writeByte(DaemonProtocol.ANSWER);
      out.writeInt(message.length);
      out.write(message);
      out.write(DaemonProtocol.mac(token, "answer", nonce, message));
      out.flush();
    }
  }

  /**
   * The socket's input with one deadline for all of a part, not per read: a client that sends a
   * byte now and then is still cut off when the deadline passes. Never more than
   * {@link #MAX_REQUEST_BYTES} in all.
   */
  private static final class DeadlineInput extends java.io.InputStream {
    private final Socket socket;
    private final InputStream in;
    private long deadline;
    private long total;

    DeadlineInput(Socket socket, int millis) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
      extend(millis);
    }

    void extend(int millis) {
      deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    private void arm() throws IOException {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        throw new SocketTimeoutException("the request did not arrive in time");
      }
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }

    @Override
    public int read() throws IOException {
      arm();
      int b = in.read();
      if (b >= 0 && ++total > MAX_REQUEST_BYTES) {
        throw new IOException("request larger than " + MAX_REQUEST_BYTES + " bytes");
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      arm();
      int n = in.read(buffer, offset, length);
      if (n > 0 && (total += n) > MAX_REQUEST_BYTES) {
        throw new IOException("request larger than " + MAX_REQUEST_BYTES + " bytes");
      }
      return n;
    }
  }

  private static void closeQuietly(Socket connection) {
    try {
      connection.close();
    } catch (IOException e) {
      // closing anyway
    }
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
   * The idle minutes after which a daemon started from this JVM exits: those of
   * {@code -Ddatawarden.daemon.idleMinutes}, which it passes on, else the default (as well when the
   * property is no number, which the daemon then refuses).
   */
  public static long idleMinutes() {
    try {
      return idleTime(System.getProperty(IDLE_MINUTES)).toMinutes();
    } catch (IllegalArgumentException e) {
      return DEFAULT_IDLE.toMinutes();
    }
  }

  /**
   * Runs a daemon until it is idle: {@code AnalysisDaemon [state-file]}, the state file by default
   * {@link DaemonState#defaultFile} of this JVM's class path. What it prints is in the language of
   * {@code -Ddatawarden.locale} (else the JVM's when it is Chinese, else English).
   */
  public static void main(String[] args) throws InterruptedException {
    Messages t = Messages.of(BUNDLE, language(System.getProperty(LOCALE)));
    if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
      System.err.println(t.text("usage", AnalysisDaemon.class.getName(), IDLE_MINUTES, DEFAULT_IDLE.toMinutes()));
      System.exit(2);
    }
    Duration idle;
    try {
      idle = idleTime(System.getProperty(IDLE_MINUTES));
    } catch (SettingException e) {
      System.err.println(t.text("error", e.message(t.locale())));
      System.exit(2);
      return;
    }
    Path file = args.length == 1 ? Path.of(args[0]).toAbsolutePath()
        : DaemonState.defaultFile(DaemonState.parseClasspath(System.getProperty("java.class.path", "")));
    if (withC1Only(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
        System.getProperty(C1Only.PROPERTY))) {
      C1Only.open(); // for the daemon's life (see withC1Only)
    }
    AnalysisDaemon daemon = new AnalysisDaemon(idle);
    DaemonState state;
    try {
      state = daemon.start(file);
    } catch (IOException e) {
      System.err.println(t.text("cannotStart", e));
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      synchronized (daemon) {
        daemon.deleteStateFile();
      }
    }, "datawarden-daemon-exit"));
    System.out.println(t.text("listening", state.version(), Integer.toString(state.port()), Long.toString(state.pid()),
        file, idle.toMinutes()));
    daemon.awaitExit();
    System.exit(0); // whatever threads the analysis left behind
  }

  /**
   * Whether a daemon started with {@code jvmOptions} keeps C2 from compiling for its whole life (the
   * {@link C1Only} directive): unless its options choose the compilers (a daemon the processor starts
   * has {@code -XX:TieredStopAtLevel=1}, the same without a directive to add) or {@code
   * -Ddatawarden.c1Only=false}. On commons-codec a warm daemon with C2 spent 2-3 s of CPU per
   * compilation (C2 still compiling after eight of them) against 0.6-1.0 s with C1 only.
   */
  static boolean withC1Only(List<String> jvmOptions, String c1Only) {
    return !"false".equalsIgnoreCase(c1Only) && jvmOptions.stream().noneMatch(C1Only::choosesCompiler);
  }

  /** The language of {@code tag}; one DataWarden does not write gives the default. */
  private static Locale language(String tag) {
    try {
      return Messages.parse(tag);
    } catch (SettingException e) {
      return Messages.defaultLocale();
    }
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
    throw new SettingException("idleMinutes", "-D" + IDLE_MINUTES, minutes);
  }
}
