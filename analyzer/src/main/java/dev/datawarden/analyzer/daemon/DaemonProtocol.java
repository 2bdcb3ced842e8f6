package dev.datawarden.analyzer.daemon;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts {@link DaemonRequest} and {@link DaemonAnswer} are written of on the daemon's socket,
 * with {@link DataOutput} and read back with {@link DataInput}: each starts with {@link #VERSION};
 * a list is its count and then its items, an enum its name, an optional value a presence flag and
 * then the value. No serialization library: the processor talks to the daemon from inside the
 * compiler's JVM, where loading and warming one (Jackson's databind is some 600 classes) costs more
 * CPU than the whole exchange otherwise does.
 *
 * <p>What is read is checked as it is read: a count or a length beyond what any request or answer
 * of ours holds, a flag that is neither 0 nor 1, an unknown enum name or a stream that ends early
 * is an {@link IOException}, before anything is allocated for it.
 */
final class DaemonProtocol {
  /** The version of this protocol; a request or an answer of another version is refused. */
  static final int VERSION = 7;

  /** A token, or a proof of one ({@link #proof}), is never longer. */
  static final int MAX_TOKEN_CHARS = 256;

  /** Sent by the daemon while a request waits or is analysed: it is alive. */
  static final int KEEPALIVE = 0;

  /** Sent by the daemon before its answer: the answer's length, its bytes and their {@link #mac}. */
  static final int ANSWER = 1;

  private static final String PROOF = "proof:";
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** More items than this in one list is no request or answer of ours but garbage. */
  static final int MAX_COUNT = 1 << 20;

  /** More characters than this in one string is no request or answer of ours but garbage. */
  static final int MAX_STRING_CHARS = 16 << 20;

  /**
   * The characters written with one {@link DataOutput#writeUTF}: each takes at most 3 bytes of its
   * modified UTF-8, so a chunk stays within the 65,535 bytes {@code writeUTF} can write.
   */
  static final int CHUNK_CHARS = 65_535 / 3;

  private DaemonProtocol() {}

  /** Reads the version and refuses another than {@link #VERSION}. */
  static void readVersion(DataInput in, String what) throws IOException {
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException(what + " of protocol version " + version + ", expected " + VERSION);
    }
  }

  /**
   * Writes any string, however long: its length in chars, then the string in chunks of
   * {@link #CHUNK_CHARS} with {@link DataOutput#writeUTF}. Modified UTF-8 encodes every char by
   * itself, so non-ASCII text, a surrogate pair split between chunks and even an unpaired surrogate
   * come back as they were (the JDK's UTF-8 encoder would replace the last with '?').
   */
  static void writeString(DataOutput out, String s) throws IOException {
    out.writeInt(s.length());
    for (int from = 0; from < s.length(); from += CHUNK_CHARS) {
      out.writeUTF(s.substring(from, Math.min(s.length(), from + CHUNK_CHARS)));
    }
  }

  /** Reads what {@link #writeString} wrote; its buffer grows with the chunks read, not with the length announced. */
  static String readString(DataInput in) throws IOException {
    return readString(in, MAX_STRING_CHARS);
  }

  /** Reads a string {@link #writeString} wrote, of at most {@code max} characters. */
  static String readString(DataInput in, int max) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > max) {
      throw new IOException("a string of " + length + " characters");
    }
    StringBuilder s = new StringBuilder(Math.min(length, CHUNK_CHARS));
    while (s.length() < length) {
      String chunk = in.readUTF();
      if (chunk.isEmpty() || chunk.length() > length - s.length()) {
        throw new IOException("a string whose parts do not make up its " + length + " characters");
      }
      s.append(chunk);
    }
    return s.toString();
  }

  /** Writes a string that may be null. */
  static void writeOptionalString(DataOutput out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      writeString(out, s);
    }
  }

  /** Reads what {@link #writeOptionalString} wrote. */
  static String readOptionalString(DataInput in) throws IOException {
    return readFlag(in) ? readString(in) : null;
  }

  /** Reads a boolean written with {@link DataOutput#writeBoolean}: a byte that is 0 or 1, nothing else. */
  static boolean readFlag(DataInput in) throws IOException {
    byte flag = in.readByte();
    if (flag != 0 && flag != 1) {
      throw new IOException("a flag of " + flag);
    }
    return flag == 1;
  }

  /** Reads the count of a list's items, refusing a negative or absurd one. */
  static int readCount(DataInput in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > MAX_COUNT) {
      throw new IOException("a count of " + count);
    }
    return count;
  }

  /** Writes a list of strings: its count, then each. */
  static void writeStrings(DataOutput out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      writeString(out, s);
    }
  }

  /** Reads what {@link #writeStrings} wrote. */
  static List<String> readStrings(DataInput in) throws IOException {
    int count = readCount(in);
    List<String> strings = new ArrayList<>(Math.min(count, 64));
    for (int i = 0; i < count; i++) {
      strings.add(readString(in));
    }
    return strings;
  }

  /** Reads an enum constant written by its name; an unknown name is an {@link IOException}. */
  static <E extends Enum<E>> E readEnum(DataInput in, Class<E> type) throws IOException {
    String name = readString(in);
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IOException("an unknown " + type.getSimpleName() + " '" + name + "'", e);
    }
  }

  /** Requires that {@code in} holds nothing after what was read. */
  static void requireEnd(InputStream in, String what) throws IOException {
    if (in.read() >= 0) {
      throw new IOException("more bytes after " + what);
    }
  }

  /** A fresh random nonce for one request. */
  static byte[] nonce() {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    return nonce;
  }

  /**
   * What a client sends instead of the token: a nonce and an HMAC of it under the token. A listener
   * that is not the daemon (another user's process on a port the daemon left) learns nothing it
   * could answer with.
   */
  static String proof(String token, byte[] nonce) {
    return PROOF + java.util.HexFormat.of().formatHex(nonce) + ":"
        + java.util.HexFormat.of().formatHex(mac(token, "request", nonce, new byte[0]));
  }

  /**
   * The nonce of a request whose head carries {@code presented}, when it proves the token (or is the
   * token itself, as a hand-written client sends it: an empty nonce then); null when it does not.
   */
  static byte[] verify(String token, String presented) {
    byte[] expected = token.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (java.security.MessageDigest.isEqual(expected, presented.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      return new byte[0];
    }
    if (!presented.startsWith(PROOF)) {
      return null;
    }
    String[] parts = presented.substring(PROOF.length()).split(":", -1);
    try {
      byte[] nonce = java.util.HexFormat.of().parseHex(parts[0]);
      byte[] mac = java.util.HexFormat.of().parseHex(parts.length == 2 ? parts[1] : "");
      return java.security.MessageDigest.isEqual(mac, mac(token, "request", nonce, new byte[0])) ? nonce : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** HMAC-SHA256 under the token of a purpose ("request", "answer"), a nonce and a message. */
  static byte[] mac(String token, String purpose, byte[] nonce, byte[] message) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(token.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(nonce);
      mac.update(message);
      return mac.doFinal();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }

  /** Why a read failed, in words: a stream that ends early says nothing by itself. */
  static String reason(IOException e) {
    return e instanceof EOFException ? "it ends too early" : e.getMessage();
  }
}
