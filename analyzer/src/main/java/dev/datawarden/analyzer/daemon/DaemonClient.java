package dev.datawarden.analyzer.daemon;

import dev.datawarden.analyzer.AnalysisRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Sends an analysis to the daemon whose state file is given, for the annotation processor. */
public final class DaemonClient {
  private static final int CONNECT_TIMEOUT_MILLIS = 1_000;
  /** Longer than any analysis of a compilation should take; a daemon that hangs is then given up on. */
  private static final int ANSWER_TIMEOUT_MILLIS = 10 * 60_000;

  private final Path stateFile;

  public DaemonClient(Path stateFile) {
    this.stateFile = stateFile;
  }

  /**
   * The daemon's answer to {@code request}: its analysis, or an {@link DaemonAnswer#error()} when it
   * could not analyse. An {@link IOException} says there is no daemon to answer: no state file, nobody
   * listening, a refused token, or an answer that is not one.
   */
  public DaemonAnswer analyse(AnalysisRequest request) throws IOException {
    DaemonState state = DaemonState.read(stateFile)
        .orElseThrow(() -> new IOException("no daemon state in " + stateFile));
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), state.port()), CONNECT_TIMEOUT_MILLIS);
      socket.setSoTimeout(ANSWER_TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(DaemonRequest.of(state.token(), request).toJson().getBytes(StandardCharsets.UTF_8));
      out.flush();
      socket.shutdownOutput();
      DaemonAnswer answer;
      try (InputStream in = socket.getInputStream()) {
        answer = DaemonAnswer.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IOException("the daemon on port " + state.port() + " answered with no answer: " + e.getMessage(), e);
      }
      if (answer.refused()) {
        throw new IOException("the daemon on port " + state.port() + " refused the token of " + stateFile);
      }
      return answer;
    }
  }
}
