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
  /**
   * The longest silence from the daemon: it sends a keepalive every second while the request waits
   * or is analysed, so a stalled daemon costs the compilation this much before it analyses in-process.
   */
  static final int STALL_TIMEOUT_MILLIS = 5_000;
  /** Longer than any analysis of a compilation should take; a daemon that keeps it waiting longer is given up on. */
  private static final long ANSWER_TIMEOUT_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
  private static final int MAX_ANSWER_BYTES = 256 << 20;

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
      socket.setSoTimeout(STALL_TIMEOUT_MILLIS);
      byte[] nonce = DaemonProtocol.nonce();
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
      DaemonRequest.of(DaemonProtocol.proof(state.token(), nonce), request).write(out);
      out.flush();
      socket.shutdownOutput();
      long deadline = System.nanoTime() + ANSWER_TIMEOUT_NANOS;
      byte[] message;
      byte[] mac;
      DaemonAnswer answer;
      try (InputStream raw = new BufferedInputStream(socket.getInputStream())) {
        DataInputStream in = new DataInputStream(raw);
        int frame;
        while ((frame = in.readUnsignedByte()) == DaemonProtocol.KEEPALIVE) {
          if (System.nanoTime() > deadline) {
            throw new IOException("no answer in 10 minutes");
          }
        }
        if (frame != DaemonProtocol.ANSWER) {
          throw new IOException("a frame of kind " + frame);
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_ANSWER_BYTES) {
          throw new IOException("an answer of " + length + " bytes");
        }
        message = in.readNBytes(length);
        mac = in.readNBytes(32);
        if (message.length < length || mac.length < 32) {
          throw new java.io.EOFException();
        }
        DaemonProtocol.requireEnd(in, "the answer");
        java.io.ByteArrayInputStream body = new java.io.ByteArrayInputStream(message);
        answer = DaemonAnswer.read(new DataInputStream(body));
        DaemonProtocol.requireEnd(body, "the answer");
      } catch (java.net.SocketTimeoutException e) {
        throw new IOException("the daemon on port " + state.port() + " stalled: nothing from it for "
            + STALL_TIMEOUT_MILLIS / 1000 + " s", e);
      } catch (IOException e) {
        throw new IOException("the daemon on port " + state.port() + " answered with no answer: "
            + DaemonProtocol.reason(e), e);
      }
      if (answer.refused()) {
        throw new IOException("the daemon on port " + state.port() + " refused the token of " + stateFile);
      }
      if (!java.security.MessageDigest.isEqual(mac, DaemonProtocol.mac(state.token(), "answer", nonce, message))) {
        throw new IOException("the listener on port " + state.port() + " does not prove it is the daemon of "
            + stateFile + ": its answer is not used");
      }
      return answer;
    }
  }
}
