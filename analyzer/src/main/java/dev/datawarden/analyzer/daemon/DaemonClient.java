package dev.datawarden.analyzer.daemon;

import dev.datawarden.analyzer.AnalysisRequest;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
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
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
      DaemonRequest.of(state.token(), request).write(out);
      out.flush();
      socket.shutdownOutput();
      DaemonAnswer answer;
      try (InputStream in = new BufferedInputStream(socket.getInputStream())) {
        answer = DaemonAnswer.read(new DataInputStream(in));
        DaemonProtocol.requireEnd(in, "the answer");
      } catch (IOException e) {
        throw new IOException("the daemon on port " + state.port() + " answered with no answer: "
            + DaemonProtocol.reason(e), e);
      }
      if (answer.refused()) {
        throw new IOException("the daemon on port " + state.port() + " refused the token of " + stateFile);
      }
      return answer;
    }
  }
}
