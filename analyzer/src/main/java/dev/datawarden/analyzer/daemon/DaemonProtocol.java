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
  static final int VERSION = 2;

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
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING_CHARS) {
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

  /** Why a read failed, in words: a stream that ends early says nothing by itself. */
  static String reason(IOException e) {
    return e instanceof EOFException ? "it ends too early" : e.getMessage();
  }
}
